// Proves that schemas/plan.schema.json works in the real yaml-language-server (the server behind the VS Code YAML
// extension and most other editors): a `# yaml-language-server: $schema=...` modeline alone is enough to get our
// validation messages and key completion, with no `yaml.schemas` setting and no network.
//
// The server runs as a child process and this file is its LSP client, speaking JSON-RPC over stdio.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CompletionItemKind,
  CompletionRequest,
  ConfigurationRequest,
  DidChangeConfigurationNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  type CompletionItem,
  type CompletionList,
  type Diagnostic,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node.js';

const TIMEOUT_MS = 30_000;

const schemaPath = fileURLToPath(new URL('../../schemas/plan.schema.json', import.meta.url));

// The server reads `$schema=` up to the first whitespace, so a file URL (spaces percent-encoded) is the safe form.
// A plain absolute path works too, but only while the path has no spaces.
const modeline = `# yaml-language-server: $schema=${pathToFileURL(schemaPath).href}`;

// What the editor would send. The server ignores the didChangeConfiguration payload and pulls these settings
// through workspace/configuration instead. schemaStore must be off: when on, the server downloads the
// schemastore.org catalog.
const yamlSettings = {
  validate: true,
  completion: true,
  hover: true,
  schemas: {},
  schemaStore: { enable: false },
};

// Loaded into the server process before it starts: any outgoing socket is reported on stderr and refused, so a
// schema that needed the network would fail the test instead of quietly working on a connected machine.
const NETWORK_MARKER = 'bcp-test: network access attempted';
const networkGuard = `
import net from 'node:net';
net.Socket.prototype.connect = function (...args) {
  const target = Array.isArray(args[0]) ? args[0][0] : args[0];
  process.stderr.write(${JSON.stringify(NETWORK_MARKER)} + ': ' + (target?.host ?? target?.path ?? String(target)) + '\\n');
  throw new Error('network access is not allowed in this test');
};`;

function serverBinPath(): string {
  const require = createRequire(import.meta.url);
  const packageJsonPath = require.resolve('yaml-language-server/package.json');
  const { bin } = require('yaml-language-server/package.json') as { bin: Record<string, string> };
  const relativeBin = bin['yaml-language-server'];
  if (relativeBin === undefined) throw new Error('yaml-language-server/package.json has no yaml-language-server bin');
  return path.join(path.dirname(packageJsonPath), relativeBin);
}

describe('plan.schema.json in yaml-language-server', () => {
  let server: ChildProcess;
  let connection: ProtocolConnection;
  let tmpDir: string;
  let serverStderr = '';
  const diagnosticsByUri = new Map<string, Diagnostic[]>();
  const diagnosticsListeners = new Set<() => void>();

  /** Resolves with the first diagnostics published for `uri` that satisfy `accept`. */
  function waitForDiagnostics(uri: string, accept: (diagnostics: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const diagnostics = diagnosticsByUri.get(uri);
        if (diagnostics !== undefined && accept(diagnostics)) {
          clearTimeout(timer);
          diagnosticsListeners.delete(check);
          resolve(diagnostics);
        }
      };
      const timer = setTimeout(() => {
        diagnosticsListeners.delete(check);
        const last = JSON.stringify(diagnosticsByUri.get(uri) ?? 'none', null, 2);
        reject(
          new Error(`No matching diagnostics for ${uri}. Last published: ${last}\nServer stderr:\n${serverStderr}`),
        );
      }, TIMEOUT_MS - 5_000);
      diagnosticsListeners.add(check);
      check();
    });
  }

  /** Writes a real file and opens it in the server, as an editor does when the user opens it. */
  async function openDocument(name: string, lines: string[]): Promise<string> {
    const filePath = path.join(tmpDir, name);
    const text = lines.join('\n') + '\n';
    await writeFile(filePath, text);
    const uri = pathToFileURL(filePath).href;
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'yaml', version: 1, text },
    });
    return uri;
  }

  beforeAll(async () => {
    tmpDir = await mkdtemp(path.join(os.tmpdir(), 'bcp-yaml-ls-'));

    // The real server, started the way an editor starts it: `yaml-language-server --stdio`.
    server = spawn(
      process.execPath,
      [`--import=data:text/javascript,${encodeURIComponent(networkGuard)}`, serverBinPath(), '--stdio'],
      { stdio: ['pipe', 'pipe', 'pipe'] },
    );
    server.stderr?.setEncoding('utf8');
    server.stderr?.on('data', (chunk: string) => (serverStderr += chunk));

    connection = createProtocolConnection(
      new StreamMessageReader(server.stdout!),
      new StreamMessageWriter(server.stdin!),
    );

    // The server asks for settings by section (yaml, http, [yaml], editor), after `initialized`, after every
    // didChangeConfiguration and before validating each document. Only `yaml` matters here.
    connection.onRequest(ConfigurationRequest.type, (params) =>
      params.items.map((item) => (item.section === 'yaml' ? yamlSettings : null)),
    );
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      diagnosticsByUri.set(params.uri, params.diagnostics);
      for (const listener of [...diagnosticsListeners]) listener();
    });
    connection.listen();

    // Handshake: declare what this client supports. workspace.configuration makes the server pull settings from
    // us; snippetSupport is what editors declare, and changes the completion items the server builds. processId
    // lets the server exit by itself should this process die.
    const initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(tmpDir).href,
      workspaceFolders: null,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
        textDocument: {
          synchronization: { dynamicRegistration: false },
          completion: {
            completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] },
          },
          publishDiagnostics: { relatedInformation: true },
        },
      },
    });
    expect(initializeResult.capabilities.completionProvider).toBeDefined();

    // Tells the server the handshake is done; it then pulls its settings (answered above).
    await connection.sendNotification(InitializedNotification.type, {});
    // What an editor sends when settings change; makes the server pull and apply the settings again.
    await connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { yaml: yamlSettings } });
  }, TIMEOUT_MS);

  afterAll(async () => {
    // Normally the last test has shut the server down already; this only cleans up after a failure.
    if (server && server.exitCode === null && server.signalCode === null) {
      const exited = once(server, 'exit');
      server.kill('SIGKILL');
      await exited;
    }
    connection?.dispose();
    await rm(tmpDir, { recursive: true, force: true });
  }, TIMEOUT_MS);

  it(
    'reports a pattern error with our message on the line of an invalid duration',
    async () => {
      const rtoLine = 5; // 0-based, as in LSP
      const lines = [
        modeline,
        'scenarios:',
        '  - id: crm-outage',
        '    title: CRM is down',
        '    mtd: 1d',
        '    rto: four hours',
        '    rpo: 1d',
      ];
      expect(lines[rtoLine]).toBe('    rto: four hours');

      const uri = pathToFileURL(path.join(tmpDir, 'scenarios.yaml')).href;
      const published = waitForDiagnostics(uri, (diagnostics) => diagnostics.length > 0);
      await openDocument('scenarios.yaml', lines);
      const diagnostics = await published;

      const onRtoLine = diagnostics.filter((d) => d.range.start.line === rtoLine);
      expect(onRtoLine, JSON.stringify(diagnostics, null, 2)).toHaveLength(1);
      expect(onRtoLine[0]).toMatchObject({
        range: { start: { line: rtoLine }, end: { line: rtoLine } },
        message:
          'Write a duration as a number and a unit (30m, 4h, 2d or 1w), `tbc` when nobody knows yet, or `none` when it does not apply.',
        source: 'yaml-schema: Recovery time objective (RTO)', // the server names the property by its schema title
        data: { schemaUri: [pathToFileURL(schemaPath).href] },
      });
      // The only other problems are the required keys this short scenario leaves out. In particular, no
      // "schema is not valid" complaint about our draft-07 schema or its patternErrorMessage/examples keywords.
      for (const other of diagnostics.filter((d) => d !== onRtoLine[0])) {
        expect(other.message).toMatch(/^Missing property "\w+"\.$/);
      }
    },
    TIMEOUT_MS,
  );

  it(
    'completes scenario keys inside a scenario item',
    async () => {
      const cursorLine = 4; // 0-based: the indented empty line under the scenario's existing keys
      const lines = [modeline, 'scenarios:', '  - id: crm-outage', '    title: CRM is down', '    ', '    kind: other'];
      const uri = await openDocument('completion.yaml', lines);

      const result = (await connection.sendRequest(CompletionRequest.type, {
        textDocument: { uri },
        position: { line: cursorLine, character: 4 },
      })) as CompletionList | CompletionItem[] | null;
      const items = Array.isArray(result) ? result : (result?.items ?? []);
      // Besides one item per key, the server offers a snippet named after the object's title ("Scenario") that
      // fills in all missing required keys; only the key items matter here.
      const labels = items.filter((item) => item.kind === CompletionItemKind.Property).map((item) => item.label);

      expect(labels).toEqual(expect.arrayContaining(['rto', 'rpo', 'mtd', 'workaround', 'back_to_normal', 'lead']));
      // Keys already present are not offered again.
      expect(labels).not.toContain('id');
      expect(labels).not.toContain('kind');
      // Keys of other sections (the plan, an exercise, the document root) are not offered either.
      for (const foreign of ['organization', 'review_interval', 'facilitator', 'participants', 'plan', 'scenarios']) {
        expect(labels).not.toContain(foreign);
      }
      // In fact, exactly the scenario keys not yet written, straight from the schema.
      const schema = JSON.parse(await readFile(schemaPath, 'utf8')) as {
        definitions: { scenario: { properties: Record<string, unknown> } };
      };
      const expected = Object.keys(schema.definitions.scenario.properties).filter(
        (key) => !['id', 'title', 'kind'].includes(key),
      );
      expect([...labels].sort()).toEqual(expected.sort());
    },
    TIMEOUT_MS,
  );

  it(
    'offers tbc (not known yet) and none (does not apply) as values of an RPO, and tbc for a criticality',
    async () => {
      const valuesAt = async (file: string, lines: string[], line: number): Promise<string[]> => {
        const uri = await openDocument(file, lines);
        const result = (await connection.sendRequest(CompletionRequest.type, {
          textDocument: { uri },
          position: { line, character: lines[line]!.length },
        })) as CompletionList | CompletionItem[] | null;
        return (Array.isArray(result) ? result : (result?.items ?? [])).map((item) => item.label);
      };
      const rpo = await valuesAt('rpo.yaml', [modeline, 'scenarios:', '  - id: phones-down', '    rpo: '], 3);
      expect(rpo).toEqual(expect.arrayContaining(['tbc', 'none', '4h']));
      const criticality = await valuesAt(
        'criticality.yaml',
        [modeline, 'systems:', '  - id: till', '    criticality: '],
        3,
      );
      expect(criticality).toEqual(expect.arrayContaining(['critical', 'tbc']));
    },
    TIMEOUT_MS,
  );

  it(
    'needed no network and shuts down cleanly',
    async () => {
      // LSP shutdown: the request lets the server finish, the exit notification ends the process (code 0 only
      // after a shutdown request).
      const exited = once(server, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
      const [code, signal] = await exited;
      expect({ code, signal }).toEqual({ code: 0, signal: null });

      expect(serverStderr).not.toContain(NETWORK_MARKER);
    },
    TIMEOUT_MS,
  );
});
