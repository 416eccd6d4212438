import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cruise, type ICruiseResult, type IConfiguration } from 'dependency-cruiser';
import { afterAll, describe, expect, it } from 'vitest';

// The architecture of .dependency-cruiser.cjs: no import cycles between modules or stage folders, and no stage
// importing a later one. The second test proves the rules bite on a small tree that breaks them.
const repoRoot = path.resolve(import.meta.dirname, '../..');
const config = createRequire(import.meta.url)(path.join(repoRoot, '.dependency-cruiser.cjs')) as IConfiguration;

async function violations(baseDir: string): Promise<string[]> {
  const { options, ...ruleSet } = config;
  const result = await cruise(['src'], { ...options, baseDir, validate: true, ruleSet, outputType: 'json' });
  const output = JSON.parse(result.output as string) as ICruiseResult;
  return output.summary.violations.map((violation) =>
    `${violation.rule.name}: ${violation.from} → ${violation.to} ${(violation.cycle ?? []).map((step) => step.name).join(' → ')}`.trim(),
  );
}

describe('architecture', () => {
  const made: string[] = [];
  afterAll(async () => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

  it('has no import cycle and no stage importing a later stage', async () => {
    expect(await violations(repoRoot)).toEqual([]);
  }, 120_000);

  it('reports a stage that imports a later one, a folder cycle and a module outside any stage', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'bcp-architecture-'));
    made.push(dir);
    const files: Record<string, string> = {
      'src/load/read.ts': "import { shape } from '../model/shape.js';\nexport const read = (): number => shape;\n",
      'src/model/shape.ts': "import { size } from '../load/size.js';\nexport const shape = size + 1;\n",
      'src/load/size.ts': 'export const size = 1;\n',
      'src/stray.ts': "import { size } from './load/size.js';\nexport const stray = size;\n",
    };
    for (const [file, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await writeFile(path.join(dir, file), text);
    }
    await writeFile(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'nodenext' } }));
    const found = await violations(dir);
    expect(found).toContain('no-load-to-later-stage: src/load/read.ts → src/model/shape.ts');
    expect(found.some((line) => line.startsWith('no-folder-cycle: '))).toBe(true);
    expect(found).toContain('no-stray-module: src/stray.ts → src/load/size.ts');
  }, 120_000);
});
