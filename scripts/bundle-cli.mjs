#!/usr/bin/env node
// The CLI as a few files (dist/cli/), made from tsc's output in dist/: bin/plan-parse.js runs it.
// About 90 modules, each resolved, read and compiled on its own at every start, cost more than
// their code (the bench's cold start: tens of milliseconds); bundled, with the parts a run loads
// only when it needs them (formatters, source adapters, analyst commands) split into chunks of
// their own. Packages stay in node_modules, loaded as before, except chevrotain's single-file
// build (see grammar/chevrotain.ts), which is bundled. The library (dist/src/index.js) is tsc's.
//
//   node scripts/bundle-cli.mjs      (after npx tsc -p tsconfig.json; npm run build does both)
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'cli');
const chevrotain = join(dirname(createRequire(import.meta.url).resolve('chevrotain')), '..', 'chevrotain.min.mjs');

// grammar/chevrotain.ts finds the single-file build at run time; here it is bundled instead
const chevrotainBundled = {
  name: 'chevrotain-bundled',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/]grammar[\\/]chevrotain\.js$/ }, () => ({
      contents: `export { createToken, Lexer, EmbeddedActionsParser } from ${JSON.stringify(chevrotain)};`,
      loader: 'js',
    }));
  },
};

const { build } = await import('esbuild-wasm').catch(() => {
  console.error('bundle-cli: esbuild-wasm (a devDependency) is not installed: run npm ci');
  process.exit(1);
});

rmSync(out, { recursive: true, force: true });
await build({
  entryPoints: { 'plan-parse': join(root, 'dist/src/cli/main.js'), worker: join(root, 'dist/src/cli/worker.js') },
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  packages: 'external',
  plugins: [chevrotainBundled],
  logLevel: 'warning',
});
