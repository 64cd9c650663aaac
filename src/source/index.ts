// The source stage: a document as the analyst got it (a text file, the
// portal's HTML page, a crawler's Markdown, the DOCX or PDF attachment) →
// the plain text the parser reads, with a map back into the original.
// Each adapter is loaded only when its format is met, so a .txt costs nothing.
//
//   const source = await readSource(bytes, { from: 'html' });   // or {} to detect
//   parseDocument(source.text, …);  // text offset i came from source.map.offsets[i]
//
// Errors are SourceError (message without the file name: the caller adds it).
import { decode, DecodeError } from '../pipeline/decode.js';
import { identityMap, type Furniture, type OffsetMap } from './mapped-text.js';
import { SourceError } from './source-error.js';
import { detectFormat, type SourceFormat } from './detect.js';

export type { Furniture, OffsetMap } from './mapped-text.js';

export { SourceError } from './source-error.js';
export { detectFormat, SOURCE_FORMATS, type SourceFormat } from './detect.js';

export type SourceOptions = {
  /** Skip detection and read the bytes as this format. */
  from?: SourceFormat;
  /** Force a character encoding for text, HTML and Markdown (as decode takes it); DOCX and PDF ignore it. */
  encoding?: string;
};

export type SourceText = {
  format: SourceFormat;
  /** The document text to parse: one paragraph per line. */
  text: string;
  /** The character encoding read (text, HTML, Markdown); 'docx' or 'pdf' for those containers. */
  encoding: string;
  /** True when the encoding was guessed as GB18030 after UTF-8 failed (decode's fallback). */
  fallback: boolean;
  /** From each offset in `text` (0..text.length) back to the original; see OffsetMap. */
  map: OffsetMap;
  /** HTML and Markdown: the decoded source (byte-order mark dropped), into which the map's offsets point. */
  original?: string;
  /** HTML and Markdown: parts of the decoded source left out of `text` (scripts, navigation, crawler headers…). */
  furniture?: Furniture[];
};

export async function readSource(bytes: Uint8Array, options: SourceOptions = {}): Promise<SourceText> {
  const format = options.from ?? detectFormat(bytes);
  switch (format) {
    case 'text': {
      const decoded = decodeText(bytes, options.encoding);
      return { format, ...decoded, map: identityMap(decoded.text.length) };
    }
    case 'html': {
      const { declaredCharset, htmlToText } = await import('./html.js');
      const decoded = decodeDeclared(bytes, options.encoding, htmlEncoding(bytes, declaredCharset));
      return { format, encoding: decoded.encoding, fallback: decoded.fallback, original: stripBom(decoded.text), ...htmlToText(decoded.text) };
    }
    case 'md': {
      const { markdownToText } = await import('./markdown.js');
      const decoded = decodeText(bytes, options.encoding);
      return { format, encoding: decoded.encoding, fallback: decoded.fallback, original: stripBom(decoded.text), ...markdownToText(decoded.text) };
    }
    case 'docx': {
      const { docxToText } = await import('./docx.js');
      return { format, encoding: 'docx', fallback: false, ...docxToText(bytes) };
    }
    case 'pdf': {
      const { pdfToText } = await import('./pdf.js');
      return { format, encoding: 'pdf', fallback: false, ...(await pdfToText(bytes)) };
    }
  }
}

const stripBom = (s: string) => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);

function decodeText(bytes: Uint8Array, encoding: string | undefined): { text: string; encoding: string; fallback: boolean } {
  try {
    return decode(bytes, { encoding });
  } catch (e) {
    if (e instanceof DecodeError) throw new SourceError(e.message);
    throw e;
  }
}

/** A declared charset that no decoder knows is ignored: detection reads the page instead. */
function decodeDeclared(bytes: Uint8Array, forced: string | undefined, declared: string | undefined) {
  if (forced || !declared) return decodeText(bytes, forced);
  try {
    return decode(bytes, { encoding: declared });
  } catch {
    return decodeText(bytes, undefined);
  }
}

/** A byte-order mark wins over a page's declaration; without either, decode detects. */
function htmlEncoding(bytes: Uint8Array, declared: (b: Uint8Array) => string | null): string | undefined {
  const bom = (bytes[0] === 0xef && bytes[1] === 0xbb) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  return bom ? undefined : (declared(bytes) ?? undefined);
}
