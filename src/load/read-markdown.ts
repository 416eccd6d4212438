import type { Stats } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Root } from 'mdast';
import { decodeUtf8 } from './decode-utf8.js';
import { formatSize, sizeLimits } from './size-limits.js';

/** A Markdown file that the plan points to, parsed so that later stages understand its code and links. */
export interface MarkdownFile {
  /** The path inside the plan folder, with `/` separators, as written in the plan. */
  relative: string;
  /** The path to show people. */
  path: string;
  text: string;
  /** Parsed on first use: validation only needs the file to exist, and lint reads only files that may name a tool. */
  readonly tree: Root;
}

export type MarkdownResult = { ok: true; file: MarkdownFile } | { ok: false; problem: string };

// GitHub-flavoured Markdown: procedures use tables and task lists.
const require = createRequire(import.meta.url);
let parser: { parse: (text: string) => Root } | undefined;

/**
 * remark, loaded when the first tree is asked for: `bcp validate` only needs the files to exist, and loading remark's
 * two hundred modules was a tenth of its start-up. The tree is read synchronously, so remark (ES modules without
 * top-level await) is loaded with require, which Node does from 20.19 (package.json's engines).
 */
function markdownParser(): { parse: (text: string) => Root } {
  if (parser) return parser;
  const { unified } = require('unified') as typeof import('unified');
  const remarkParse = (require('remark-parse') as typeof import('remark-parse')).default;
  const remarkGfm = (require('remark-gfm') as typeof import('remark-gfm')).default;
  parser = unified().use(remarkParse).use(remarkGfm);
  return parser;
}

/** Reads a Markdown file named in the plan, refusing paths that leave the plan folder (also through symlinks). */
export async function readMarkdown(planDir: string, relative: string): Promise<MarkdownResult> {
  if (path.isAbsolute(relative) || relative.includes('\\')) {
    return { ok: false, problem: 'is not a path relative to the plan folder; write it like procedures/crm-outage.md' };
  }
  const filePath = path.join(planDir, relative);
  if (!isInside(path.resolve(planDir), path.resolve(filePath))) {
    return { ok: false, problem: 'points outside the plan folder; keep procedures inside it' };
  }
  const info = await stat(filePath).catch(() => undefined);
  if (!info) return { ok: false, problem: 'does not exist in the plan folder' };
  if (!info.isFile()) return { ok: false, problem: notAFile(info) };
  const limit = sizeLimits().file;
  if (info.size > limit) {
    return {
      ok: false,
      problem: `is ${formatSize(info.size)}, larger than the limit of ${formatSize(limit)} for one plan file; split it, or raise the limit with BCP_MAX_FILE_SIZE`,
    };
  }
  if (!isInside(await realpath(planDir), await realpath(filePath))) {
    return { ok: false, problem: 'is a link to a file outside the plan folder; keep procedures inside it' };
  }
  const decoded = decodeUtf8(await readFile(filePath));
  if (!decoded.ok) return { ok: false, problem: `is not UTF-8 (line ${decoded.position.line}); save it as UTF-8` };
  // Line ends as written on Windows: remark keeps the carriage return in the text, and it ended up in the site's HTML.
  const text = decoded.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return { ok: true, file: markdownFile(relative, filePath, text) };
}

/** A Markdown file whose syntax tree is made when something first asks for it, then kept. */
export function markdownFile(relative: string, filePath: string, text: string): MarkdownFile {
  let tree: Root | undefined;
  return {
    relative,
    path: filePath,
    text,
    get tree(): Root {
      tree ??= markdownParser().parse(text);
      return tree;
    },
  };
}

/** Read as a procedure, a FIFO would wait for a writer for ever and a folder would fail: each is named instead. */
function notAFile(info: Stats): string {
  if (info.isDirectory()) return 'is a folder, not a Markdown file; name the .md file inside it';
  const kind = info.isFIFO() ? 'a FIFO (named pipe)' : info.isSocket() ? 'a socket' : 'a device';
  return `is ${kind}, not a Markdown file; put the procedure in a regular .md file`;
}

function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
