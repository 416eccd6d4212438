import type { Diagnostic, Position } from '../core/diagnostic.js';
import type { PlanData } from '../core/plan.generated.js';
import { describe } from '../core/nouns.js';
import { fieldsUsing, valuesAt } from '../core/plan-schema.js';
import { readPlanFolder } from './find-plan-files.js';
import { locate, type Anchor } from '../core/locate.js';
import { mergeSections, type MergedPlan } from './merge-sections.js';
import { formatPath, type PlanPath } from '../core/plan-path.js';
import { readMarkdown, type MarkdownFile } from './read-markdown.js';
import { readPlanFiles, type PlanFile } from './read-plan-file.js';
import { lazy } from '../core/lazy.js';

/** Where a value of the merged plan is written: its file, line and column. */
export interface SourceLocation extends Position {
  file: string;
}

/** A plan folder read into memory: its files, the merged plan, its Markdown, and a way back to the source. */
export interface LoadedPlan {
  dir: string;
  files: PlanFile[];
  data: PlanData;
  markdown: Map<string, MarkdownFile>;
  /** Problems found while reading: YAML syntax, encoding, sections written twice, missing Markdown files. */
  diagnostics: Diagnostic[];
  /** Points at the value at `path` in the merged plan (or at its nearest ancestor when it is missing). */
  locate(path: PlanPath, anchor?: Anchor): SourceLocation;
}

/**
 * Reads a plan folder. Throws PlanLoadError only when the folder or a file cannot be read at all. `yamlWorkers`:
 * how many worker threads parse its YAML (by default as many as help, none for a small plan).
 */
export async function loadPlan(dir: string, options: { yamlWorkers?: number } = {}): Promise<LoadedPlan> {
  const folder = await readPlanFolder(dir);
  const files = await readPlanFiles(dir, folder.files, options.yamlWorkers);
  const diagnostics = [...folder.skipped, ...files.flatMap((file) => file.diagnostics)];
  const merged = mergeSections(files);
  diagnostics.push(...merged.diagnostics);
  const plan: LoadedPlan = {
    dir,
    files,
    data: merged.data,
    markdown: new Map(),
    diagnostics,
    locate(path, anchor) {
      const { file, pathInFile } = toFile(merged, files, path);
      return { file: file.path, ...locate(file.doc, file.lineCounter, pathInFile, anchor) };
    },
  };
  await readMarkdownFiles(plan);
  return plan;
}

/** Turns a path into the merged plan into the file that holds it and the path inside that file. */
function toFile(
  { origins, listFiles }: Pick<MergedPlan, 'origins' | 'listFiles'>,
  files: PlanFile[],
  path: PlanPath,
): { file: PlanFile; pathInFile: PlanPath } {
  const [section, index, ...rest] = path;
  const origin = typeof section === 'string' ? origins.get(section) : undefined;
  if (Array.isArray(origin) && typeof index === 'number' && origin[index]) {
    const { file, index: indexInFile } = origin[index];
    return { file, pathInFile: [section as string, indexInFile ?? index, ...rest] };
  }
  // A whole list section (`['scenarios']`) is written where its first item is: point at that file's key.
  if (Array.isArray(origin) && index === undefined && origin[0]) return { file: origin[0].file, pathInFile: path };
  const listFile = typeof section === 'string' && index === undefined ? listFiles.get(section) : undefined;
  if (listFile) return { file: listFile, pathInFile: path };
  if (origin && !Array.isArray(origin)) return { file: origin.file, pathInFile: path };
  const planFile = files.find((f) => f.relative === 'plan.yaml') ?? (files[0] as PlanFile);
  return { file: planFile, pathInFile: [] };
}

const markdownFields = lazy(() => fieldsUsing('markdownPath'));

async function readMarkdownFiles(plan: LoadedPlan): Promise<void> {
  for (const pattern of markdownFields()) {
    for (const { path, value } of valuesAt(plan.data, pattern)) {
      // A value that is not a .md path is reported by the schema; reading it would only repeat that.
      if (typeof value !== 'string' || !value.endsWith('.md') || plan.markdown.has(value)) continue;
      const result = await readMarkdown(plan.dir, value);
      if (result.ok) plan.markdown.set(value, result.file);
      else plan.diagnostics.push(markdownProblem(plan, path, value, result.problem));
    }
  }
}

function markdownProblem(plan: LoadedPlan, path: PlanPath, value: string, problem: string): Diagnostic {
  const message = `${describe(plan.data, path)} names Markdown file \`${value}\`, which ${problem}`;
  return { ruleId: 'markdown-file', severity: 'error', message, ...plan.locate(path), path: formatPath(path) };
}
