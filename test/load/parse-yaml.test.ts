import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/parse-yaml.js';

/** `line:column message` for each diagnostic: short to read in a failing test. */
const problems = (text: string): string[] =>
  parseYaml('f.yaml', text).diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}: ${d.message}`);

describe('parseYaml', () => {
  it('parses a plain plan file with no diagnostics and keeps YAML 1.2 values', () => {
    const parsed = parseYaml('f.yaml', 'plan:\n  answer: NO\n  time: 12:30\n  reviewed: 2026-01-15\n');
    expect(parsed.diagnostics).toEqual([]);
    // YAML 1.1 would give false, 750 and a Date.
    expect(parsed.doc.toJS()).toEqual({ plan: { answer: 'NO', time: '12:30', reviewed: '2026-01-15' } });
  });

  it('rejects aliases, naming only the first one', () => {
    expect(problems('a: &x 1\nb: *x\nc: *x\n')).toEqual([
      '2:4 yaml: aliases (`*x`) are not allowed in a plan; write the value out in full',
    ]);
  });

  it('rejects a self-referencing alias without building a cycle', () => {
    expect(problems('a: &x {b: *x}\n')).toEqual([
      '1:11 yaml: aliases (`*x`) are not allowed in a plan; write the value out in full',
    ]);
  });

  it('rejects merge keys at the `<<`', () => {
    expect(problems('base:\n  x: 1\nmine:\n  <<: {x: 1}\n  y: 2\n')).toEqual([
      '4:3 yaml: merge keys (`<<`) are not supported; write the keys out in full',
    ]);
  });

  it('rejects several documents at the second `---`', () => {
    expect(problems('a: 1\n---\nb: 2\n')).toEqual([
      '2:1 yaml: this file holds more than one YAML document (`---`); keep one document per file',
    ]);
  });

  it('accepts one document that starts with `---`', () => {
    expect(problems('---\na: 1\n')).toEqual([]);
  });

  it('turns an unknown tag (a warning in the yaml package) into an error', () => {
    expect(problems('a: !!js/function "f() {}"\n')).toEqual([
      '1:4 yaml: unknown tag `!!js/function`; a plan holds plain values only, remove the tag',
    ]);
  });

  it('points a duplicate key at its second occurrence', () => {
    expect(problems('a:\n  b: 1\n  c: 2\n  b: 3\n')).toEqual([
      '4:3 yaml: key `b` appears more than once in the same mapping; keep one',
    ]);
  });

  it('points an unclosed quote at the quote that opens it, not at the end of the file', () => {
    expect(problems("a: 'it is\nb: 1\nc: 2\n")).toEqual([
      '1:4 yaml: the quote that opens this value is never closed; add the closing quote at the end of the value',
    ]);
  });

  it('points a tab at the line it indents', () => {
    expect(problems('a:\n\tb: 1\n')).toEqual(['2:1 yaml: a tab is used for indentation; YAML needs spaces here']);
  });

  it('says to quote a value that starts with a reserved character', () => {
    expect(problems('a: @home\n')).toEqual([
      '1:4 yaml: a value cannot start with `@` unless it is quoted; put the value in quotes',
    ]);
  });

  it('reports at most five problems per file, one per line', () => {
    const text = Array.from({ length: 8 }, (_, i) => `k${i}: 1\nk${i}: 2`).join('\n');
    const found = problems(text);
    expect(found).toHaveLength(5);
    expect(new Set(found.map((p) => p.split(':')[0])).size).toBe(5);
  });

  it('reports a tab once, without the indentation errors that follow from it', () => {
    const text = 'people:\n  - id: ann\n\tname: Ann\n    role: Clerk\n  - id: bob\n    name: Bob\n';
    expect(problems(text)).toEqual(['3:1 yaml: a tab is used for indentation; YAML needs spaces here']);
  });

  it('points an unclosed `[` or `{` at where it was opened, in the middle of a file and at its end', () => {
    const middle = 'people:\n  - id: ann\n    calls: [bob, carl\n  - id: bob\n    name: Bob\n';
    expect(problems(middle)).toEqual([
      '3:12 yaml: the `[` that opens this list is never closed; add `]` after its last item',
    ]);
    expect(problems('people:\n  - id: ann\n    calls: [bob, carl\n')).toEqual([
      '3:12 yaml: the `[` that opens this list is never closed; add `]` after its last item',
    ]);
    expect(problems('a: [1, 2]\nb: {x: [3]\nc: 1\n')).toEqual([
      '2:4 yaml: the `{` that opens this mapping is never closed; add `}` after its last entry',
    ]);
  });

  it('says "nested too deeply" for 10,000 nested lists, by brackets or by indentation', () => {
    const message = 'yaml: this is nested too deeply: more than 64 levels of lists and mappings inside each other';
    expect(problems(`a: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`)).toEqual([
      expect.stringMatching(new RegExp(`^1:68 ${message.replace(/[[\]]/g, '\\$&')}`)),
    ]);
    const block = Array.from({ length: 100 }, (_, i) => `${' '.repeat(i)}- `).join('\n');
    expect(problems(`${block}x\n`)).toEqual([expect.stringMatching(/^65:65 yaml: this is nested too deeply/)]);
    // 64 levels are still a plan file (an odd one).
    expect(problems(`a: ${'['.repeat(63)}${']'.repeat(63)}\n`)).toEqual([]);
  });

  it('keeps positions of values for later lookups', () => {
    const parsed = parseYaml('f.yaml', 'plan:\n  owner: jane-doe\n');
    const node = parsed.doc.getIn(['plan', 'owner'], true) as { range: [number, number, number] };
    expect(parsed.lineCounter.linePos(node.range[0])).toEqual({ line: 2, col: 10 });
  });
});
