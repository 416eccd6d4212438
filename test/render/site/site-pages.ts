import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** The HTML pages among the files a render wrote. */
export function htmlPages(files: string[]): string[] {
  return files.filter((file) => file.endsWith('.html'));
}

export async function readPage(siteDir: string, file: string): Promise<string> {
  return readFile(path.join(siteDir, ...file.split('/')), 'utf8');
}

/** Every `href` and `src` attribute value in a page, entities decoded as a browser would. */
export function linksOf(html: string): { attribute: string; value: string }[] {
  return [...html.matchAll(/\s(href|src)="([^"]*)"/g)].map((match) => ({
    attribute: match[1] ?? '',
    value: decodeAttribute(match[2] ?? ''),
  }));
}

/** Ids defined in a page. */
export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1] ?? ''));
}

export function titleOf(html: string): string {
  return decodeAttribute(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '');
}

/** Undoes the escaping Handlebars and rehype apply (`&amp;`, `&#x27;`, `&#x3D;`, ...). */
export function decodeAttribute(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#([0-9]+);/g, (_, dec: string) => String.fromCodePoint(parseInt(dec, 10)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * Links that lead nowhere: a relative link to a file that does not exist, or to an anchor its page lacks, or
 * one that leaves dist/ (the site and the binder beside it). Absolute paths and other schemes count too.
 */
export async function brokenLinks(siteDir: string, files: string[]): Promise<string[]> {
  const dist = path.dirname(siteDir);
  const broken: string[] = [];
  for (const file of htmlPages(files)) {
    const html = await readPage(siteDir, file);
    for (const { value } of linksOf(html)) {
      if (/^(https?:|mailto:|tel:)/.test(value)) continue;
      const [target = '', fragment] = value.split('#');
      const targetFile = target
        ? path.resolve(path.dirname(path.join(siteDir, file)), target.split('?')[0]!)
        : path.join(siteDir, file);
      const ok =
        !/^([a-z][a-z0-9+.-]*:|\/)/i.test(value) &&
        targetFile.startsWith(dist + path.sep) &&
        existsSync(targetFile) &&
        (!fragment || !targetFile.endsWith('.html') || idsOf(await readFile(targetFile, 'utf8')).has(fragment));
      if (!ok) broken.push(`${file}: ${value}`);
    }
  }
  return broken;
}
