// The formats a document is read from (src/source/): the choices of --from and the values of source.format.
export const SOURCE_FORMATS = ['text', 'html', 'md', 'docx', 'pdf'] as const;
/** A file named so is a crawler's Markdown even where its text shows little of it ("**…**" title lines only). */
export const MARKDOWN_NAME = /\.(?:md|markdown)$/i;
/** What a Markdown table flattened one cell per line keeps of an empty cell ("||"): one "|", so its row keeps its place. */
export const KEPT_EMPTY_CELL = '|';
/** What the readers put between a table's cells kept on one line (a pipe table's, an HTML or DOCX table's): what the table readers split at. */
export const CELL_SEPARATOR = '\t';
