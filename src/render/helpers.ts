import type HandlebarsNamespace from 'handlebars';
import { safeUrl, telUrl } from './safe-url.js';
import { siteHrefOfAnchor } from './site-hrefs.js';

type Handlebars = typeof HandlebarsNamespace;

/**
 * Template helpers. None returns unescaped plan data: values are escaped by Handlebars, and `url` lets only
 * http(s), mailto and tel through (Handlebars escapes HTML but not `javascript:` in an href).
 */
export function registerHelpers(handlebars: Handlebars): void {
  handlebars.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  handlebars.registerHelper('not', (a: unknown) => !a);
  handlebars.registerHelper('and', (...args: unknown[]) => args.slice(0, -1).every(Boolean));
  handlebars.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean));
  handlebars.registerHelper('gt', (a: number, b: number) => a > b);
  handlebars.registerHelper('inc', (n: number) => n + 1);
  handlebars.registerHelper('join', (list: unknown, separator: unknown) =>
    Array.isArray(list) ? list.join(typeof separator === 'string' ? separator : ', ') : '',
  );
  handlebars.registerHelper('plural', (count: number, singular: string, plural: unknown) =>
    count === 1 ? `${count} ${singular}` : `${count} ${typeof plural === 'string' ? plural : `${singular}s`}`,
  );
  handlebars.registerHelper('url', (url: unknown) => (typeof url === 'string' ? (safeUrl(url) ?? '#') : '#'));
  // A `tel:` link for a phone number that the view gives without one (a step owner's), or null: use with #if.
  handlebars.registerHelper('tel', (phone: unknown) => (typeof phone === 'string' ? (telUrl(phone) ?? null) : null));
  // An e-mail address or web address that may wrap only after `@` or `/` and before a dot, never mid-word.
  handlebars.registerHelper('wrapAddress', (text: unknown) => {
    const escaped = handlebars.escapeExpression(String(text ?? ''));
    return new handlebars.SafeString(escaped.replace(/(@|\/+)/g, '$1<wbr>').replace(/\./g, '<wbr>.'));
  });
  handlebars.registerHelper('siteHref', (anchor: unknown, root: unknown) =>
    siteHrefOfAnchor(String(anchor), String(root ?? '')),
  );
  handlebars.registerHelper('upper', (text: unknown) => String(text ?? '').toUpperCase());
  handlebars.registerHelper('capitalize', (text: unknown) => {
    const value = String(text ?? '');
    return value.charAt(0).toUpperCase() + value.slice(1);
  });
}
