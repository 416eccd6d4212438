import path from 'node:path';
import { fileURLToPath } from 'node:url';

const FONT_URL = /url\(\s*["']?(file:[^"')\s]+\.(?:woff2?|ttf|otf))["']?\s*\)/gi;

/**
 * Decides which requests the print may make: `data:` URLs, files in the print HTML's own folder, and the font
 * files its `@font-face` rules name. Everything else (the network above all) is blocked.
 */
export function requestGuard(htmlFile: string, html: string): (url: string) => boolean {
  const folder = path.dirname(path.resolve(htmlFile));
  const fonts = new Set([...html.matchAll(FONT_URL)].flatMap((match) => filePath(match[1] ?? '') ?? []));
  return (url) => {
    if (url.startsWith('data:')) return true;
    const file = filePath(url);
    if (!file) return false;
    return fonts.has(file) || file.startsWith(folder + path.sep);
  };
}

function filePath(url: string): string | undefined {
  if (!url.startsWith('file:')) return undefined;
  try {
    return path.resolve(fileURLToPath(url.replace(/[?#].*$/, '')));
  } catch {
    return undefined;
  }
}
