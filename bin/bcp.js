#!/usr/bin/env node
// The `bcp` command: a thin shell over the compiled CLI in lib/ (run `npm run compile` after changing src/).
import { main } from '../lib/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
