// Every diagnostic code, its severity and message template, written once.
// Tests assert codes, never the prose.
/** Severity is a word (unist's habit); the schema's Severity is this list. */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
type Severity = (typeof SEVERITIES)[number];

type Rule = { severity: Severity; message: (a: Record<string, string>) => string; description: string };

export const RULES = {
  'numbering-gap': {
    severity: 'warning',
    message: (a) => `expected ${a.expected} but found ${a.actual}`,
    description: 'A numbered item skips one or more numbers, or a sequence starts after 1.',
  },
  'numbering-duplicate': {
    severity: 'warning',
    message: (a) => `${a.actual} repeats the number of the item before it`,
    description: 'Two sibling items carry the same number.',
  },
  'marker-missing-ordinal': {
    severity: 'warning',
    message: (a) => `heading starts with "${a.marker}" but no numeral; read as ${a.inferred}`,
    description: 'A heading lost its numeral; the ordinal was inferred from its siblings.',
  },
  'unbalanced-bracket': {
    severity: 'warning',
    message: (a) => a.detail!,
    description: 'A bracket is closed by a bracket of another kind, or never closed on its line.',
  },
  'task-without-units': {
    severity: 'info',
    message: (a) => `${a.marker} names no 牵头单位 or 责任单位 while most items of its level do`,
    description: 'A task item has no unit annotation although its siblings have.',
  },
  'encoding-fallback': {
    severity: 'info',
    message: (a) => `not valid UTF-8; decoded as ${a.encoding}`,
    description: 'The file was not UTF-8 and was decoded with the GB18030 fallback.',
  },
  'boilerplate-removed': {
    severity: 'info',
    message: (a) => `${a.count} line(s) of page furniture kept out of the document: ${a.sample}`,
    description: 'Web-page navigation, share buttons, counters or metadata rows were set aside.',
  },
  'flattened-text': {
    severity: 'info',
    message: (a) => `numbered items run together on this line (${a.count} split at markers)`,
    description: 'Line breaks were lost; the text was split where a marker can start. One per line.',
  },
  'wrapped-lines': {
    severity: 'info',
    message: (a) => `lines broken inside their sentences were joined (${a.count} line breaks), as in a copy from a PDF`,
    description: 'A hard-wrapped copy: a line that continues the sentence of the line before is read as part of it.',
  },
  'parse-error': {
    severity: 'error',
    message: (a) => a.detail!,
    description: 'The grammar could not read part of the text; it is kept as plain text.',
  },
  'undecodable-bytes': {
    severity: 'warning',
    message: (a) => `${a.count} byte sequence(s) are not ${a.encoding} and were read as U+FFFD; the first is here`,
    description: 'Decoding replaced bytes the encoding does not map with U+FFFD; too many and the input is refused.',
  },
  'encoding-override': {
    severity: 'warning',
    message: (a) => `the bytes are valid UTF-8; decoded as ${a.encoding} as asked`,
    description: '--encoding named another encoding for bytes that are valid UTF-8 and not plain ASCII.',
  },
  'input-error': {
    severity: 'error',
    message: (a) => a.reason!,
    description: 'The input could not be read as a document: missing, unreadable, binary or empty. Reported by validate, never inside a document.',
  },
} satisfies Record<string, Rule>;

export type Code = keyof typeof RULES;
