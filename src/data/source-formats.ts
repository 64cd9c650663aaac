// The formats a document is read from (src/source/): the choices of --from and the values of source.format.
export const SOURCE_FORMATS = ['text', 'html', 'md', 'docx', 'pdf'] as const;
