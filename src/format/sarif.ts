// SARIF 2.1.0, so CI systems can annotate the lines a diagnostic points at.
// File locations are relative to %SRCROOT% (the working folder, given as a
// file:// URI in originalUriBaseIds) and percent-encoded, as the spec asks:
// no absolute path of the machine that ran, no raw space or CJK in a URI.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from '../tree/schema.js';
import { RULES } from '../diagnostics/codes.js';

/** What SARIF needs of a document: where it came from and its diagnostics (a Document or a ValidationResult). */
export type SarifInput = { path: string | null; diagnostics: Diagnostic[] } | { source: { path: string | null }; diagnostics: Diagnostic[] };
const pathOf = (d: SarifInput) => ('source' in d ? d.source.path : d.path);

export type SarifOptions = { version: string; /** The folder locations are relative to (default: the process's). */ cwd?: string };

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;
const ROOT = '%SRCROOT%';

/** An artifact location: relative to %SRCROOT% when the file is inside it, else an absolute file:// URI. */
export function artifactLocation(path: string | null, cwd: string): { uri: string; uriBaseId?: string } {
  if (path === null || path === '-') return { uri: 'stdin' };
  const full = resolve(cwd, path);
  const rel = relative(cwd, full);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return { uri: pathToFileURL(full).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: ROOT };
}

export function toSarif(docs: SarifInput[], tool: SarifOptions): string {
  const cwd = tool.cwd ?? process.cwd();
  const codes = Object.keys(RULES) as (keyof typeof RULES)[];
  const root = pathToFileURL(cwd).href;
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'plan-parse',
            version: tool.version,
            rules: codes.map((id) => ({
              id,
              shortDescription: { text: RULES[id].description },
              defaultConfiguration: { level: LEVEL[RULES[id].severity] },
            })),
          },
        },
        originalUriBaseIds: { [ROOT]: { uri: root.endsWith('/') ? root : root + '/' } },
        results: docs.flatMap((doc) =>
          doc.diagnostics.map((d) => ({
            ruleId: d.code,
            ruleIndex: Math.max(0, codes.indexOf(d.code as keyof typeof RULES)),
            level: LEVEL[d.severity],
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: artifactLocation(pathOf(doc), cwd),
                  region: {
                    startLine: d.position.start.line,
                    startColumn: d.position.start.column,
                    endLine: d.position.end.line,
                    endColumn: Math.max(d.position.end.column, d.position.start.column),
                    charOffset: d.position.start.offset,
                    charLength: d.position.end.offset - d.position.start.offset,
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
