import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Document, LineCounter } from 'yaml';
import type { Diagnostic } from '../core/diagnostic.js';
import { fsProblem } from '../fs/fs-problem.js';
import { decodeUtf8 } from './decode-utf8.js';
import { PlanLoadError } from './load-error.js';
import { parseYaml } from './parse-yaml.js';

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

export async function readPlanFile(planDir: string, relative: string): Promise<PlanFile> {
  const filePath = path.join(planDir, relative);
  const bytes = await readFile(filePath).catch((error: unknown) => {
    throw new PlanLoadError(fsProblem(error) ?? `cannot read \`${filePath}\`: ${(error as Error).message}`);
  });
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    const hex = decoded.byte.toString(16).toUpperCase().padStart(2, '0');
    const message = `this file is not UTF-8 (byte 0x${hex}); save it as UTF-8 in your editor`;
    const diagnostic: Diagnostic = {
      ruleId: 'encoding',
      severity: 'error',
      message,
      file: filePath,
      ...decoded.position,
    };
    return {
      ...parseYaml(filePath, ''),
      path: filePath,
      relative,
      text: '',
      data: undefined,
      diagnostics: [diagnostic],
    };
  }
  const text = decoded.text.replace(/^\uFEFF/, '');
  const parsed = parseCached(filePath, text);
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
  const data = diagnostics.length === 0 ? parsed.doc.toJS({ maxAliasCount: 0 }) : undefined;
  return { ...parsed, path: filePath, relative, text, data, diagnostics };
}

/**
 * The last parse of each file, reused while its text is unchanged: `bcp watch` reloads the whole plan on every
 * save, and parsing the files that did not change is most of a rebuild of a large plan. Only the parse is kept;
 * the plain data is made anew each time, so nothing downstream can change what the next load sees.
 */
const lastParse = new Map<string, { text: string; parsed: ReturnType<typeof parseYaml> }>();
const LAST_PARSE_LIMIT = 5_000;

function parseCached(filePath: string, text: string): ReturnType<typeof parseYaml> {
  const last = lastParse.get(filePath);
  if (last?.text === text) return last.parsed;
  const parsed = parseYaml(filePath, text);
  if (lastParse.size >= LAST_PARSE_LIMIT) lastParse.clear();
  lastParse.set(filePath, { text, parsed });
  return parsed;
}
