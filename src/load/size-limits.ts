import { PlanLoadError } from './load-error.js';

/**
 * How large a plan may be. A continuity plan is a few hundred kilobytes of YAML; a file of 50 MB (a pasted export,
 * a log saved by mistake) took 39 s and 1.9 GB to validate and gave no word why. Above these limits bcp refuses the
 * plan with the file and its size; BCP_MAX_FILE_SIZE and BCP_MAX_PLAN_SIZE raise them (`20MB`, `512KB`, bytes).
 */
export interface SizeLimits {
  /** Bytes per YAML or Markdown file. */
  file: number;
  /** Bytes of all the plan's YAML files together. */
  plan: number;
}

export const DEFAULT_SIZE_LIMITS: SizeLimits = { file: 4 * 2 ** 20, plan: 32 * 2 ** 20 };

export function sizeLimits(env: NodeJS.ProcessEnv = process.env): SizeLimits {
  return {
    file: parseSize('BCP_MAX_FILE_SIZE', env.BCP_MAX_FILE_SIZE) ?? DEFAULT_SIZE_LIMITS.file,
    plan: parseSize('BCP_MAX_PLAN_SIZE', env.BCP_MAX_PLAN_SIZE) ?? DEFAULT_SIZE_LIMITS.plan,
  };
}

const UNITS: Record<string, number> = { '': 1, B: 1, KB: 2 ** 10, MB: 2 ** 20, GB: 2 ** 30 };

function parseSize(name: string, value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*([KMG]?B?)\s*$/i.exec(value);
  const unit = match ? UNITS[match[2]!.toUpperCase()] : undefined;
  if (!match || unit === undefined || Number(match[1]) <= 0) {
    throw new PlanLoadError(`${name} must be a size such as 20MB, 512KB or a number of bytes, not \`${value}\``);
  }
  return Math.round(Number(match[1]) * unit);
}

/** 5.2 MB, 830 KB, 12 bytes: sizes as people read them. */
export function formatSize(bytes: number): string {
  if (bytes >= 2 ** 20) return `${(bytes / 2 ** 20).toFixed(1)} MB`;
  if (bytes >= 2 ** 10) return `${Math.round(bytes / 2 ** 10)} KB`;
  return `${bytes} bytes`;
}
