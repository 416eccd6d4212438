// Types for bench/generate-plan.mjs, so that the TypeScript test can import it.

export interface PlanSize {
  scenarios: number;
  people: number;
  systems: number;
  vendors: number;
  premises: number;
  documents: number;
  contacts: number;
  templates: number;
  /** One scenario in `every` has a Markdown procedure of between `lines[0]` and `lines[1]` lines. */
  procedures: { every: number; lines: [number, number] };
}

export interface PlanCounts {
  scenarios: number;
  people: number;
  systems: number;
  vendors: number;
  contacts: number;
  markdownFiles: number;
  bytes: number;
}

export const BENCH_TODAY: string;
export const EXAMPLE_PLAN: string;
export const SIZES: { medium: PlanSize; large: PlanSize };

export function generatePlan(
  dir: string,
  size: 'small' | 'medium' | 'large' | PlanSize,
  options?: { seed?: number; today?: string },
): Promise<PlanCounts>;

export function countPlan(dir: string): Promise<PlanCounts>;
