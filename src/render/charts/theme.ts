/** The typeface the site and the binder load, then the reader's own sans-serif. */
export const FONT_FAMILY = "'Atkinson Hyperlegible Next', sans-serif";

/** Calm, high-contrast ink for print and screen: text near black, rules grey. */
export const INK = { text: '#1a1a1a', muted: '#4d4d4d', rule: '#8c8c8c', grid: '#e0e0e0' } as const;

/** One colour per exercise type, from the colour-blind-safe Okabe–Ito set, darkened to stand out on white paper. */
export const EXERCISE_COLOURS = { tabletop: '#0072b2', functional: '#00806a', 'full-scale': '#a3478a' } as const;

export const FONT_SIZE = { title: 17, subtitle: 13, label: 13, small: 12 } as const;

/** Shared vega-lite config: the bundled font, readable sizes, no label truncation, no per-mark ARIA (the SVG is one image). */
export const vegaLiteConfig = {
  font: FONT_FAMILY,
  background: 'white',
  padding: 12,
  aria: false,
  view: { stroke: null },
  title: {
    anchor: 'start',
    fontSize: FONT_SIZE.title,
    fontWeight: 'bold',
    color: INK.text,
    subtitleFontSize: FONT_SIZE.subtitle,
    subtitleColor: INK.muted,
    subtitlePadding: 6,
    offset: 14,
    limit: 0,
  },
  axis: {
    labelFontSize: FONT_SIZE.small,
    titleFontSize: FONT_SIZE.small,
    labelColor: INK.text,
    titleColor: INK.text,
    domainColor: INK.rule,
    tickColor: INK.rule,
    gridColor: INK.grid,
    labelLimit: 0,
    titleLimit: 0,
  },
  legend: {
    labelFontSize: FONT_SIZE.small,
    titleFontSize: FONT_SIZE.small,
    labelColor: INK.text,
    labelLimit: 0,
    titleLimit: 0,
    symbolStrokeWidth: 2,
  },
  text: { fontSize: FONT_SIZE.label, color: INK.text, lineHeight: 17 },
} as const;
