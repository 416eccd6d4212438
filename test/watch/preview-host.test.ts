import { request } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { networkInterfaces, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HostCheck } from '../../src/watch/host-check.js';
import { PreviewServer } from '../../src/watch/preview-server.js';

/** A real HTTP GET with the headers a browser (or an attacker's page after DNS rebinding) would send. */
function get(
  port: number,
  pathname: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: pathname, headers }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => {
        body += chunk.toString();
        // The event stream stays open: its first bytes are enough.
        if (response.headers['content-type'] === 'text/event-stream') response.destroy();
      });
      response.on('close', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the preview server answers only the hosts it serves', () => {
  let dir: string;
  let server: PreviewServer;
  let port: number;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'bcp-preview-host-'));
    await mkdir(path.join(dir, 'site'));
    await writeFile(path.join(dir, 'site', 'index.html'), '<html><body>Call Eleanor on +61 491 570 156</body></html>');
    server = new PreviewServer(dir, { host: '127.0.0.1', port: 0 });
    port = Number(new URL(await server.start()).port);
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it.each(['127.0.0.1', 'localhost', 'LOCALHOST', '[::1]'])(
    'serves the plan to Host %s with its port',
    async (host) => {
      const response = await get(port, '/', { host: `${host}:${port}` });
      expect(response.status).toBe(200);
      expect(response.body).toContain('Eleanor');
    },
  );

  it.each([
    ['a rebound name', (p: number) => `evil.example:${p}`],
    ['localhost on another port', (p: number) => `localhost:${p + 1}`],
    ['a name that starts like localhost', (p: number) => `localhost.evil.example:${p}`],
    ['no port', () => 'localhost'],
  ])('answers 403 to %s, without the plan', async (_, host) => {
    const response = await get(port, '/', { host: host(port) });
    expect(response.status).toBe(403);
    expect(response.body).not.toContain('Eleanor');
  });

  it('opens the live-reload channel to its own origin only', async () => {
    const own = await get(port, '/__bcp/events', { host: `localhost:${port}`, origin: `http://localhost:${port}` });
    expect(own.status).toBe(200);
    const none = await get(port, '/__bcp/events', { host: `localhost:${port}` });
    expect(none.status).toBe(200);
    const other = await get(port, '/__bcp/events', { host: `localhost:${port}`, origin: 'http://evil.example' });
    expect(other.status).toBe(403);
  });
});

describe('HostCheck', () => {
  it('accepts the --host given, and on 0.0.0.0 this machine’s own addresses, but never another name', () => {
    const named = new HostCheck('preview.lan', 4000);
    expect(named.allowsHost('preview.lan:4000')).toBe(true);
    expect(named.allowsHost('evil.example:4000')).toBe(false);
    const everywhere = new HostCheck('0.0.0.0', 4000);
    const own = Object.values(networkInterfaces())
      .flat()
      .find((address) => address?.family === 'IPv4');
    if (own) expect(everywhere.allowsHost(`${own.address}:4000`)).toBe(true);
    expect(everywhere.allowsHost('evil.example:4000')).toBe(false);
    expect(new HostCheck('::1', 80).allowsHost('[::1]')).toBe(true);
  });
});
