import { describe, expect, it } from 'vitest';
import { PastNameReader } from '../../src/git/past-names.js';

const commit = { sha: 'a'.repeat(40), date: '2026-03-01' };
const names = (text: string, reader = new PastNameReader()): string[] =>
  reader.namesIn(text, commit).map(({ kind, name }) => `${kind} ${name}`);

describe('names in an old version of a plan file', () => {
  it('reads block lists entry by entry, with aliases, comments and nested lists', () => {
    const text = [
      '# systems',
      'systems:',
      '  # the CRM',
      '  - id: crm',
      '    name: Insight CRM',
      '    aliases:',
      '      - Insight',
      '      - the old CRM',
      '    backups:',
      '      - what: nightly export',
      '  - { id: books, name: Xero, category: accounting, criticality: high }',
      'vendors:',
      '- id: kestrel',
      '  name: Kestrel IT',
      'people:',
      '  - name: Not A System',
    ].join('\n');
    expect(names(text)).toEqual([
      'system Insight CRM',
      'system Insight',
      'system the old CRM',
      'system Xero',
      'vendor Kestrel IT',
    ]);
  });

  it('reads a flow list from the whole file, and nothing from broken YAML', () => {
    expect(names('systems: [{ id: crm, name: Pipedrive }]\n')).toEqual(['system Pipedrive']);
    expect(names('systems:\n  - id: crm\n    name: [unclosed\n')).toEqual([]);
  });

  it('skips entries written as they are now', () => {
    const reader = new PastNameReader();
    reader.knowCurrent('systems:\n  - id: crm\n    name: Brightpearl\n');
    expect(names('systems:\n  - id: crm\n    name: Brightpearl\n  - id: old\n    name: Insight CRM\n', reader)).toEqual(
      ['system Insight CRM'],
    );
  });
});
