import { readFile } from 'node:fs/promises';
import { isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';

/** One YAML example of a rule's docs page, with what the page says it finds. */
export interface DocsExample {
  /** `failing` or `passing`, from the section it is in. */
  kind: 'failing' | 'passing';
  /** The line of the page where the block starts, to name it in a test. */
  line: number;
  yaml: string;
  /** For a pull-request rule: the block after "The base branch said:" that follows this one. */
  before?: string;
  /** From `<!-- expect: <path> <severity>, ... -->` just above the block: the findings, by plan path. */
  expected: { path: string; severity: string }[];
}

const EXPECT = /^<!--\s*expect:\s*(.*?)\s*-->$/;

/**
 * The examples of a rule's docs page: the YAML blocks under "## Failing example" and "## Passing example". A block
 * after a line "The base branch said:" is the state before the pull request of the block above it.
 */
export async function docsExamples(file: string): Promise<DocsExample[]> {
  const lines = (await readFile(file, 'utf8')).split('\n');
  const examples: DocsExample[] = [];
  let section = '';
  let previous = '';
  for (let i = 0; i < lines.length; i += 1) {
    const text = lines[i]!;
    if (text.startsWith('## ')) section = text.slice(3).trim();
    if (text === '```yaml' && /^(Failing|Passing) example$/.test(section)) {
      const end = lines.indexOf('```', i + 1);
      const yaml = lines.slice(i + 1, end).join('\n') + '\n';
      if (previous === 'The base branch said:' && examples.length > 0) examples[examples.length - 1]!.before = yaml;
      else
        examples.push({
          kind: section.startsWith('Failing') ? 'failing' : 'passing',
          line: i + 1,
          yaml,
          expected: expectedOf(previous),
        });
      i = end;
    }
    if (text.trim() !== '') previous = text.trim();
  }
  return examples;
}

function expectedOf(line: string): DocsExample['expected'] {
  const entries = EXPECT.exec(line)?.[1]?.split(',') ?? [];
  return entries.map((entry) => {
    const [path = '', severity = ''] = entry.trim().split(/\s+/);
    return { path, severity };
  });
}

/**
 * What an example leaves out (`# ...`) filled in with plain values, so that the example is a valid plan: the
 * required fields of each item, by section. An example states every fact its rule reads; the rest is filler.
 */
const filler: Record<string, (id: string) => Record<string, unknown>> = {
  people: (id) => ({ name: titleOf(id), role: 'Staff', phone: '+61 2 5550 0199' }),
  know_how: () => ({ what: 'a task', holders: ['olivia-owner', 'dan-deputy'] }),
  systems: (id) => ({ name: titleOf(id), category: 'other', criticality: 'low' }),
  vendors: (id) => ({ name: titleOf(id), service: 'Supplies', criticality: 'low' }),
  premises: (id) => ({ name: titleOf(id) }),
  scenarios: (id) => ({
    title: titleOf(id),
    kind: 'other',
    impact: 'Work stops.',
    lead: 'olivia-owner',
    workaround: ['Work on paper'],
  }),
  documents: (id) => ({ title: titleOf(id), kind: 'other' }),
  forms: (id) => ({ title: titleOf(id) }),
};

const planFiller = {
  organization: 'Base Trading Co',
  owner: 'olivia-owner',
  reviewed: '2026-05-01',
  review_interval: '13w',
};

function titleOf(id: string): string {
  return id.replace(/-/g, ' ').replace(/^./, (first) => first.toUpperCase());
}

/** The example as a plan file: each item of a list section, and the `plan` section, get the fields they leave out. */
export function completeExample(yaml: string): { text: string; hasPlan: boolean } {
  const doc = parseDocument(yaml);
  const root = doc.contents;
  if (!isMap(root)) return { text: yaml, hasPlan: false };
  for (const pair of root.items) {
    const section = String((pair.key as { value?: unknown }).value ?? pair.key);
    if (section === 'plan' && isMap(pair.value)) fill(pair.value, planFiller);
    const fields = filler[section];
    if (!fields || !isSeq(pair.value)) continue;
    for (const item of pair.value.items) if (isMap(item)) fill(item, fields(String(item.get('id') ?? section)));
  }
  return { text: doc.toString(), hasPlan: root.has('plan') };
}

function fill(map: YAMLMap, values: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(values)) if (!map.has(key)) map.set(key, value);
}
