// Chevrotain, loaded from its single-file bundle. The package entry
// (lib/src/api.js) pulls in lodash-es as hundreds of modules, about half a
// second at every start; the bundle the package ships holds the same API and
// loads in milliseconds. Types still come from the package.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

type Api = typeof import('chevrotain');

async function load(): Promise<Api> {
  try {
    const entry = createRequire(import.meta.url).resolve('chevrotain'); // …/chevrotain/lib/src/api.js
    return (await import(pathToFileURL(join(dirname(entry), '..', 'chevrotain.min.mjs')).href)) as Api;
  } catch {
    return import('chevrotain'); // a future layout without the bundle: slower, same API
  }
}

const api = await load();
export const { createToken, Lexer, EmbeddedActionsParser } = api;
