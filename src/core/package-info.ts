import { readFileSync } from 'node:fs';
import { lazy } from './lazy.js';

/** bcp's own folder (where package.json, schemas/ and templates/ are), from src/ or lib/ alike. */
export const packageRoot = new URL('../../', import.meta.url);

/** bcp's package.json: its name, version and home page, for `--version`, SARIF and the build manifest. */
export const packageInfo = lazy(
  () =>
    JSON.parse(readFileSync(new URL('package.json', packageRoot), 'utf8')) as {
      name: string;
      version: string;
      homepage: string;
    },
);

/**
 * Where a file that ships in the package (a rule's docs page, the schema) is on the web, for the version that made
 * the report: the registry's CDN serves every published file, so the link matches the rules that ran.
 */
export function publishedUri(relative: string): string {
  const { name, version } = packageInfo();
  return `https://unpkg.com/${name}@${version}/${relative}`;
}
