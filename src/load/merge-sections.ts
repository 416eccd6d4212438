import type { Diagnostic } from '../core/diagnostic.js';
import type { PlanData } from '../core/plan.generated.js';
import { isRecord, sectionShapes } from '../core/plan-schema.js';
import { locate } from '../core/locate.js';
import type { PlanFile } from './read-plan-file.js';

/** Where an item of the merged plan came from: its file, and its index in that file's list. */
export interface Origin {
  file: PlanFile;
  index?: number;
}

export interface MergedPlan {
  data: PlanData;
  /** For list sections, one origin per item; for mapping sections, one origin. */
  origins: Map<string, Origin[] | Origin>;
  /** The first file that writes each list section, even an empty one (`systems: []`), to point findings at. */
  listFiles: Map<string, PlanFile>;
  diagnostics: Diagnostic[];
}

/**
 * Joins the files of a plan folder into one plan: list sections are concatenated in file order, mapping
 * sections (plan, communication, contacts, testing) may be written once. Values of the wrong shape are left
 * for schema validation to report.
 */
export function mergeSections(files: readonly PlanFile[]): MergedPlan {
  const { lists, mappings } = sectionShapes();
  const data: Record<string, unknown> = {};
  const origins = new Map<string, Origin[] | Origin>();
  const listFiles = new Map<string, PlanFile>();
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    if (!isRecord(file.data)) continue;
    for (const [section, value] of Object.entries(file.data)) {
      if (lists.has(section) && Array.isArray(value)) {
        if (!listFiles.has(section)) listFiles.set(section, file);
        const items = (data[section] ??= []) as unknown[];
        const itemOrigins = (origins.get(section) ?? []) as Origin[];
        value.forEach((item, index) => {
          items.push(item);
          itemOrigins.push({ file, index });
        });
        origins.set(section, itemOrigins);
      } else if (mappings.has(section) && isRecord(value)) {
        const first = origins.get(section) as Origin | undefined;
        if (first) diagnostics.push(sectionTwice(section, file, first.file));
        else {
          data[section] = value;
          origins.set(section, { file });
        }
      }
    }
  }
  return { data: data as PlanData, origins, listFiles, diagnostics };
}

function sectionTwice(section: string, file: PlanFile, firstFile: PlanFile): Diagnostic {
  const here = locate(file.doc, file.lineCounter, [section], 'key');
  const there = locate(firstFile.doc, firstFile.lineCounter, [section], 'key');
  return {
    ruleId: 'duplicate-section',
    severity: 'error',
    message: `section \`${section}\` is also written in ${firstFile.path}:${there.line}; keep it in one file`,
    file: file.path,
    ...here,
    path: section,
  };
}
