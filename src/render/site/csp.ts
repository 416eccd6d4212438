import { createHash } from 'node:crypto';
import Handlebars from 'handlebars';

/** A script the site inlines, with the hash its page's CSP allows. */
export interface InlineScript {
  code: Handlebars.SafeString;
  hash: string;
}

/**
 * Scripts are inlined and allowed by hash. Chromium blocks an external script with an `integrity` attribute
 * when the page is opened from file:// (SRI needs a CORS request, and file:// has none), so the "hash an
 * external file" form of CSP does not work for a site on a USB stick; an inline script's hash does.
 */
export function inlineScript(code: string): InlineScript {
  if (/<\/script|<!--/i.test(code)) throw new Error('an inline script must not contain </script or <!--');
  return {
    code: new Handlebars.SafeString(code),
    hash: `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`,
  };
}

/**
 * The page's policy: nothing by default; styles, fonts and images from the site's own files ('self', which
 * Chromium matches against file:// too); images also from data:; scripts only by hash; forms only to the site.
 */
export function contentSecurityPolicy(scripts: InlineScript[]): string {
  return [
    "default-src 'none'",
    `script-src ${scripts.length > 0 ? scripts.map((s) => s.hash).join(' ') : "'none'"}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
  ].join('; ');
}

/** Every `<script>` in the page must be one of ours, byte for byte, or its hash would not match. */
export function assertOnlyOurScripts(html: string, scripts: InlineScript[], page: string): void {
  const ours = new Set(scripts.map((s) => s.code.toString()));
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (match[1]?.trim() || !ours.has(match[2] ?? '')) {
      throw new Error(`${page}: a <script> that the site did not put there, or that a template changed`);
    }
  }
}
