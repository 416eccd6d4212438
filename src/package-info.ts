import { readFileSync } from 'node:fs';

/** bcp's own folder (where package.json, schemas/ and templates/ are), from src/ or lib/ alike. */
export const packageRoot = new URL('../', import.meta.url);

/** bcp's package.json: its name, version and home page, for `--version`, SARIF and the build manifest. */
export const packageInfo = JSON.parse(readFileSync(new URL('package.json', packageRoot), 'utf8')) as {
  name: string;
  version: string;
  homepage?: string;
};
