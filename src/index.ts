// The library API; the CLI uses nothing else.
export { parseDocument, type ParseOptions } from './parse-document.js';
export { parseFile, parseBytes, InputError, type ReadOptions } from './read.js';
export { decode, DecodeError } from './pipeline/decode.js';
export * as schema from './tree/schema.js';
export type * from './tree/schema.js';
