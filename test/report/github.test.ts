import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostic.js';
import { ANNOTATION_LIMIT, escapeData, escapeProperty, github } from '../../src/report/github.js';

const cwd = '/repo';
const finding: Diagnostic = {
  ruleId: 'reference',
  severity: 'error',
  message: '`plan.owner` names person `nobody`',
  file: 'plan/plan.yaml',
  line: 6,
  column: 10,
  endLine: 6,
  endColumn: 16,
};

const format = (diagnostics: Diagnostic[]): string => github(diagnostics, { color: false, cwd });

describe('github formatter', () => {
  it('writes one workflow command per finding, then a summary', () => {
    expect(format([finding])).toBe(
      '::error file=plan/plan.yaml,line=6,col=10,endLine=6,endColumn=16,title=bcp reference::`plan.owner` names person `nobody`\n' +
        'bcp: 1 error\n',
    );
  });

  it('uses warning for warnings and notice for info, and leaves out ends it does not know', () => {
    const lines = format([
      { ...finding, severity: 'warning', ruleId: 'unused-ignore', line: 7, endLine: undefined, endColumn: undefined },
      {
        ...finding,
        severity: 'info',
        ruleId: 'overdue-review',
        line: 8,
        column: 1,
        endLine: undefined,
        endColumn: undefined,
      },
    ]).split('\n');
    expect(lines).toEqual([
      '::warning file=plan/plan.yaml,line=7,col=10,title=bcp unused-ignore::`plan.owner` names person `nobody`',
      '::notice file=plan/plan.yaml,line=8,col=1,title=bcp overdue-review::`plan.owner` names person `nobody`',
      'bcp: 1 warning, 1 note',
      '',
    ]);
  });

  it('names files relative to the repository root, with forward slashes', () => {
    expect(format([{ ...finding, file: '/repo/plan/people.yaml' }])).toContain('::error file=plan/people.yaml,');
  });

  it('escapes messages and properties as the Actions toolkit does', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeProperty('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext%3A a%2C b');
    const line = format([
      { ...finding, file: 'plans/a,b:c%/plan.yaml', message: 'RTO 50%: 4h,\nnot 2h', hint: 'Fix it.' },
    ]);
    expect(line.split('\n')[0]).toBe(
      '::error file=plans/a%2Cb%3Ac%25/plan.yaml,line=6,col=10,endLine=6,endColumn=16,title=bcp reference::RTO 50%25: 4h,%0Anot 2h%0AFix it.',
    );
  });

  it('cannot be made to start a second command by a line break in a message', () => {
    const output = format([{ ...finding, message: 'x\n::error::injected\r\n::stop-commands::y' }]);
    expect(output.split('\n').filter((line) => line.startsWith('::'))).toHaveLength(1);
  });

  it(`annotates at most ${ANNOTATION_LIMIT} findings of each severity and says how many it left out`, () => {
    const errors = Array.from({ length: ANNOTATION_LIMIT + 2 }, (_, i): Diagnostic => ({ ...finding, line: i + 1 }));
    const warning: Diagnostic = { ...finding, severity: 'warning', line: 999 };
    const lines = format([warning, ...errors])
      .trimEnd()
      .split('\n');
    expect(lines.filter((line) => line.startsWith('::error '))).toHaveLength(ANNOTATION_LIMIT);
    expect(lines.filter((line) => line.startsWith('::warning '))).toHaveLength(1);
    expect(lines.at(-3)).toBe(
      `::error file=plan/plan.yaml,line=${ANNOTATION_LIMIT},col=10,endLine=6,endColumn=16,title=bcp reference::\`plan.owner\` names person \`nobody\``,
    );
    expect(lines.at(-1)).toBe(`bcp: ${ANNOTATION_LIMIT + 2} errors, 1 warning (2 not annotated; see the full report)`);
  });

  it('says so when there is nothing to report', () => {
    expect(format([])).toBe('bcp: no problems\n');
  });
});
