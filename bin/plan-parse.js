#!/usr/bin/env node
// The executable: everything lives in the library; this only sets the exit code.
import { main } from '../dist/src/cli/main.js';

process.exitCode = await main({ argv: process.argv.slice(2) });
