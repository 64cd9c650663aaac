// The formatters, loaded by the CLI only when it writes.
export { csvHeader, csvRows, toCsv } from './csv.js';
export { toTable } from './table.js';
export { toTree } from './tree.js';
export { toSarif } from './sarif.js';
export { diagnosticLines, summaryLine, countDiagnostics, toDiagnosticsText } from './diagnostics.js';
