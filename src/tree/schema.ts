// The output contract of ../shared/spec/OUTPUT.md, defined once. TypeScript
// types are inferred from these schemas; `plan-parse schema` prints them as
// JSON Schema.
import { z } from 'zod';
import { STYLE_RANK } from '../data/marker-styles.js';
import { SOURCE_FORMATS } from '../data/source-formats.js';
import { RULES, SEVERITIES } from '../diagnostics/codes.js';

export const Point = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().min(0),
});

/** unist-style position; `end` is exclusive, offsets are UTF-16 code units into the decoded source. */
export const Position = z.object({ start: Point, end: Point });

/**
 * For a document read from another format than text: where an element stands in the document's text (what
 * `plan-parse text` prints), as offsets (UTF-16 code units, end exclusive). `position` then points into the
 * decoded HTML or Markdown file, markup included (into the text for DOCX and PDF).
 */
export const TextRange = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });

export const MarkerStyle = z.enum(Object.keys(STYLE_RANK) as [keyof typeof STYLE_RANK, ...(keyof typeof STYLE_RANK)[]]);

export const Marker = z.object({
  raw: z.string(),
  style: MarkerStyle,
  ordinal: z.number().int().nullable(),
  inferred: z.boolean(),
});

/** A 〔牵头单位：…；责任单位：…〕 or （责任单位：…） annotation as it stands in the text. */
export const UnitAnnotation = z.object({
  raw: z.string(),
  lead: z.array(z.string()),
  responsible: z.array(z.string()),
  position: Position,
});

export const Paragraph = z.object({
  type: z.literal('paragraph'),
  id: z.string(),
  /** `title` for the document's own title line; absent for body text. */
  role: z.enum(['title']).optional(),
  text: z.string(),
  targets: z.array(z.string()),
  annotations: z.array(UnitAnnotation),
  position: Position,
});

export const Section = z.object({
  type: z.literal('section'),
  id: z.string(),
  depth: z.number().int().min(1),
  marker: Marker.nullable(),
  title: z.string(),
  text: z.string(),
  lead: z.array(z.string()),
  responsible: z.array(z.string()),
  targets: z.array(z.string()),
  annotations: z.array(UnitAnnotation),
  /** The section's own text (marker and heading line), children excluded. */
  ownPosition: Position,
  position: Position,
  textRange: TextRange.optional(),
  get children(): z.ZodArray<z.ZodUnion<[typeof Section, typeof Paragraph]>> {
    return z.array(z.union([Section, Paragraph]));
  },
});

export const Root = z.object({
  type: z.literal('root'),
  children: z.array(z.union([Section, Paragraph])),
});

export const TargetKind = z.enum(['count', 'money', 'percent', 'rank', 'other']);
export const Comparator = z.enum(['eq', 'gt', 'gte', 'lt', 'lte', 'approx', 'between']);
export const Modality = z.enum(['commit', 'strive']);
export const Role = z.enum(['target', 'baseline', 'parameter']);

export const Target = z.object({
  id: z.string(),
  nodeId: z.string(),
  raw: z.string(),
  value: z.number(),
  upper: z.number().nullable(),
  unit: z.string().nullable(),
  kind: TargetKind,
  normalized: z.object({ value: z.number(), unit: z.string().nullable() }),
  comparator: Comparator,
  year: z.number().int().nullable(),
  modality: Modality.nullable(),
  role: Role,
  indicator: z.string(),
  sentence: z.string(),
  position: Position,
  textRange: TextRange.optional(),
});

export const Severity = z.enum(SEVERITIES);

/** The rule ids of src/diagnostics/codes.ts: the schema lists every code a document can carry. */
export const DiagnosticCode = z.enum(Object.keys(RULES) as [keyof typeof RULES, ...(keyof typeof RULES)[]]);

export const Diagnostic = z.object({
  severity: Severity,
  code: DiagnosticCode,
  message: z.string(),
  /** The message template's arguments (expected, actual, marker, count, …), as written into the message. */
  data: z.record(z.string(), z.string()).optional(),
  position: Position,
});

/** Page furniture (navigation, share buttons, counters) kept out of the tree. */
export const Furniture = z.object({ text: z.string(), position: Position });

export const Meta = z.object({
  title: z.string().nullable(),
  issuer: z.string().nullable(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  docNumber: z.string().nullable(),
  index: z.string().nullable(),
  period: z.object({ start: z.number().int().nullable(), end: z.number().int().nullable() }).nullable(),
});

export const SourceFormat = z.enum(SOURCE_FORMATS);

export const Source = z.object({
  path: z.string().nullable(),
  /** What the document was read from: its text is what `plan-parse text` prints. */
  format: SourceFormat,
  encoding: z.string(),
  bytes: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const Document = z.object({
  schemaVersion: z.literal(1),
  source: Source,
  meta: Meta,
  root: Root,
  targets: z.array(Target),
  diagnostics: z.array(Diagnostic),
  furniture: z.array(Furniture),
});

export type Point = z.infer<typeof Point>;
export type Position = z.infer<typeof Position>;
export type MarkerStyle = z.infer<typeof MarkerStyle>;
export type Marker = z.infer<typeof Marker>;
export type UnitAnnotation = z.infer<typeof UnitAnnotation>;
export type Paragraph = z.infer<typeof Paragraph>;
export type Section = z.infer<typeof Section>;
export type Node = Section | Paragraph;
export type Root = z.infer<typeof Root>;
export type Target = z.infer<typeof Target>;
export type TargetKind = z.infer<typeof TargetKind>;
export type Comparator = z.infer<typeof Comparator>;
export type Modality = z.infer<typeof Modality>;
export type Role = z.infer<typeof Role>;
export type Severity = z.infer<typeof Severity>;
export type DiagnosticCode = z.infer<typeof DiagnosticCode>;
export type Diagnostic = z.infer<typeof Diagnostic>;
export type Furniture = z.infer<typeof Furniture>;
export type Meta = z.infer<typeof Meta>;
export type Source = z.infer<typeof Source>;
export type SourceFormat = z.infer<typeof SourceFormat>;
export type TextRange = z.infer<typeof TextRange>;
export type Document = z.infer<typeof Document>;

export { STYLE_RANK } from '../data/marker-styles.js';
