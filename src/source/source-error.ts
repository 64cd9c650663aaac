/** A document that cannot be read in its format; the caller adds the file name. */
export class SourceError extends Error {
  override readonly name = 'SourceError';
  constructor(
    message: string,
    /** The format met (including ones not read: 'doc', 'wps', 'ofd', 'ole'), when known. */
    readonly format?: string,
  ) {
    super(message);
  }
}
