import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Severity } from '../../core/diagnostic.js';
import type { PlanPath } from '../../core/plan-path.js';
import type { PlanModel } from '../../model/plan-model.js';
import type { System } from '../../core/plan.generated.js';
import { describe } from '../../core/nouns.js';
import { fieldsUsing, isRecord, valuesAt, type FieldPattern } from '../../core/plan-schema.js';
import type { PastName, PlanHistory } from '../../git/plan-history.js';
import { inventoryLinks, namePatterns, type Subject, type ToolLinks } from '../known-names.js';
import { toolList, toolListOptionsSchema, type ToolListOptions } from '../tool-list.js';
import { NameFinder, type Mention } from '../tool-mentions.js';
import type { Finding, LintRule } from '../types.js';
import { lazy } from '../../core/lazy.js';
import { positionInText } from '../../core/position.js';

/** A mention that sends people to a tool the business no longer has, or never told the plan about. */
interface Stale {
  /** One finding per place and tool: two names for the same tool in one step are one finding. */
  key: string;
  says: string;
  hint: string;
  /** Set for a tool of bcp's own list: a guess about the business, so information only. */
  severity?: Severity;
}

const parser = unified().use(remarkParse);

/**
 * The sources: "The BCP references tools and procedures that no longer exist, making it useless during an
 * actual disruption."
 */
const rule: LintRule = {
  id: 'stale-tool-reference',
  description:
    'A step, template, scenario or Markdown procedure names a system that is retired, was removed from the plan, or is not in the inventory.',
  severity: 'warning',
  optionsSchema: toolListOptionsSchema,
  check(plan, context) {
    const tools = toolList((context.config ?? {}) as ToolListOptions);
    const patterns = namePatterns(plan, tools, context.history);
    const finder = new NameFinder(patterns);
    const links = inventoryLinks(plan, tools);
    const judge = (mention: Mention<Subject>): Stale | undefined => judgeMention(plan, mention, links);
    // Prose can only be stale if it holds a name that could be: most prose names current systems or nothing, and
    // is then never parsed (parsing every procedure of a large plan would take most of lint's time).
    const staleFinder = new NameFinder(patterns.filter(({ subject }) => couldBeStale(subject, links)));
    const findings: Finding[] = historyFindings(plan, context.history);
    for (const { path, text } of proseStrings(plan)) {
      if (!staleFinder.mightMention(text)) continue;
      const where = describe(plan.data, path);
      for (const { stale } of staleMentions(finder.inMarkdown(text, parser.parse(text)), judge)) {
        findings.push({ path, message: `${where} ${stale.says}`, ...details(stale) });
      }
    }
    for (const file of plan.markdown.values()) {
      if (!staleFinder.mightMention(file.text)) continue;
      const mentions = staleMentions(finder.inMarkdown(file.text, file.tree), judge);
      for (const { stale, offset } of mentions) {
        const at = { file: file.path, ...positionInText(file.text, offset) };
        findings.push({ at, message: `\`${file.relative}\` ${stale.says}`, ...details(stale) });
      }
    }
    return findings;
  },
};

const details = ({ hint, severity }: Stale): Pick<Finding, 'hint' | 'severity'> => ({
  hint,
  ...(severity ? { severity } : {}),
});

/**
 * A shallow clone (CI's default checkout) cuts the history short, so names removed from the inventory cannot be
 * looked for: said once, as information, rather than passed over in silence. A plan kept outside git has no
 * history to read; that is the owner's choice, documented, and not repeated on every run.
 */
function historyFindings(plan: PlanModel, history: PlanHistory | undefined): Finding[] {
  if (history?.kind !== 'unavailable' || history.reason !== 'shallow') return [];
  return [
    {
      path: plan.data.systems ? ['systems'] : ['plan'],
      anchor: 'key',
      severity: 'info',
      message:
        'Names removed from the systems inventory in earlier commits were not looked for: the git history is shallow',
      hint:
        'Fetch the whole history: in GitHub Actions give actions/checkout `fetch-depth: 0`; ' +
        'elsewhere run `git fetch --filter=blob:none --unshallow`.',
    },
  ];
}

/** Whether a mention of this subject can be stale (judgeMention can say so): the prose filter's condition. */
function couldBeStale(subject: Subject, links: ToolLinks): boolean {
  if ('system' in subject) return subject.system.status === 'retired';
  if ('vendor' in subject) return false;
  if ('past' in subject) return true;
  if (links.vendors.has(subject.tool)) return false;
  return !(links.systems.get(subject.tool) ?? []).some((system) => system.status !== 'retired');
}

/** The mentions that are stale, the first of each tool in each place (a YAML string, a Markdown block). */
function staleMentions(
  mentions: Mention<Subject>[],
  judge: (mention: Mention<Subject>) => Stale | undefined,
): { stale: Stale; offset: number }[] {
  const seen = new Set<string>();
  const found: { stale: Stale; offset: number }[] = [];
  for (const mention of mentions) {
    const stale = judge(mention);
    if (!stale || seen.has(`${mention.block} ${stale.key}`)) continue;
    seen.add(`${mention.block} ${stale.key}`);
    found.push({ stale, offset: mention.offset });
  }
  return found;
}

function judgeMention(plan: PlanModel, mention: Mention<Subject>, links: ToolLinks): Stale | undefined {
  const { subject } = mention;
  if (!couldBeStale(subject, links)) return undefined;
  if ('system' in subject) return retired(plan, subject.system, mention);
  if ('past' in subject) return removed(subject.past, mention);
  if ('vendor' in subject) return undefined;
  const retiredSystem = links.systems.get(subject.tool)?.[0];
  if (retiredSystem) return retired(plan, retiredSystem, mention);
  const tool = subject.tool.tool.name;
  return {
    key: `tool ${tool}`,
    says: `names ${label(tool, mention)}, which is not in the systems inventory`,
    hint: `If the business uses ${tool}, add it to \`systems\`; if not, rewrite this for the system it uses now.`,
    ...(subject.tool.builtin ? { severity: 'info' as const } : {}),
  };
}

function removed(past: PastName, mention: Mention<Subject>): Stale {
  const where = past.kind === 'system' ? 'the systems inventory' : 'the vendors';
  const { sha, date } = past.commit;
  return {
    key: `past ${past.name.toLowerCase()}`,
    says: `names ${label(past.name, mention)}, which was removed from ${where} (commit ${sha.slice(0, 7)} on ${date})`,
    hint: `Rewrite this for what the business uses now; if it still uses ${past.name}, put it back in the plan.`,
  };
}

function retired(plan: PlanModel, system: System, mention: Mention<Subject>): Stale {
  const replacement = system.replaced_by && (plan.systems.get(system.replaced_by)?.name ?? system.replaced_by);
  return {
    key: `system ${system.id}`,
    says: `names ${label(system.name, mention)}, which was retired${replacement ? ` and replaced by ${replacement}` : ''}`,
    hint: replacement
      ? `Rewrite this for ${replacement}, and check the steps still work with it.`
      : 'Rewrite this for the system that does this job now.',
  };
}

/** The canonical name, and how the text wrote it when that differs: "Insight CRM (as “Insight”)". */
function label(name: string, mention: Mention<Subject>): string {
  if (mention.kind === 'domain') return `${name} (${mention.written})`;
  const written = mention.written.replace(/\s+/g, ' ');
  return written.toLowerCase() === name.toLowerCase() ? name : `${name} (as \u201c${written}\u201d)`;
}

/** Where the plan speaks in sentences someone will follow during an outage. Exercises are history: old names stay. */
const PROSE_FIELDS: FieldPattern[] = [
  ['scenarios', '*', 'title'],
  ['scenarios', '*', 'description'],
  ['scenarios', '*', 'impact'],
  ['scenarios', '*', 'trigger', 'description'],
  ['communication', 'templates', '*', 'text'],
  ['documents', '*', 'description'],
];

/** Read from the schema, so that a new list of steps is checked too. */
const STEP_LISTS = lazy(() => fieldsUsing('steps'));

function proseStrings(plan: PlanModel): { path: PlanPath; text: string }[] {
  const found = PROSE_FIELDS.flatMap((pattern) => valuesAt(plan.data, pattern));
  for (const { path, value } of STEP_LISTS().flatMap((pattern) => valuesAt(plan.data, pattern))) {
    if (!Array.isArray(value)) continue;
    value.forEach((step: unknown, index) => {
      if (typeof step === 'string') found.push({ path: [...path, index], value: step });
      else if (isRecord(step)) {
        for (const key of ['action', 'note']) found.push({ path: [...path, index, key], value: step[key] });
      }
    });
  }
  return found.flatMap(({ path, value }) => (typeof value === 'string' ? [{ path, text: value }] : []));
}

export default rule;
