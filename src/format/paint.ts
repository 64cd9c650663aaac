// Colour is decided once, in the CLI, and handed to formatters as a Paint.
// A chalk instance fits this shape; `plain` paints nothing.
export type Paint = Record<'bold' | 'dim' | 'cyan' | 'green' | 'yellow' | 'red' | 'magenta' | 'gray', (s: string) => string>;

const id = (s: string) => s;
export const plain: Paint = { bold: id, dim: id, cyan: id, green: id, yellow: id, red: id, magenta: id, gray: id };
