/**
 * The large libraries that `build` and `watch` load, imported one after another. Node's ESM loader opens every file
 * of a module graph at once; all of bcp's together (vega alone is hundreds of files) ran out of open files under
 * `ulimit -n 128` and crashed with a misleading "Cannot find package". One library at a time stays far below it,
 * and costs no measurable time at the usual limits.
 */
const HEAVY = ['vega', 'vega-lite', 'unified', 'remark-parse', 'remark-gfm', 'remark-rehype', 'rehype-sanitize'];

export async function preloadOneByOne(): Promise<void> {
  for (const name of HEAVY) await import(name);
}
