import Handlebars from 'handlebars';

export interface ChartLabel {
  /** Kebab-case name of the chart: its CSS class and the prefix of every id inside it. */
  name: string;
  /** What the chart is: its accessible name and tooltip. */
  title: string;
  /** What it shows, in words, for people who cannot see it. */
  description: string;
  /** Prefix of the ids inside it when several drawings of one chart share a page; `bcp-<name>-` when left out. */
  idPrefix?: string;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for SVG content or a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/**
 * An SVG from vega or Graphviz made fit to sit inline in a page: no prolog, DOCTYPE or comments; one accessible
 * image with a title and a description; ids prefixed so that two charts on one page cannot point at each other's
 * clip paths; scaled down to the column it sits in. Throws when anything active or external got through.
 */
export function inlineSvg(svg: string, label: ChartLabel): Handlebars.SafeString {
  const body = svg
    .replace(/<\?xml[\s\S]*?\?>/g, '')
    .replace(/<!DOCTYPE[^>]*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .trim();
  const open = /^<svg\b[^>]*>/.exec(body);
  if (!open || !body.endsWith('</svg>'))
    throw new Error(`${label.name}: the renderer did not return one <svg> element`);
  const viewBox = /\sviewBox="([^"]+)"/.exec(open[0])?.[1];
  const size = viewBox
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  if (!size || size.length !== 4 || size.some((n) => !Number.isFinite(n))) throw new Error(`${label.name}: no viewBox`);
  const [width, height] = [size[2] ?? 0, size[3] ?? 0].map((n) => Math.ceil(n));
  const inner = prefixIds(body.slice(open[0].length, -'</svg>'.length), label.idPrefix ?? `bcp-${label.name}-`)
    .replace(/<title>[\s\S]*?<\/title>/g, '')
    .replace(/\s(?:role|aria-[a-z]+)="[^"]*"/g, '');
  const root =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${size.join(' ')}"` +
    ` role="img" aria-label="${escapeXml(label.title)}" class="chart chart-${label.name}"` +
    ` style="max-width:100%;height:auto;overflow:visible">`;
  const result = `${root}<title>${escapeXml(label.title)}</title><desc>${escapeXml(label.description)}</desc>${inner.trim()}</svg>`;
  assertInert(result, label.name);
  return new Handlebars.SafeString(result);
}

function prefixIds(svg: string, prefix: string): string {
  return svg
    .replace(/\sid="([^"]+)"/g, (_, id: string) => ` id="${prefix}${id}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${prefix}${id})`)
    .replace(/(\s(?:xlink:)?href)="#([^"]+)"/g, (_, attribute: string, id: string) => `${attribute}="#${prefix}${id}"`);
}

/** Elements and attributes that could run code or fetch something; none of our charts needs any of them. */
const ACTIVE =
  /<(?:script|foreignObject|iframe|image|use|a|style|animate|set)\b|\son[a-z]+\s*=|\s(?:xlink:)?href\s*=|javascript:|url\((?!#)|@import/i;

function assertInert(svg: string, name: string): void {
  // Plan text lives in text nodes and aria-labels, escaped: "javascript:" in a system's name is words, not a link.
  const markup = svg.replace(/>[^<]*</g, '><').replace(/\saria-label="[^"]*"/g, '');
  const found = ACTIVE.exec(markup);
  if (found) throw new Error(`${name}: the chart would contain ${JSON.stringify(found[0])}`);
}
