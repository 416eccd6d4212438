import type { SchemaNode } from '../core/plan-schema.js';
import { businessTools, type BusinessTool } from './business-tools.js';

/** A tool bcp.config.yaml adds to the list: one the business knows it may meet in old procedures. */
export interface AddedTool {
  name: string;
  aliases?: string[];
  domains?: string[];
}

/** stale-tool-reference's options in bcp.config.yaml: `stale-tool-reference: [warning, { tools: { ... } }]`. */
export interface ToolListOptions {
  tools?: {
    /** Whether the built-in list of business tools is looked for (default true; its findings are info). */
    builtin?: boolean;
    add?: AddedTool[];
    /** Built-in tools to leave out, by name. */
    remove?: string[];
  };
}

/** A tool from the list in use, and whether it came from bcp (its findings are info) or from the config. */
export interface ListedTool {
  tool: BusinessTool;
  builtin: boolean;
}

const names = { type: 'array', items: { type: 'string', minLength: 1 } };

export const toolListOptionsSchema: SchemaNode = {
  type: 'object',
  additionalProperties: false,
  properties: {
    tools: {
      title: 'Tools',
      description: 'The list of business tools whose names are looked for in the plan\u2019s prose.',
      type: 'object',
      additionalProperties: false,
      properties: {
        builtin: {
          title: 'Built-in list',
          description: 'Look for the tools bcp knows (about 80); false leaves only the plan\u2019s own names.',
          type: 'boolean',
        },
        add: {
          title: 'Added tools',
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['name'],
            properties: {
              name: { type: 'string', minLength: 1 },
              aliases: names,
              domains: {
                type: 'array',
                items: { type: 'string', pattern: '^[a-z0-9-]+(\\.[a-z0-9-]+)+$' },
              },
            },
          },
        },
        remove: {
          title: 'Removed tools',
          description: 'Built-in tools to leave out, by the name bcp gives them.',
          type: 'array',
          items: { type: 'string', enum: businessTools.map((tool) => tool.name) },
        },
      },
    },
  },
};

/** The list of tools in use: bcp's own unless turned off, less those removed, and those the config adds. */
export function toolList(options: ToolListOptions): ListedTool[] {
  const { builtin = true, add = [], remove = [] } = options.tools ?? {};
  const removed = new Set(remove);
  const own = builtin ? businessTools.filter((tool) => !removed.has(tool.name)) : [];
  // An added tool is the business's own knowledge: its names are looked for as written in the config.
  const added = add.map(({ name, aliases, domains }) => ({ name, category: 'other' as const, aliases, domains }));
  return [...added.map((tool) => ({ tool, builtin: false })), ...own.map((tool) => ({ tool, builtin: true }))];
}
