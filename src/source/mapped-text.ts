// Text assembled piece by piece, each UTF-16 unit remembering where in the
// source it came from, so a position in the parsed text can be traced back.

/**
 * `offsets[i]` is the source position of `text[i]`; `offsets[text.length]` is
 * the end of the source. What a position counts depends on `unit`:
 * - 'char': a UTF-16 offset into the decoded source string, after decode removed
 *   any byte-order mark (text, HTML, Markdown);
 * - 'paragraph': the 0-based index of the DOCX body paragraph (w:p, tables included);
 * - 'page': the 1-based PDF page number.
 */
export type OffsetMap = { unit: 'char' | 'paragraph' | 'page'; offsets: Int32Array };

/**
 * A stretch of the decoded source left out of the text (`end` exclusive), by
 * kind: an HTML element name ('script', 'style', 'head', 'nav', 'footer', …) or
 * 'share' for a widget; in Markdown 'header-field', 'rule', 'title-repeat',
 * 'crawler-heading', 'download' (the attachment list) or 'fence'.
 */
export type Furniture = { start: number; end: number; kind: string };

/** A map where each text offset is its own source offset (text passed through unchanged). */
export function identityMap(length: number): OffsetMap {
  const offsets = new Int32Array(length + 1);
  for (let i = 0; i <= length; i++) offsets[i] = i;
  return { unit: 'char', offsets };
}

const BLANK = /^\s*$/;

/** Lines are built one at a time; a line that holds only white space is never kept. */
export class MappedTextBuilder {
  private readonly units: string[] = [];
  private readonly at: number[] = [];
  private lineStart = 0;

  /** Appends `s`; with `direct`, s[k] sits at `offset + k` in the source, else every unit at `offset`. */
  add(s: string, offset: number, direct = false): void {
    for (let k = 0; k < s.length; k++) {
      this.units.push(s[k]);
      this.at.push(direct ? offset + k : offset);
    }
  }

  /** True when the current line holds something other than white space. */
  get lineHasText(): boolean {
    for (let i = this.lineStart; i < this.units.length; i++) if (!BLANK.test(this.units[i])) return true;
    return false;
  }

  /** The last unit added to the current line, or '' at a line start. */
  get lastUnit(): string {
    return this.units.length > this.lineStart ? this.units[this.units.length - 1] : '';
  }

  /** Drops trailing units of the current line that match `re` (one unit each). */
  trimEnd(re: RegExp): void {
    while (this.units.length > this.lineStart && re.test(this.units[this.units.length - 1])) {
      this.units.pop();
      this.at.pop();
    }
  }

  /** Ends the line with '\n' at `offset`; a blank line is dropped instead. */
  endLine(offset: number): void {
    if (!this.lineHasText) {
      this.units.length = this.lineStart;
      this.at.length = this.lineStart;
      return;
    }
    this.units.push('\n');
    this.at.push(offset);
    this.lineStart = this.units.length;
  }

  build(unit: OffsetMap['unit'], end: number): { text: string; map: OffsetMap } {
    const text = this.units.join('');
    const offsets = new Int32Array(this.at.length + 1);
    offsets.set(this.at);
    offsets[this.at.length] = end;
    return { text, map: { unit, offsets } };
  }
}
