import { networkInterfaces } from 'node:os';

/**
 * Which `Host` headers and `Origin`s the preview server answers. A page on any web site can point a name it owns at
 * 127.0.0.1 (DNS rebinding) and then read the preview, with every name and phone number of the plan, as its own
 * origin; only the Host header tells such a request apart. webpack-dev-server and Vite close the hole the same way.
 */
export class HostCheck {
  private readonly names: Set<string>;

  constructor(
    host: string,
    private readonly port: number,
  ) {
    const names = ['localhost', '127.0.0.1', '[::1]', bracketed(host)];
    // Bound to every interface, the preview is reached by this machine's addresses (never by a name someone else
    // controls, which is the attack).
    if (host === '0.0.0.0' || host === '::') names.push(...localAddresses());
    this.names = new Set(names.map((name) => name.toLowerCase()));
  }

  /** Whether a request's `Host` header names this server: an allowed name and the port it listens on. */
  allowsHost(header: string | undefined): boolean {
    if (!header) return false;
    const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(header.trim().toLowerCase());
    if (!match) return false;
    const port = match[2] === undefined ? 80 : Number(match[2]);
    return this.names.has(match[1]!) && port === this.port;
  }

  /**
   * Whether an `Origin` may use the live-reload channel: none (the browser sends none for a same-origin GET, and
   * tools send none) or `http://` plus an allowed host.
   */
  allowsOrigin(origin: string | undefined): boolean {
    if (origin === undefined) return true;
    const match = /^http:\/\/(.+)$/i.exec(origin);
    return match !== null && this.allowsHost(match[1]);
  }
}

function bracketed(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

function localAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((address) => address !== undefined)
    .map((address) => bracketed(address.address));
}
