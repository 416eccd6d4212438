// `bcp init` as a user runs it: a real process writing into a new folder, judged by the files and by `bcp check`.
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../helpers/paths.js';
import { assertCompiled, runCli } from '../helpers/run-cli.js';

const answers = ['--org', 'Kettle & Crumb: Café', '--owner', "Zoë O'Brien", '--phone', '+441234567890'];
const today = ['--today', '2026-11-27'];
const folders: string[] = [];

beforeAll(assertCompiled);
afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});

async function newProject(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bcp-init-'));
  folders.push(dir);
  execFileSync('git', ['init', '--quiet', dir]);
  return dir;
}

/** Every file under a folder except .git, with its text: what a refusal must leave exactly as it was. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && !path.relative(dir, entry.parentPath).startsWith('.git'))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .filter((name) => !name.startsWith(`.git${path.sep}`));
  const texts = await Promise.all(names.map((name) => readFile(path.join(dir, name), 'utf8')));
  return Object.fromEntries(names.map((name, i) => [name, texts[i] ?? '']).sort());
}

describe('bcp init', () => {
  it('writes a plan that validates, with what it was told quoted safely, and says what to do next', async () => {
    const dir = await newProject();
    const result = await runCli(['init', dir, ...answers, ...today]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('plan/plan.yaml');
    expect(result.stdout).toContain('npx bcp check plan');
    const plan = parse(await readFile(path.join(dir, 'plan/plan.yaml'), 'utf8')) as { plan: Record<string, unknown> };
    expect(plan.plan).toMatchObject({
      organization: 'Kettle & Crumb: Café',
      owner: 'zoe-o-brien',
      reviewed: '2026-11-27',
    });
    const people = parse(await readFile(path.join(dir, 'plan/people.yaml'), 'utf8')) as { people: unknown[] };
    // Quoted, so the plus survives: YAML would read +441234567890 as a number.
    expect(people.people[0]).toMatchObject({ name: "Zoë O'Brien", phone: '+441234567890' });
    expect((await runCli(['validate', path.join(dir, 'plan')])).code).toBe(0);
  });

  it('leaves `bcp check` saying in plain words what to fill in next', async () => {
    const dir = await newProject();
    await runCli(['init', dir, ...answers, ...today]);
    const result = await runCli(['check', 'plan', ...today], {}, dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('The plan lists no systems yet');
    expect(result.stdout).toContain('The plan has no scenarios yet');
    expect(result.stdout).toMatch(/\(0 errors, 0 warnings, \d+ notes\)/);
  });

  it('points the editor at the schema, and writes the config, the workflow and .gitignore', async () => {
    const dir = await newProject();
    await runCli(['init', dir, ...answers, '--plan', 'continuity', ...today]);
    const planFile = await readFile(path.join(dir, 'continuity/plan.yaml'), 'utf8');
    // bcp runs from its own clone here, not from the project's node_modules: the published schema is named.
    expect(planFile.split('\n')[0]).toMatch(
      /^# yaml-language-server: \$schema=https:\/\/unpkg\.com\/bcp-plan@[^/]+\/schemas\/plan\.schema\.json$/,
    );
    const workflow = await readFile(path.join(dir, '.github/workflows/plan.yml'), 'utf8');
    expect(workflow).toContain('npx bcp check continuity --format github');
    expect(workflow).not.toMatch(/bcp (check|build|diff) plan\b/);
    expect(await readFile(path.join(dir, '.gitignore'), 'utf8')).toContain('/dist/');
    expect(parse(await readFile(path.join(dir, 'bcp.config.yaml'), 'utf8'))).toEqual({ rules: {} });
  });

  it('refuses, lists what exists and writes nothing when any of its files is there', async () => {
    const dir = await newProject();
    await mkdir(path.join(dir, 'plan'));
    await writeFile(path.join(dir, 'plan/people.yaml'), 'people: [] # mine\n');
    await writeFile(path.join(dir, 'bcp.config.yaml'), 'rules: {} # mine\n');
    await writeFile(path.join(dir, '.gitignore'), 'build/\n');
    const before = await snapshot(dir);
    const result = await runCli(['init', dir, ...answers, ...today]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('these files exist already');
    expect(result.stderr).toContain('  plan/people.yaml\n');
    expect(result.stderr).toContain('  bcp.config.yaml\n');
    expect(result.stderr).not.toContain('plan/plan.yaml');
    expect(await snapshot(dir)).toEqual(before);
  });

  it('adds the output folder to an existing .gitignore without replacing a line of it', async () => {
    const dir = await newProject();
    await writeFile(path.join(dir, '.gitignore'), 'build/\n*.log');
    expect((await runCli(['init', dir, ...answers, ...today])).code).toBe(0);
    expect(await readFile(path.join(dir, '.gitignore'), 'utf8')).toBe(
      "build/\n*.log\n# bcp's build output\n/dist/\nnode_modules/\n",
    );
  });

  it('says which answers it needs when nobody can be asked', async () => {
    const dir = await newProject();
    const result = await runCli(['init', dir, '--org', 'Acme'], { CI: 'true' });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('bcp: bcp init needs --owner, --phone when it cannot ask (not a terminal, or CI)\n');
    expect(await snapshot(dir)).toEqual({});
  });

  it('refuses a plan folder outside the project', async () => {
    const dir = await newProject();
    const result = await runCli(['init', dir, ...answers, '--plan', '../elsewhere']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--plan must be a folder inside the project');
  });
});

/** Runs `bcp init` on a terminal (a pseudo-terminal from util-linux `script`), typing `keys` one chunk at a time. */
async function onTerminal(dir: string, keys: string[]): Promise<{ code: number | null; output: string }> {
  const bin = path.join(repoRoot, 'bin', 'bcp.js');
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  // Someone at a terminal, not CI: the only case where bcp asks.
  delete env.CI;
  const child = spawn('script', ['-qec', `"${process.execPath}" "${bin}" init --today 2026-11-27`, '/dev/null'], {
    cwd: dir,
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  for (const key of keys) {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    child.stdin.write(key);
  }
  const [code] = (await once(child, 'close')) as [number | null];
  return { code, output };
}

describe('bcp init on a terminal', () => {
  it('asks for what the options did not give', async () => {
    const dir = await newProject();
    const { code, output } = await onTerminal(dir, ['Harbour Clinic\r', 'Ana Ruiz\r', '+34 600 000 000\r']);
    expect(code).toBe(0);
    expect(output).toContain('The business this plan protects');
    expect(output).toContain('Wrote:');
    expect(parse(await readFile(path.join(dir, 'plan/plan.yaml'), 'utf8'))).toMatchObject({
      plan: { organization: 'Harbour Clinic', owner: 'ana-ruiz' },
    });
  });

  it('stops on Ctrl-C with nothing written', async () => {
    const dir = await newProject();
    const { code, output } = await onTerminal(dir, ['Harbour Clinic\r', '\u0003']);
    expect(code).toBe(130);
    expect(output).toContain('stopped; nothing was written');
    expect(await snapshot(dir)).toEqual({});
  });
});
