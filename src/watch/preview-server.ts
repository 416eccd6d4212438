import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Diagnostic } from '../core/diagnostic.js';
import { HostCheck } from './host-check.js';
import { allowLiveReload, LIVE_RELOAD_SCRIPT } from './live-reload.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
};

export type OverlayProblem = Pick<Diagnostic, 'file' | 'line' | 'column' | 'message' | 'ruleId'>;

/**
 * Serves the build output on localhost only, and tells open pages when to reload or what is wrong. It serves
 * `<out>/site` at `/` and `<out>/binder.pdf`, nothing else: no file outside the build can be reached.
 */
export class PreviewServer {
  private server: Server | undefined;
  private clients = new Set<ServerResponse>();
  private problems: OverlayProblem[] = [];
  private hosts: HostCheck | undefined;

  constructor(
    private readonly out: string,
    private readonly options: { host?: string; port?: number } = {},
  ) {}

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      this.handle(request, response).catch(() => send(response, 500, 'text/plain', 'preview server error'));
    });
    const server = this.server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.options.port ?? 0, this.options.host ?? '127.0.0.1', resolve);
    });
    const { address, port } = server.address() as AddressInfo;
    this.hosts = new HostCheck(this.options.host ?? '127.0.0.1', port);
    return `http://${address.includes(':') ? `[${address}]` : address}:${port}/`;
  }

  /** After a good rebuild: clear the overlay and reload open pages. */
  reload(): void {
    this.problems = [];
    this.broadcast('ok', '{}');
    this.broadcast('reload', '{}');
  }

  /** After a bad edit: keep the pages as they are and show what is wrong on top of them. */
  showProblems(problems: OverlayProblem[]): void {
    this.problems = problems;
    this.broadcast('problems', JSON.stringify(problems));
  }

  async close(): Promise<void> {
    for (const client of this.clients) client.end();
    this.clients.clear();
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private broadcast(event: string, data: string): void {
    for (const client of this.clients) client.write(`event: ${event}\ndata: ${data}\n\n`);
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!this.hosts?.allowsHost(request.headers.host)) {
      return send(
        response,
        403,
        'text/plain',
        'bcp preview: this server answers only to localhost and its own address',
      );
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain', 'read only');
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://preview').pathname);
    if (pathname === '/__bcp/events') {
      if (!this.hosts.allowsOrigin(request.headers.origin))
        return send(response, 403, 'text/plain', 'bcp preview: other origin');
      return this.subscribe(response);
    }
    if (pathname === '/__bcp/live.js') return send(response, 200, TYPES['.js'] ?? '', LIVE_RELOAD_SCRIPT);
    const file = this.fileFor(pathname);
    const body = file ? await readFile(file).catch(() => undefined) : undefined;
    if (!file || !body) return send(response, 404, 'text/plain', 'not found in the build output');
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    send(response, 200, type, type.startsWith('text/html') ? allowLiveReload(body.toString('utf8')) : body);
  }

  /** The build file for a URL path, or undefined for anything outside the build output. */
  private fileFor(pathname: string): string | undefined {
    if (pathname.includes('\0')) return undefined;
    if (pathname === '/binder.pdf') return path.join(this.out, 'binder.pdf');
    const site = path.resolve(this.out, 'site');
    const file = path.resolve(site, `.${pathname.endsWith('/') ? `${pathname}index.html` : pathname}`);
    return file.startsWith(`${site}${path.sep}`) ? file : undefined;
  }

  private subscribe(response: ServerResponse): void {
    response.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    response.write(': connected\n\n');
    if (this.problems.length > 0) response.write(`event: problems\ndata: ${JSON.stringify(this.problems)}\n\n`);
    this.clients.add(response);
    response.on('close', () => this.clients.delete(response));
  }
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  if (response.headersSent) return void response.end();
  response.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(body);
}
