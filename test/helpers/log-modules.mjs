// Preloaded with `node --import` by test/cli/start-up.test.ts: writes `loaded <url>` to stderr for every module the
// process loads: ES modules (and ES modules loaded with require) as they load, CommonJS ones when it exits.
import { createRequire, register } from 'node:module';
import { pathToFileURL } from 'node:url';

const hooks = `export async function load(url, context, next) {
  process.stderr.write('loaded ' + url + '\\n');
  return next(url, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);

const { cache } = createRequire(import.meta.url);
process.on('exit', () => {
  for (const file of Object.keys(cache)) process.stderr.write(`loaded ${pathToFileURL(file).href}\n`);
});
