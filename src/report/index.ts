import type { Formatter } from './formatter.js';
import { json } from './json.js';
import { stylish } from './stylish.js';

export type { FormatContext, Formatter } from './formatter.js';

/** The output formats, by the name given to `--format`. */
export const formatters = { stylish, json } satisfies Record<string, Formatter>;

export type FormatName = keyof typeof formatters;
