// SARIF 2.1.0, so CI systems can annotate the lines a diagnostic points at.
import type { Diagnostic } from '../tree/schema.js';

/** What SARIF needs of a document: where it came from and its diagnostics (a Document or a ValidationResult). */
export type SarifInput = { path: string | null; diagnostics: Diagnostic[] } | { source: { path: string | null }; diagnostics: Diagnostic[] };
const pathOf = (d: SarifInput) => ('source' in d ? d.source.path : d.path);
import { RULES } from '../diagnostics/codes.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

export function toSarif(docs: SarifInput[], tool: { version: string }): string {
  const codes = Object.keys(RULES) as (keyof typeof RULES)[];
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'plan-parse',
            version: tool.version,
            informationUri: 'https://www.npmjs.com/package/plan-parse',
            rules: codes.map((id) => ({
              id,
              shortDescription: { text: RULES[id].description },
              defaultConfiguration: { level: LEVEL[RULES[id].severity] },
            })),
          },
        },
        results: docs.flatMap((doc) =>
          doc.diagnostics.map((d) => ({
            ruleId: d.code,
            ruleIndex: Math.max(0, codes.indexOf(d.code as keyof typeof RULES)),
            level: LEVEL[d.severity],
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: (pathOf(doc) ?? 'stdin').replace(/\\/g, '/') },
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
