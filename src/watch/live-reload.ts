/**
 * The script the preview server adds to every page: reload after a rebuild, and show the plan's problems in an
 * overlay on the last good page. Plain DOM with textContent only, so a message can never become markup.
 */
export const LIVE_RELOAD_SCRIPT = `(() => {
  const events = new EventSource('/__bcp/events');
  const overlayId = 'bcp-problems';
  const clear = () => document.getElementById(overlayId)?.remove();
  const show = (problems) => {
    clear();
    const box = document.createElement('section');
    box.id = overlayId;
    box.setAttribute('role', 'alert');
    box.style.cssText = 'position:fixed;inset:auto 1rem 1rem 1rem;max-height:60vh;overflow:auto;z-index:2147483647;' +
      'background:#fff;color:#111;border:3px solid #b00020;border-radius:8px;padding:1rem;' +
      'font:15px/1.4 system-ui,sans-serif;box-shadow:0 4px 24px rgba(0,0,0,.3)';
    const title = document.createElement('h2');
    title.style.cssText = 'margin:0 0 .5rem;font-size:18px;color:#b00020';
    title.textContent = 'The plan has ' + problems.length + ' problem' + (problems.length === 1 ? '' : 's') +
      ': showing the last good build';
    box.append(title);
    const list = document.createElement('ul');
    list.style.cssText = 'margin:0;padding-left:1.2rem';
    for (const p of problems) {
      const item = document.createElement('li');
      const where = document.createElement('code');
      where.textContent = p.file + ':' + p.line + ':' + p.column;
      item.append(where, ' ' + p.message + ' (' + p.ruleId + ')');
      list.append(item);
    }
    box.append(list);
    document.body.append(box);
  };
  events.addEventListener('reload', () => location.reload());
  events.addEventListener('problems', (event) => show(JSON.parse(event.data)));
  events.addEventListener('ok', clear);
})();
`;

/** Lets the live-reload script run under the page's own Content-Security-Policy, for the preview only. */
export function allowLiveReload(html: string): string {
  const withCsp = html.replace(
    /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/i,
    (_, open: string, policy: string, close: string) => `${open}${widenPolicy(policy)}${close}`,
  );
  const tag = '<script src="/__bcp/live.js"></script>';
  return withCsp.includes('</body>') ? withCsp.replace('</body>', `${tag}</body>`) : `${withCsp}${tag}`;
}

function widenPolicy(policy: string): string {
  const directives = policy
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);
  const add = (name: string): void => {
    const index = directives.findIndex((d) => d.split(/\s+/)[0] === name);
    if (index < 0) directives.push(`${name} 'self'`);
    else if (!directives[index]?.includes("'self'")) directives[index] = `${directives[index]} 'self'`;
  };
  add('script-src');
  add('connect-src');
  return directives.join('; ');
}
