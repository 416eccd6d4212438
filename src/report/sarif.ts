import { createHash } from 'node:crypto';
import type { Log, ReportingDescriptor, Result, ToolComponent } from 'sarif';
import { compareDiagnostics, type Diagnostic, type Severity } from '../core/diagnostic.js';
import type { Formatter } from './formatter.js';
import { repoRelativePath } from './relative-path.js';
import { publishedUri } from '../core/package-info.js';
import { ruleCatalog, toolInfo, VALIDATION_DOCS, type RuleInfo } from './rule-catalog.js';

export const SARIF_SCHEMA =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** The key under `partialFingerprints`; versioned so that a change of recipe cannot match old alerts by accident. */
export const FINGERPRINT_KEY = 'bcpFindingHash/v1';

const levels: Record<Severity, NonNullable<Result['level']>> = { error: 'error', warning: 'warning', info: 'note' };

/** SARIF 2.1.0 for GitHub code scanning and other tools: one run, every rule described, one result per finding. */
export const sarif: Formatter = (diagnostics, context) => {
  const sorted = [...diagnostics].sort(compareDiagnostics);
  const catalog = withUnknownIds(sorted);
  const index = new Map(catalog.map((rule, i) => [rule.id, i]));
  const relative = (file: string): string => repoRelativePath(file, context.root, context.cwd);
  const fingerprints = fingerprintAll(sorted, relative);
  const results = sorted.map((d, i) => result(d, index.get(d.ruleId) ?? 0, fingerprints[i] ?? '', relative));
  const driver: ToolComponent = {
    name: toolInfo().name,
    version: toolInfo().version,
    informationUri: toolInfo().informationUri,
    rules: catalog.map(descriptor),
  };
  const log: Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{ tool: { driver }, columnKind: 'utf16CodeUnits', results }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

// A rule id that no catalog entry knows (a new validation check) still gets a descriptor, so ruleIndex is valid.
function withUnknownIds(diagnostics: readonly Diagnostic[]): RuleInfo[] {
  const known = new Set(ruleCatalog().map((rule) => rule.id));
  const unknown = [...new Set(diagnostics.map((d) => d.ruleId).filter((id) => !known.has(id)))].sort();
  const extra = unknown.map((id): RuleInfo => {
    const text = `bcp reports \`${id}\` problems.`;
    return {
      id,
      severity: 'error',
      description: text,
      detail: text,
      help: text,
      docsPath: VALIDATION_DOCS,
      kind: 'validation',
    };
  });
  return [...ruleCatalog(), ...extra];
}

function descriptor(rule: RuleInfo): ReportingDescriptor {
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z0-9])/g, (_, _dash: string, letter: string) => letter.toUpperCase()),
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.detail },
    help: { text: rule.detail, markdown: rule.help },
    defaultConfiguration: { level: levels[rule.severity] },
    helpUri: docsUri(rule.docsPath),
    properties: { tags: [rule.kind] },
  };
}

/** A rule's docs page on the web; validation checks share one page with a section each. */
export function docsUri(docsPath: string): string {
  return publishedUri(docsPath);
}

function result(d: Diagnostic, ruleIndex: number, fingerprint: string, relative: (file: string) => string): Result {
  const region = {
    startLine: d.line,
    startColumn: d.column,
    ...(d.endLine !== undefined ? { endLine: d.endLine } : {}),
    ...(d.endColumn !== undefined ? { endColumn: d.endColumn } : {}),
  };
  const uri = relative(d.file).split('/').map(encodeURIComponent).join('/');
  return {
    ruleId: d.ruleId,
    ruleIndex,
    level: levels[d.severity],
    message: { text: d.hint ? `${d.message}\n${d.hint}` : d.message },
    locations: [
      {
        physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' }, region },
        ...(d.path ? { logicalLocations: [{ fullyQualifiedName: d.path, kind: 'member' }] } : {}),
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
  };
}

/**
 * Stable across runs and across lines moving: rule, file, JSON path and message, with line numbers that a
 * message quotes (`people.yaml:12`) masked. Identical findings get `:1`, `:2`, ... in file order, so none
 * collapse into one alert.
 */
function fingerprintAll(sorted: readonly Diagnostic[], relative: (file: string) => string): string[] {
  const seen = new Map<string, number>();
  return sorted.map((d) => {
    const message = d.message.replace(/(\S):\d+/g, '$1:#');
    const key = [d.ruleId, relative(d.file), d.path ?? '', message].join('\0');
    const hash = createHash('sha256').update(key).digest('hex').slice(0, 32);
    const occurrence = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, occurrence);
    return `${hash}:${occurrence}`;
  });
}
