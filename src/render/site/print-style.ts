import type { ViewModel } from '../view/view-model.js';

/**
 * The site's running header and footer on paper: `@page` margin boxes, which take only text written in the
 * stylesheet (Chromium has no `string-set` to copy it from the page). So the site gets a small stylesheet of its
 * own, `assets/site-print.css`, holding the plan's name, version and "valid until", linked with media="print".
 */
export function printStyle(meta: ViewModel['meta']): string {
  const plan = `${meta.organization}, ${meta.title}${meta.version ? `, version ${meta.version}` : ''}`;
  // Short, to fit beside the plan's name; the page's own footer says what has come due.
  const validity = meta.validUntil ? `Valid until ${meta.validUntil}` : 'Out of date: look for a newer copy';
  const classification = meta.classification ? `${meta.classification} · ` : '';
  return `/* Written by bcp for this plan: the running header and footer of a printed site page. */
@page {
  margin: 18mm 14mm 18mm;

  @top-left {
    content: ${cssString(plan)};
    font-size: 9pt;
    color: #4b5563;
    vertical-align: bottom;
  }

  @top-right {
    content: ${cssString(validity)};
    font-size: 9pt;
    font-weight: 700;
    color: ${meta.validUntil ? '#4b5563' : '#7f1d1d'};
    vertical-align: bottom;
  }

  @bottom-left {
    content: ${cssString(`${classification}Printed from the site generated ${meta.generated}${meta.commit ? `, commit ${meta.commit.short}` : ''}`)};
    font-size: 8.5pt;
    color: #4b5563;
    vertical-align: top;
  }

  @bottom-right {
    content: 'Page ' counter(page) ' of ' counter(pages);
    font-size: 9pt;
    color: #4b5563;
    vertical-align: top;
  }
}
`;
}

/**
 * A CSS string that holds any text safely: everything but plain letters, digits and a little punctuation
 * becomes a hex escape, so no quote, backslash, line break or comment in the plan can end the string.
 */
export function cssString(text: string): string {
  const escaped = [...text]
    .map((char) => (/^[\p{L}\p{N} ,.:()&-]$/u.test(char) ? char : `\\${char.codePointAt(0)!.toString(16)} `))
    .join('');
  return `"${escaped}"`;
}
