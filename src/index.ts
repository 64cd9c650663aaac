// The library API; the CLI uses nothing else.
export { parseDocument, type ParseOptions } from './parse-document.js';
export { parseFile, parseBytes, InputError, type ReadOptions } from './read.js';
export { decode, DecodeError } from './pipeline/decode.js';
export { validate, type ValidateOptions, type ValidationResult } from './validate.js';
export { toCsv, csvHeader, csvRows, type CsvOptions } from './format/csv.js';
export { toJson, jsonPieces, type JsonOptions } from './format/json.js';
export { toNdjson, ndjsonPieces } from './format/ndjson.js';
export { toTable } from './format/table.js';
export { toTree } from './format/tree.js';
export { toSarif } from './format/sarif.js';
export { toDiagnosticsText } from './format/diagnostics.js';
export { jsonSchema } from './json-schema.js';
export { RULES as diagnosticRules } from './diagnostics/codes.js';
export * as schema from './tree/schema.js';
export type * from './tree/schema.js';
