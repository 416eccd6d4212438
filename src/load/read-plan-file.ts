import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Document, LineCounter } from 'yaml';
import type { Diagnostic } from '../core/diagnostic.js';
import { fsProblem } from '../fs/fs-problem.js';
import { decodeUtf8 } from './decode-utf8.js';
import { PlanLoadError } from './load-error.js';
import { eachFile } from '../fs/each-file.js';
import { LastByFile } from '../core/bounded-cache.js';
import { parseYamlFiles, workersFor, type ParsedFile } from './parse-in-workers.js';
import { parseYaml, type ParsedYaml } from './parse-yaml.js';

/** One YAML file of the plan, with what is needed to point at any of its values. */
export interface PlanFile {
  /** The path to show people: the plan folder joined with `relative`. */
  path: string;
  /** The path inside the plan folder, with `/` separators. */
  relative: string;
  text: string;
  doc: Document;
  lineCounter: LineCounter;
  /** The file's content as plain data; undefined when the file could not be parsed. */
  data: unknown;
  diagnostics: Diagnostic[];
}

/**
 * Reads and parses the plan's YAML files, in worker threads when there is a lot of YAML (see `workersFor`); the
 * result is the same either way. `workers` overrides how many (the tests compare both ways).
 */
export async function readPlanFiles(
  planDir: string,
  relatives: readonly string[],
  workers?: number,
): Promise<PlanFile[]> {
  const read = await eachFile(relatives, (relative) => readText(planDir, relative));
  const texts = read.flatMap((file) => (typeof file.text === 'string' ? [file.text] : []));
  const toParse = read.flatMap((file) =>
    typeof file.text === 'string' && lastParse.get(file.path, file.text) === undefined
      ? [{ file: file.path, text: file.text }]
      : [],
  );
  const parsed = await parseYamlFiles(toParse, workers ?? workersFor(texts));
  const fresh = new Map(parsed.map((result, i) => [toParse[i]!.file, result]));
  return read.map((file) => {
    if (typeof file.text !== 'string') return unreadable(file.path, file.relative, file.problem);
    const result = fresh.get(file.path);
    if (result) remember(file.path, file.text, result);
    return planFile(file.path, file.relative, file.text, result ?? parseCached(file.path, file.text));
  });
}

type ReadText =
  | { path: string; relative: string; text: string; problem?: undefined }
  | { path: string; relative: string; text?: undefined; problem: Diagnostic };

async function readText(planDir: string, relative: string): Promise<ReadText> {
  const filePath = path.join(planDir, relative);
  const bytes = await readFile(filePath).catch((error: unknown) => {
    throw new PlanLoadError(fsProblem(error) ?? `cannot read \`${filePath}\`: ${(error as Error).message}`);
  });
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    const hex = decoded.byte.toString(16).toUpperCase().padStart(2, '0');
    const message = `this file is not UTF-8 (byte 0x${hex}); save it as UTF-8 in your editor`;
    const problem: Diagnostic = { ruleId: 'encoding', severity: 'error', message, file: filePath, ...decoded.position };
    return { path: filePath, relative, problem };
  }
  return { path: filePath, relative, text: decoded.text.replace(/^\uFEFF/, '') };
}

function unreadable(filePath: string, relative: string, problem: Diagnostic): PlanFile {
  return { ...parseYaml(filePath, ''), path: filePath, relative, text: '', data: undefined, diagnostics: [problem] };
}

function planFile(filePath: string, relative: string, text: string, parsed: ParsedFile): PlanFile {
  const diagnostics = parsed.diagnostics.map((d) => ({ ...d }));
  if (diagnostics.length === 0 && parsed.doc.contents === null) {
    diagnostics.push({
      ruleId: 'yaml',
      severity: 'error',
      message: 'this file is empty; add a section such as `scenarios:`, or delete the file',
      file: filePath,
      line: 1,
      column: 1,
    });
  }
  // A worker hands over the data it made from the parse once; a parse kept from before is turned into data anew.
  const data = diagnostics.length === 0 ? (parsed.data ?? parsed.doc.toJS({ maxAliasCount: 0 })) : undefined;
  const { doc, lineCounter } = parsed;
  return { doc, lineCounter, path: filePath, relative, text, data, diagnostics };
}

/**
 * The last parse of each file, reused while its text is unchanged: `bcp watch` reloads the whole plan on every
 * save, and parsing the files that did not change is most of a rebuild of a large plan. Only the parse is kept;
 * the plain data is made anew each time, so nothing downstream can change what the next load sees.
 */
const lastParse = new LastByFile<ParsedYaml>();

function parseCached(filePath: string, text: string): ParsedYaml {
  return lastParse.getOrMake(filePath, text, () => parseYaml(filePath, text));
}

function remember(filePath: string, text: string, { doc, lineCounter, diagnostics }: ParsedYaml): void {
  lastParse.set(filePath, text, { doc, lineCounter, diagnostics });
}
