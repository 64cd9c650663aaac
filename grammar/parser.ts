// document := Inline* (NumberingMarker Inline*)*
// The nesting of sections is decided by marker rank in src/pipeline/nest.ts,
// not here: GB/T 9704 numbering is a flat sequence whose depth comes from style.
import type { IToken } from 'chevrotain';
import { EmbeddedActionsParser } from './chevrotain.js';
import { allTokens, Inline, NumberingMarker } from './tokens.js';

/** A segment as the parser reads it; index.ts hands it on as plain spans. */
export type Segment = {
  /** The marker that opens the segment; null for text before the first marker. */
  marker: IToken | null;
  content: IToken[];
};

export class PlanParser extends EmbeddedActionsParser {
  constructor() {
    super(allTokens, { recoveryEnabled: true, skipValidations: true });
    this.performSelfAnalysis();
  }

  public document = this.RULE('document', (): Segment[] => {
    const lead: IToken[] = [];
    this.MANY(() => {
      lead.push(this.CONSUME(Inline));
    });
    const segments: Segment[] = [{ marker: null, content: lead }];
    this.MANY2(() => {
      segments.push(this.SUBRULE(this.segment));
    });
    return segments;
  });

  private segment = this.RULE('segment', (): Segment => {
    const marker = this.CONSUME(NumberingMarker);
    const content: IToken[] = [];
    this.MANY(() => {
      content.push(this.CONSUME(Inline));
    });
    return { marker, content };
  });
}
