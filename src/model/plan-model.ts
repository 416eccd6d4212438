import type { LoadedPlan, SourceLocation } from '../load/load-plan.js';
import type { Anchor } from '../core/locate.js';
import type { PlanPath } from '../core/plan-path.js';
import type { MarkdownFile } from '../load/read-markdown.js';
import { parseDuration } from '../core/duration.js';
import type {
  Document,
  ExerciseType,
  PlanData,
  Person,
  Premises,
  Scenario,
  System,
  Template,
  Vendor,
  Plan,
} from '../core/plan.generated.js';

/** The default testing cadence, from the sources: tabletop quarterly, functional twice a year, full-scale yearly. */
export const DEFAULT_CADENCE: Record<ExerciseType, string> = {
  tabletop: '90d',
  functional: '180d',
  'full-scale': '365d',
};

/** A valid plan with its lists indexed by id: what lint rules and renderers read. */
export interface PlanModel {
  dir: string;
  data: PlanData & { plan: Plan };
  people: Map<string, Person>;
  systems: Map<string, System>;
  vendors: Map<string, Vendor>;
  premises: Map<string, Premises>;
  scenarios: Map<string, Scenario>;
  documents: Map<string, Document>;
  templates: Map<string, Template>;
  markdown: Map<string, MarkdownFile>;
  /** Every file the plan was read from, with its text: YAML files and Markdown procedures. */
  sources: { path: string; text: string }[];
  /** The longest time, in minutes, between two exercises of each type. */
  cadence: Record<ExerciseType, number>;
  locate(path: PlanPath, anchor?: Anchor): SourceLocation;
}

function byId<T extends { id: string }>(items: readonly T[] | undefined): Map<string, T> {
  return new Map((items ?? []).map((item) => [item.id, item]));
}

/** Builds the model from a loaded plan that validated without errors. */
export function buildModel(loaded: LoadedPlan): PlanModel {
  const data = loaded.data as PlanData & { plan: Plan };
  const cadence = { ...DEFAULT_CADENCE, ...data.testing };
  return {
    dir: loaded.dir,
    data,
    people: byId(data.people),
    systems: byId(data.systems),
    vendors: byId(data.vendors),
    premises: byId(data.premises),
    scenarios: byId(data.scenarios),
    documents: byId(data.documents),
    templates: byId(data.communication?.templates),
    markdown: loaded.markdown,
    sources: [...loaded.files, ...loaded.markdown.values()].map(({ path, text }) => ({ path, text })),
    cadence: {
      tabletop: parseDuration(cadence.tabletop) ?? 0,
      functional: parseDuration(cadence.functional) ?? 0,
      'full-scale': parseDuration(cadence['full-scale']) ?? 0,
    },
    locate: (path, anchor) => loaded.locate(path, anchor),
  };
}
