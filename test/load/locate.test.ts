import { describe, expect, it } from 'vitest';
import { locate } from '../../src/core/locate.js';
import { parseYaml } from '../../src/load/parse-yaml.js';

const text = `plan:
  owner: jane-doe
scenarios:
  - id: crm-outage
    rto: 4h
    workaround:
      - Quote from the printed price list
`;
const { doc, lineCounter } = parseYaml('f.yaml', text);
const at = (path: (string | number)[], anchor?: 'key' | 'value'): string => {
  const { line, column } = locate(doc, lineCounter, path, anchor);
  return `${line}:${column}`;
};

describe('locate', () => {
  it('points at a value', () => {
    expect(at(['plan', 'owner'])).toBe('2:10');
    expect(at(['scenarios', 0, 'rto'])).toBe('5:10');
  });

  it('points at a key when asked (unknown keys)', () => {
    expect(at(['scenarios', 0, 'rto'], 'key')).toBe('5:5');
  });

  it('points at a list item', () => {
    expect(at(['scenarios', 0])).toBe('4:5');
    expect(at(['scenarios', 0, 'workaround', 0])).toBe('7:9');
  });

  it('falls back to the key of the nearest parent when a property is missing', () => {
    expect(at(['plan', 'version'])).toBe('1:1');
    expect(at(['scenarios', 0, 'trigger', 'after'])).toBe('4:5');
  });

  it('falls back to the start of the document for a path that is not there at all', () => {
    expect(at(['communication', 'lead'])).toBe('1:1');
    expect(at([])).toBe('1:1');
  });

  it('gives an end position too', () => {
    expect(locate(doc, lineCounter, ['plan', 'owner'])).toEqual({ line: 2, column: 10, endLine: 2, endColumn: 18 });
  });
});
