import { readFileSync } from 'node:fs';
import type { Severity } from '../core/diagnostic.js';
import { rules } from '../lint/rules/index.js';
import { ruleDocsPath } from '../lint/run-lint.js';
import { lazy } from '../core/lazy.js';
import { packageInfo, packageRoot } from '../core/package-info.js';

/** What a report can say about a rule id: enough for SARIF's `reportingDescriptor`. */
export interface RuleInfo {
  id: string;
  severity: Severity;
  /** One line. */
  description: string;
  /** A paragraph: why it matters. */
  detail: string;
  /** Markdown help: the rule's docs page for lint rules. */
  help: string;
  /** The docs page (with its section for validation checks), relative to the package. */
  docsPath: string;
  kind: 'validation' | 'lint';
}

/** bcp's own package.json: name, version and the home page that SARIF names as the tool's. */
export const toolInfo = lazy(() => {
  const { name, version, homepage } = packageInfo();
  return { name, version, informationUri: homepage };
});

/** The page that explains every validation check, one section (`#<id>`) each. */
export const VALIDATION_DOCS = 'docs/validation.md';

// What validation reports under its own ids (src/load, src/validate, src/lint/config.ts, ignore comments).
const validation: [id: string, severity: Severity, description: string, detail: string][] = [
  [
    'yaml',
    'error',
    'A plan file is not valid YAML.',
    'The file could not be parsed as YAML 1.2 (syntax error, tab indentation, duplicate key, alias, merge key or unknown tag), so nothing in it can be checked.',
  ],
  [
    'encoding',
    'error',
    'A plan file is not UTF-8 text.',
    'Plan files must be UTF-8; a file saved in another encoding would print the wrong characters in the binder.',
  ],
  [
    'schema',
    'error',
    'A value does not fit the plan schema.',
    'A required field is missing, a key is unknown (often a typo), or a value has the wrong type or format (durations like `4h`, dates like `2026-03-31`).',
  ],
  [
    'reference',
    'error',
    'An id points to nothing.',
    'A field names a person, system, vendor, scenario or other item by id, but no item with that id exists: in an outage the plan would send people nowhere.',
  ],
  [
    'duplicate-id',
    'error',
    'An id is defined twice.',
    'Ids must be unique per kind of item, or references to them are ambiguous.',
  ],
  [
    'duplicate-section',
    'error',
    'A section is written in two files.',
    'Each top-level section (`people`, `systems`, ...) may live in only one file of the plan folder.',
  ],
  [
    'rto-exceeds-mtd',
    'error',
    "A scenario's RTO is longer than its maximum tolerable downtime.",
    'If recovery takes longer than the business can survive without the system, the plan cannot work as written: shorten the RTO or change the recovery.',
  ],
  [
    'step-order',
    'error',
    'Steps wait for each other in a circle.',
    'Steps may wait for other steps of their list (`after`); steps that wait for each other in a circle can never start, and no recovery time can be worked out from them.',
  ],
  [
    'markdown-file',
    'error',
    'A Markdown procedure the plan points to is missing or outside the plan.',
    'Long procedures may live in Markdown files next to the YAML; the file named must exist inside the plan folder.',
  ],
  [
    'plan-file',
    'error',
    'Something in the plan folder named like a plan file cannot be read as one.',
    'A symbolic link or a FIFO named `*.yaml` is not read (a link could lead outside the plan folder), so what it holds is missing from the plan; a folder named `*.yaml` is only a confusing name (a warning).',
  ],
  [
    'config',
    'error',
    'bcp.config.yaml has a mistake.',
    'The lint configuration names a rule that does not exist or a severity other than error, warning, info or off.',
  ],
  [
    'unused-ignore',
    'warning',
    'A bcp-ignore comment is wrong or silences nothing.',
    'An ignore comment must name a lint rule, give a reason after `--`, and sit on or above a line that the rule reports.',
  ],
  [
    'base',
    'warning',
    'The plan at the pull request’s base could not be read.',
    'With `--base`, bcp compares the plan with the base branch to report risky changes; a shallow clone or a base that was not fetched leaves nothing to compare with.',
  ],
  [
    'git',
    'info',
    'The plan’s git history could not be read.',
    'git is not installed where bcp runs, or git refuses the repository (another owner’s, a broken one): the revision history, the record of changes and the rules that read history are left out rather than reported as up to date.',
  ],
  [
    'build',
    'error',
    'The site or the binder could not be built.',
    'Shown by `bcp watch` when rendering fails for a reason other than an invalid plan, such as a broken template override.',
  ],
  [
    'glyph',
    'warning',
    'A character of the plan that no installed font can draw.',
    'Shown by `bcp build`: the binder and the site would print an empty box in its place. Install a font that has it (for emoji: fonts-noto-color-emoji), or write the text without it.',
  ],
];

/**
 * Every rule id a report may carry: the lint rules in registry order, then the validation ids. The docs pages are
 * read on first use, not when a report module is imported.
 */
export const ruleCatalog = lazy((): readonly RuleInfo[] => [
  ...rules.map((rule): RuleInfo => {
    const docsPath = ruleDocsPath(rule.id);
    const page = readDocs(docsPath);
    const detail = (page && introduction(page)) || rule.description;
    return {
      id: rule.id,
      severity: rule.severity,
      description: rule.description,
      detail,
      help: page ?? detail,
      docsPath,
      kind: 'lint',
    };
  }),
  ...validation.map(([id, severity, description, detail]): RuleInfo => ({
    id,
    severity,
    description,
    detail,
    help: detail,
    docsPath: `${VALIDATION_DOCS}#${id}`,
    kind: 'validation',
  })),
]);

// Docs pages ship with bcp; read once, on the first report that needs them. A missing page (a trimmed install)
// falls back to the rule's one-line description rather than failing the report.
function readDocs(relative: string): string | undefined {
  try {
    return readFileSync(new URL(relative, packageRoot), 'utf8');
  } catch {
    return undefined;
  }
}

/** The page's introduction (between the severity line and the first `##` heading), hard line breaks undone. */
function introduction(page: string): string {
  const intro = page.split(/\n## /)[0]?.replace(/^#[^\n]*\n|\*\*Default severity:\*\*[^\n]*/g, '') ?? '';
  const blocks = intro.split(/\n\s*\n/).map((block) => block.trim());
  // A list keeps one item per line; a paragraph becomes one line.
  const unwrap = (block: string): string => (/^[-*] /.test(block) ? block : block.replace(/\s*\n\s*/g, ' '));
  return blocks
    .filter((block) => block !== '')
    .map(unwrap)
    .join('\n\n');
}
