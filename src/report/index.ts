import type { Formatter } from './formatter.js';
import { github } from './github.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export type { FormatContext, Formatter } from './formatter.js';

/** The output formats, by the name given to `--format`. */
export const formatters = { stylish, json, sarif, github } satisfies Record<string, Formatter>;

export type FormatName = keyof typeof formatters;
