import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { PlanPath } from '../../load/plan-path.js';
import type { PlanModel } from '../../model/plan-model.js';
import type { System } from '../../model/plan.generated.js';
import { describe } from '../../schema/nouns.js';
import { fieldsUsing, isRecord, valuesAt, type FieldPattern } from '../../schema/plan-schema.js';
import { businessTools, caseInsensitiveNames, toolNames, type BusinessTool } from '../business-tools.js';
import { hostOf, NameFinder, type Mention, type NamePattern } from '../tool-mentions.js';
import type { Finding, LintRule } from '../types.js';

/** What a name in the prose turned out to name: a system of the inventory, or a tool from the known list. */
type Subject = { system: System } | { tool: BusinessTool };

/** A mention that sends people to a tool the business no longer has, or never told the plan about. */
interface Stale {
  /** One finding per place and tool: two names for the same tool in one step are one finding. */
  key: string;
  says: string;
  hint: string;
}

const parser = unified().use(remarkParse);

/**
 * The sources: "The BCP references tools and procedures that no longer exist, making it useless during an
 * actual disruption."
 */
const rule: LintRule = {
  id: 'stale-tool-reference',
  description:
    'A step, template, scenario or Markdown procedure names a system that is retired or not in the inventory.',
  severity: 'warning',
  check(plan) {
    const patterns = namePatterns(plan);
    const finder = new NameFinder(patterns);
    const links = inventoryLinks(plan);
    const judge = (mention: Mention<Subject>): Stale | undefined => judgeMention(plan, mention, links);
    // Prose can only be stale if it holds a name that could be: most prose names current systems or nothing, and
    // is then never parsed (parsing every procedure of a large plan would take most of lint's time).
    const staleFinder = new NameFinder(patterns.filter(({ subject }) => couldBeStale(subject, links)));
    const findings: Finding[] = [];
    for (const { path, text } of proseStrings(plan)) {
      if (!staleFinder.mightMention(text)) continue;
      const where = describe(plan.data, path);
      for (const { stale } of staleMentions(finder.inMarkdown(text, parser.parse(text)), judge)) {
        findings.push({ path, message: `${where} ${stale.says}`, hint: stale.hint });
      }
    }
    for (const file of plan.markdown.values()) {
      if (!staleFinder.mightMention(file.text)) continue;
      const mentions = staleMentions(finder.inMarkdown(file.text, file.tree), judge);
      for (const { stale, offset } of mentions) {
        const at = { file: file.path, ...lineAndColumn(file.text, offset) };
        findings.push({ at, message: `\`${file.relative}\` ${stale.says}`, hint: stale.hint });
      }
    }
    return findings;
  },
};

/** The plan's own names first, so that a retired system wins over the known tool of the same name. */
function namePatterns(plan: PlanModel): NamePattern<Subject>[] {
  const patterns: NamePattern<Subject>[] = [];
  for (const system of plan.systems.values()) {
    const subject = { system };
    for (const text of [system.name, ...(system.aliases ?? [])]) patterns.push({ text, kind: 'name', subject });
    const host = system.url ? hostOf(system.url) : undefined;
    if (host) patterns.push({ text: host, kind: 'domain', subject });
  }
  for (const tool of businessTools) {
    const subject = { tool };
    for (const text of caseInsensitiveNames(tool)) patterns.push({ text, kind: 'name', subject });
    for (const text of tool.properNouns ?? []) patterns.push({ text, kind: 'proper', subject });
    for (const text of tool.domains ?? []) patterns.push({ text, kind: 'domain', subject });
  }
  return patterns;
}

/** The inventory systems that are each known tool: same name or alias, or a web address on the tool's domain. */
function inventoryLinks(plan: PlanModel): Map<BusinessTool, System[]> {
  // Each system's names and host once: a large inventory against the whole tool list is millions of comparisons.
  const systems = [...plan.systems.values()].map((system) => ({
    system,
    host: system.url ? hostOf(system.url) : undefined,
    names: [system.name, ...(system.aliases ?? [])].map((name) => name.toLowerCase()),
  }));
  const links = new Map<BusinessTool, System[]>();
  for (const tool of businessTools) {
    const names = new Set(toolNames(tool).map((name) => name.toLowerCase()));
    const domains = tool.domains ?? [];
    const isTool = ({ host, names: systemNames }: (typeof systems)[number]): boolean =>
      (host !== undefined && domains.some((d) => host === d || host.endsWith(`.${d}`))) ||
      systemNames.some((name) => names.has(name));
    links.set(
      tool,
      systems.filter(isTool).map(({ system }) => system),
    );
  }
  return links;
}

/** Whether a mention of this subject can be stale (judgeMention can say so): the prose filter's condition. */
function couldBeStale(subject: Subject, links: Map<BusinessTool, System[]>): boolean {
  if ('system' in subject) return subject.system.status === 'retired';
  return !(links.get(subject.tool) ?? []).some((system) => system.status !== 'retired');
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

function judgeMention(
  plan: PlanModel,
  mention: Mention<Subject>,
  links: Map<BusinessTool, System[]>,
): Stale | undefined {
  const { subject } = mention;
  if (!couldBeStale(subject, links)) return undefined;
  if ('system' in subject) return retired(plan, subject.system, mention);
  const retiredSystem = links.get(subject.tool)?.[0];
  if (retiredSystem) return retired(plan, retiredSystem, mention);
  const tool = subject.tool.name;
  return {
    key: `tool ${tool}`,
    says: `names ${label(tool, mention)}, which is not in the systems inventory`,
    hint: `If the business uses ${tool}, add it to \`systems\`; if not, rewrite this for the system it uses now.`,
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
const STEP_LISTS = fieldsUsing('steps');

function proseStrings(plan: PlanModel): { path: PlanPath; text: string }[] {
  const found = PROSE_FIELDS.flatMap((pattern) => valuesAt(plan.data, pattern));
  for (const { path, value } of STEP_LISTS.flatMap((pattern) => valuesAt(plan.data, pattern))) {
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

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

export default rule;
