#!/usr/bin/env node
// The executable: everything lives in the library; this only sets the exit code.
// It runs the bundled CLI (dist/cli/, scripts/bundle-cli.mjs: a faster start), unless that is
// missing or older than tsc's last build of dist/src (npx tsc alone), which then runs as it is.
import { statSync } from 'node:fs';

const modified = (path) => {
  try {
    return statSync(new URL(path, import.meta.url)).mtimeMs;
  } catch {
    return -1;
  }
};
const bundled = modified('../dist/cli/plan-parse.js') >= modified('../dist/src/cli/main.js');
const { main } = await (bundled ? import('../dist/cli/plan-parse.js') : import('../dist/src/cli/main.js'));

process.exitCode = await main({ argv: process.argv.slice(2) });
