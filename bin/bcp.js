#!/usr/bin/env node
// The `bcp` command: a thin shell over the compiled CLI in lib/ (run `npm run compile` after changing src/).
import { run } from '../lib/cli/main.js';

process.exitCode = await run(process.argv.slice(2));
