/** The parts of the plan that have a place of their own on the site, by the prefix of their anchor. */
export type SiteKind = 'scenario' | 'template' | 'document' | 'form' | 'premises';

/**
 * Where a part of the plan is on the site, from a page `root` deep (`''` or `'../'`): a scenario has a page of
 * its own, the rest an anchor on their section's page. The binder links the same anchors (`<kind>-<id>`) inside
 * its one print document, so a cross-reference knows its target by kind and id alone.
 */
export function siteHref(kind: SiteKind, id: string, root: string): string {
  switch (kind) {
    case 'scenario':
      return `${root}scenarios/${fileStem(id)}.html`;
    case 'template':
      return `${root}communication.html#template-${id}`;
    case 'document':
      return `${root}documents.html#document-${id}`;
    case 'form':
      return `${root}forms.html#form-${id}`;
    case 'premises':
      return `${root}premises.html#premises-${id}`;
  }
}

/** `siteHref` for an anchor as the view writes it (`premises-main-office`); an anchor of no kind stays on the page. */
export function siteHrefOfAnchor(anchor: string, root: string): string {
  const [, kind, id = ''] = /^(scenario|template|document|form|premises)-(.*)$/.exec(anchor) ?? [];
  return kind ? siteHref(kind as SiteKind, id, root) : `#${anchor}`;
}

/** Ids are kebab-case once validated; anything else is made safe for a file name rather than trusted. */
export function fileStem(id: string): string {
  return /^[a-z0-9][a-z0-9-]*$/.test(id)
    ? id
    : id
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/^-+/, 'x-');
}
