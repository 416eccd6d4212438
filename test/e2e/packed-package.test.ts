// The package as a continuity owner gets it: packed, installed from the tarball into a new git repository with no
// puppeteer settings, then used as the README says, under each Node.js major that users run.
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/paths.js';
import { currentNode, nodeOfMajor, OTHER_MAJORS, type NodeRuntime } from './node-versions.js';

const exec = promisify(execFile);
const pkg = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};
const npmCli = path.join(
  (await exec('npm', ['root', '--global'], { encoding: 'utf8' })).stdout.trim(),
  'npm',
  'bin',
  'npm-cli.js',
);
const folders: string[] = [];
let tarball = '';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

// The machine's npm settings (registry, proxy certificates) live beside its own Node.js; another Node.js would look
// for them beside itself, so they are named explicitly, as a user's own npm setup would be there.
const globalConfig = (await exec('npm', ['config', 'get', 'globalconfig'], { encoding: 'utf8' })).stdout.trim();

/** How this machine reaches the registry: certificates and proxies, which belong to the machine, not to bcp. */
const NETWORK = [
  'NODE_EXTRA_CA_CERTS',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  'HTTPS_PROXY',
  'https_proxy',
  'HTTP_PROXY',
  'http_proxy',
  'NO_PROXY',
  'no_proxy',
];

/** The environment of a user's shell: no puppeteer or Chrome settings, no npm variables from `npm test`. */
function userEnv(node: NodeRuntime): NodeJS.ProcessEnv {
  const keep = ['HOME', 'TMPDIR', 'LANG', 'CI', 'USER', 'npm_config_cache', 'npm_config_registry', ...NETWORK];
  const env: NodeJS.ProcessEnv = {
    PATH: `${node.binDir}${path.delimiter}${process.env.PATH ?? ''}`,
    NO_COLOR: '1',
    BCP_TODAY: '2026-11-27',
    GIT_AUTHOR_NAME: 'Plan Owner',
    GIT_AUTHOR_EMAIL: 'owner@example.com',
    GIT_COMMITTER_NAME: 'Plan Owner',
    GIT_COMMITTER_EMAIL: 'owner@example.com',
    npm_config_globalconfig: globalConfig,
  };
  for (const name of keep) if (process.env[name] !== undefined) env[name] = process.env[name];
  return env;
}

/** Runs a command as a user would in a shell with nobody at the keyboard: no standard input. */
async function run(node: NodeRuntime, cwd: string, command: string, args: string[]): Promise<Run> {
  const program = command === 'npm' || command === 'npx' ? path.join(node.binDir, 'node') : command;
  const cli = command === 'npm' ? [npmCli] : command === 'npx' ? [npmCli.replace(/npm-cli\.js$/, 'npx-cli.js')] : [];
  const child = spawn(program, [...cli, ...args], { cwd, env: userEnv(node), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const [code, signal] = (await once(child, 'close')) as [number | null, NodeJS.Signals | null];
  return { code: code ?? (signal ? 128 : 1), stdout, stderr };
}

const git = (node: NodeRuntime, cwd: string, ...args: string[]): Promise<Run> => run(node, cwd, 'git', args);

beforeAll(async () => {
  // `npm pack` runs prepack, which compiles: the tarball is what a clean clone would publish.
  const out = await mkdtemp(path.join(tmpdir(), 'bcp-pack-'));
  folders.push(out);
  const packed = await exec('npm', ['pack', '--silent', '--pack-destination', out], { cwd: repoRoot });
  tarball = path.join(out, packed.stdout.trim().split('\n').pop()!);
}, 300_000);

afterAll(async () => {
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('ships the compiled code, its docs, the example plan and a licence, and no source maps', async () => {
    const { stdout } = await exec('tar', ['-tzf', tarball]);
    const files = stdout.split('\n').filter(Boolean);
    for (const expected of [
      'package/lib/cli/main.js',
      'package/lib/index.d.ts',
      'package/bin/bcp.js',
      'package/schemas/plan.schema.json',
      'package/docs/ci.md',
      'package/docs/github-workflow.yml',
      'package/docs/validation.md',
      'package/docs/rules/unfilled-section.md',
      'package/plan/plan.yaml',
      'package/LICENSE',
      'package/README.md',
    ]) {
      expect(files).toContain(expected);
    }
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
    expect(files.filter((file) => file.startsWith('package/src/') || file.startsWith('package/test/'))).toEqual([]);
    // Every relative link in the shipped README points at a file that ships.
    const readme = await readFile(path.join(repoRoot, 'README.md'), 'utf8');
    const links = [...readme.matchAll(/\]\(((?!https?:|#)[^)#\s]+)/g)].map((match) => match[1]!.replace(/\/$/, ''));
    const shipped = new Set(files.flatMap((file) => [file, path.posix.dirname(file)]));
    expect(links.filter((link) => !shipped.has(`package/${link}`))).toEqual([]);
  });

  const majors: (() => Promise<NodeRuntime | { skip: string }>)[] = [
    async () => currentNode(),
    ...OTHER_MAJORS.map((major) => () => nodeOfMajor(major)),
  ];
  for (const [index, runtime] of majors.entries()) {
    const name = index === 0 ? `the machine's Node.js (${process.version})` : `Node.js ${OTHER_MAJORS[index - 1]}`;
    it(`installs and runs as the README says under ${name}`, async (context) => {
      const node = await runtime();
      // Reported as skipped, with the reason; CI on linux x64 always runs it.
      if ('skip' in node) return context.skip(node.skip);
      const project = await userJourney(node);
      // The library API once, under the machine's Node.js: a second build per version would add time, not coverage.
      if (index === 0) await throughTheApi(node, project);
    }, 600_000);
  }
});

/** The shell commands of the README's "Use bcp in your own repository", as a user would paste them. */
async function readmeCommands(): Promise<string[]> {
  const readme = await readFile(path.join(repoRoot, 'README.md'), 'utf8');
  const section = readme.split('\n## Use bcp in your own repository\n')[1] ?? '';
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return block.split('\n').filter((line) => line.trim() !== '');
}

async function userJourney(node: NodeRuntime): Promise<string> {
  const project = await mkdtemp(path.join(tmpdir(), 'bcp-user-'));
  folders.push(project);
  await git(node, project, 'init', '--quiet', '--initial-branch=main');
  await writeFile(path.join(project, 'package.json'), '{ "name": "acme-continuity", "private": true }\n');
  const commands = await readmeCommands();
  expect(commands[0]).toBe(`npm install --save-dev ${pkg.name}`);
  for (const command of commands) {
    // The package is not on the registry yet: the tarball stands in for its name.
    const line = command.replace(
      `npm install --save-dev ${pkg.name}`,
      `npm install --save-dev --no-audit --no-fund ${tarball}`,
    );
    const result = await run(node, project, 'bash', ['-c', line]);
    expect(result.code, `${command}\n${result.stdout}${result.stderr}`).toBe(0);
    if (command === 'npx bcp check') expect(result.stdout).toContain('The plan has no scenarios yet');
  }

  expect((await run(node, project, 'npx', ['bcp', '--version'])).stdout).toBe(`${pkg.version}\n`);
  // Installed in the project: the editor finds the schema in node_modules, offline.
  const planText = await readFile(path.join(project, 'plan/plan.yaml'), 'utf8');
  expect(planText.split('\n')[0]).toBe(
    `# yaml-language-server: $schema=../node_modules/${pkg.name}/schemas/plan.schema.json`,
  );
  expect(existsSync(path.join(project, 'node_modules', pkg.name, 'schemas', 'plan.schema.json'))).toBe(true);
  expect(existsSync(path.join(project, 'dist/binder.pdf'))).toBe(true);
  expect(existsSync(path.join(project, 'dist/site/index.html'))).toBe(true);
  // The output folder and node_modules stay out of git.
  expect((await git(node, project, 'ls-files')).stdout).not.toMatch(/^(dist|node_modules)\//m);

  await pullRequests(node, project);
  return project;
}

/** The library API of the installed package: check and build the example plan that ships with it. */
async function throughTheApi(node: NodeRuntime, project: string): Promise<void> {
  const script = `
    import { check, build, rules } from '${pkg.name}';
    const plan = 'node_modules/${pkg.name}/plan';
    const checked = await check(plan, { today: '2026-11-27' });
    const errors = checked.diagnostics.filter((d) => d.severity === 'error').map((d) => d.ruleId);
    const built = await build(plan, { out: 'api-dist', today: '2026-11-27', paper: 'a4' });
    console.log(JSON.stringify({ valid: Boolean(checked.model), errors, rules: rules.length, pages: built.pages }));
  `;
  await writeFile(path.join(project, 'api.mjs'), script);
  const result = await run(node, project, path.join(node.binDir, 'node'), ['api.mjs']);
  expect(result.code, result.stderr).toBe(0);
  const summary = JSON.parse(result.stdout) as { valid: boolean; errors: string[]; rules: number; pages: number };
  // The example plan's one error is on purpose: its internet outage cannot be recovered within the RTO.
  expect(summary).toMatchObject({ valid: true, errors: ['recovery-exceeds-rto'] });
  expect(summary.rules).toBeGreaterThan(0);
  expect(summary.pages).toBeGreaterThan(1);
  expect(existsSync(path.join(project, 'api-dist', 'binder.pdf'))).toBe(true);
  expect(existsSync(path.join(project, 'api-dist', 'site', 'index.html'))).toBe(true);
}

/** What CI sees on pull requests: a tech change without the plan fails with an annotation; with the plan it passes. */
async function pullRequests(node: NodeRuntime, project: string): Promise<void> {
  const planFile = path.join(project, 'plan/plan.yaml');
  const text = await readFile(planFile, 'utf8');
  await writeFile(planFile, text.replace("  # tech_paths: ['infra/**']", "  tech_paths: ['infra/**']"));
  const techLine = (await readFile(planFile, 'utf8')).split('\n').findIndex((line) => line.includes('tech_paths:')) + 1;
  await mkdir(path.join(project, 'infra'));
  await writeFile(path.join(project, 'infra/phones.tf'), 'provider = "acme-voip"\n');
  await git(node, project, 'add', '--all');
  await git(node, project, 'commit', '--quiet', '--message', 'Plan and infrastructure');

  await git(node, project, 'checkout', '--quiet', '-b', 'tech-only');
  await writeFile(path.join(project, 'infra/phones.tf'), 'provider = "other-voip"\n');
  await git(node, project, 'commit', '--quiet', '--all', '--message', 'New phone provider');
  // From a subfolder, as someone might: paths in the annotations are still from the repository root.
  const failing = await run(node, path.join(project, 'plan'), 'npx', [
    'bcp',
    'check',
    '.',
    '--format',
    'github',
    '--base',
    'main',
  ]);
  expect(failing.code, failing.stdout + failing.stderr).toBe(1);
  expect(failing.stdout).toMatch(
    new RegExp(
      `^::error file=plan/plan\\.yaml,line=${techLine},col=\\d+.*::This pull request changes the tech stack`,
      'm',
    ),
  );

  await git(node, project, 'checkout', '--quiet', '-b', 'with-plan', 'main');
  await writeFile(path.join(project, 'infra/phones.tf'), 'provider = "other-voip"\n');
  await writeFile(planFile, (await readFile(planFile, 'utf8')).replace("version: '0.1'", "version: '0.2'"));
  await git(node, project, 'commit', '--quiet', '--all', '--message', 'New phone provider, plan updated');
  const passing = await run(node, project, 'npx', ['bcp', 'check', '--format', 'github', '--base', 'main']);
  expect(passing.code, passing.stdout + passing.stderr).toBe(0);

  // A --depth 1 clone of main, as CI checks out by default: bcp fetches the history it needs, and main passes.
  const clone = await mkdtemp(path.join(tmpdir(), 'bcp-clone-'));
  folders.push(clone);
  await git(node, clone, 'clone', '--quiet', '--depth', '1', '--branch', 'main', `file://${project}`, '.');
  const bin = path.join(project, 'node_modules', pkg.name, 'bin', 'bcp.js');
  const shallow = await run(node, clone, path.join(node.binDir, 'node'), [bin, 'check', 'plan', '--format', 'github']);
  expect(shallow.code, shallow.stdout + shallow.stderr).toBe(0);
}
