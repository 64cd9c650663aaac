// What reading one node's quantities shares: the input of the stage, what the tree above decides, and the
// NodeReading the steps of node-targets.ts carry from one quantity to the next.
import type { Modality, Paragraph, Role, Root } from '../tree/schema.js';
import type { LineIndex } from './positions.js';
import type { Quantity, YearMention } from '../quantities/scan.js';
import type { Deadlines, ModalityReader, SentenceSpan } from '../quantities/context.js';
import type { Compared } from '../quantities/comparator.js';
import type { RoleContext, RoleInput } from '../quantities/role.js';
import type { IndicatorInput } from '../quantities/indicator.js';
import type { ViewMap } from '../quantities/text-view.js';
import type { ListLead } from './list-lead.js';
import type { Cell } from './table-cells.js';
import type { YearCell } from './year-cells.js';
import type { ColumnCell } from './column-years.js';
import type { RowCell } from './row-tables.js';

export type QuantityInput = {
  source: string;
  norm: string;
  /** Where `norm` holds white space (normalize's landmarks), when known: each node's text is cut around it. */
  whites?: number[];
  index: LineIndex;
  root: Root;
  /** The document's own year (documentYearOf in meta.ts): what 今年 and 明年 in a heading resolve against. */
  documentYear?: number | null;
  /** The first year of the plan (see planYearOf in meta.ts): a year before it reports the past. */
  planYear?: number | null;
  /** The document's title: a heading repeating it (a table's caption) dates nothing, as the title does not. */
  title?: string | null;
  /** The document sets rules (see isRuleDocument in meta.ts): its numbers are rules unless a goal governs them. */
  ruleDocument?: boolean;
  /** Cells of flattened tables whose number takes its column's unit (tableCells in table-cells.ts). */
  cells?: Map<Paragraph, Cell>;
  /** Cells of flattened task tables dated by their year column (columnYears in column-years.ts). */
  columnCells?: Map<Paragraph, ColumnCell>;
  /** Value cells of indicator tables whose rows are one line each (rowTables in row-tables.ts). */
  rowCells?: Map<Paragraph, RowCell[]>;
  /** Value cells of flattened task tables dated by a year cell before them (yearCells in year-cells.ts). */
  yearCells?: Map<Paragraph, YearCell>;
};


/** What one node leaves for the list items after it. */
/** `lastYear`: the last year the text names, which a list item hands on to the items of a schedule after it. */
export type NodeOutcome = { lead: ListLead | null; namesYear: boolean; lastYear: ListLead | null };
/** What the tree above decides for a node's text: what the headings say, the year a list's lead-in hands down, a 第N条 article. */
export type Above = {
  context: RoleContext;
  inherited: ListLead | null;
  article: boolean;
  /** The year a heading above (or the section's own) dates its text by: the last resort of the year rule. */
  dated: YearMention | null;
};

/** What the role and indicator rules read of one quantity: its clause, and the facts of each. */
export type QuantityFacts = RoleInput & IndicatorInput;

/** What one node's quantities share while they are read, and what each leaves the next. */
export type NodeReading = {
  source: string;
  map: ViewMap;
  due: Deadlines;
  modalityAt: ModalityReader;
  quantities: Quantity[];
  /** Per quantity: its comparator and its clause start, read before any role (a role looks at the next one). */
  compared: Compared[];
  clauseStarts: number[];
  planYear: number | null;
  /** What the headings say, or a look back opening the text (opensReview). */
  context: RoleContext;
  /** Where a rule lead-in of the text ends (ruleLeadEnd): the numbers after it are rules. */
  ruleFrom: number;
  /** Where the first goal word (目标) of the text stands, or -1. */
  goalCue: number;
  /** The year a list's lead-in hands down; the year of the section's own heading. */
  inherited: ListLead | null;
  headingYear: YearMention | null;
  dated: YearMention | null;
  /** The year and modality of the quantity read last (governQuantity). */
  year: number | null;
  modality: Modality | null;
  // What the quantity before leaves: its indicator, role, the clause start of the last 从/由 baseline,
  // where the phrase before it began.
  previous: string | null;
  lastRole: Role | null;
  fromBaseline: number;
  lastPhraseStart: number;
  /** Quantities of one sentence share its text: it is cut from the source once. */
  sentenceFrom: number;
  sentenceTo: number;
  sentence: string;
  /** The sentence of the quantity placed last (readSentence). */
  sentenceAt: SentenceSpan;
  facts: QuantityFacts;
};

