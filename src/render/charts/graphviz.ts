import { Graphviz } from '@hpcc-js/wasm-graphviz';

let loaded: Promise<Graphviz> | undefined;

/** Graphviz compiled to WebAssembly, instantiated once per process: compiling the module is the slow part. */
export function graphviz(): Promise<Graphviz> {
  loaded ??= Graphviz.load().catch((error: unknown) => {
    loaded = undefined;
    throw error;
  });
  return loaded;
}

/**
 * A DOT label (a double-quoted string) that shows each of `lines` exactly as written, on lines of its own. In DOT only
 * `\"` is an escape, but a label is then read as an escString, where `\N`, `\G`, `\l` and friends mean something,
 * and its HTML entities are decoded: doubling every backslash and writing `&` as `&amp;` keeps both as written.
 */
export function dotLabel(...lines: string[]): string {
  const escaped = lines.map((line) =>
    line
      .replace(/&/g, '&amp;')
      .replace(/\\/g, '\\\\')
      .replace(/"/g, '\\"')
      .replace(/[\r\n\t\v\f]+/g, ' '),
  );
  return `"${escaped.join('\\n')}"`;
}
