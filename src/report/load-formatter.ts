import type { Formatter } from './formatter.js';
import type { FormatName } from './index.js';

/**
 * The formatter of one `--format`, loaded on its own: SARIF describes every lint rule, so importing it loads all
 * of them, which `bcp validate` with the default format should not pay for at start-up.
 */
const loaders: Record<FormatName, () => Promise<Formatter>> = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  sarif: async () => (await import('./sarif.js')).sarif,
  github: async () => (await import('./github.js')).github,
};

export const formatNames = Object.keys(loaders) as FormatName[];

export function loadFormatter(name: FormatName): Promise<Formatter> {
  return loaders[name]();
}
