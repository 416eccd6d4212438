import type Handlebars from 'handlebars';

/** Text in a printed chart smaller than this cannot be read at arm's length (issue 12: labels came out at 6 pt). */
export const MIN_CHART_PT = 8;

/** The width and height a chart may take on the page, in CSS pixels (96 to the inch): A4 or Letter less margins. */
const PAGE_BOX = {
  a4: { width: (180 / 25.4) * 96, height: (250 / 25.4) * 96 },
  letter: { width: (186 / 25.4) * 96, height: (234 / 25.4) * 96 },
} as const;

/**
 * Whether a chart prints readably: scaled down to the page's width (never up), its smallest text must be at
 * least 8 pt and the whole chart must fit on one page. A chart that fails is left to the site, where it can be
 * zoomed, rather than printed too small to read or cut across two pages.
 */
export function fitsPrint(svg: Handlebars.SafeString, paper: 'a4' | 'letter'): boolean {
  const text = svg.toString();
  const open = /<svg\b[^>]*>/.exec(text)?.[0] ?? '';
  // Its size as drawn; without width and height, a viewBox is what it scales from.
  const box4 = /\sviewBox="[\d.-]+[\s,]+[\d.-]+[\s,]+([\d.]+)[\s,]+([\d.]+)"/.exec(open);
  const width = Number(/\swidth="([\d.]+)"/.exec(open)?.[1] ?? box4?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(open)?.[1] ?? box4?.[2]);
  if (!(width > 0 && height > 0)) return false;
  const sizes = [...text.matchAll(/font-size(?:="|:\s*)([\d.]+)/g)].map((match) => Number(match[1]));
  const smallest = sizes.length > 0 ? Math.min(...sizes) : 12;
  const box = PAGE_BOX[paper];
  const scale = Math.min(1, box.width / width);
  return smallest * 0.75 * scale >= MIN_CHART_PT && height * scale <= box.height;
}
