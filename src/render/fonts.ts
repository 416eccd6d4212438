import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** The bundled typeface's files (woff2), from the installed package: nothing is fetched at build or print time. */
export function fontDir(): string {
  return path.join(path.dirname(require.resolve('@fontsource/atkinson-hyperlegible-next/package.json')), 'files');
}
