// Colour is decided here, once: --no-color and NO_COLOR turn it off, FORCE_COLOR
// turns it on, otherwise only a terminal gets it. Files never do.
import { plain, type Paint } from '../format/paint.js';

export type ColorLevel = 0 | 1 | 2 | 3;

export function colorLevel(opts: { flag: boolean; env: Record<string, string | undefined>; isTTY: boolean; toFile: boolean }): ColorLevel {
  if (opts.toFile || !opts.flag) return 0;
  if (opts.env.NO_COLOR !== undefined && opts.env.NO_COLOR !== '') return 0;
  const force = opts.env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    return (['1', '2', '3'].includes(force) ? Number(force) : 1) as ColorLevel;
  }
  if (!opts.isTTY || opts.env.TERM === 'dumb') return 0;
  return opts.env.COLORTERM === 'truecolor' ? 3 : 1;
}

/** chalk is loaded only when colour is on: a pipe or a file never pays for it. */
export async function paintFor(level: ColorLevel): Promise<Paint> {
  if (level === 0) return plain;
  const { Chalk } = await import('chalk');
  const c = new Chalk({ level });
  return { bold: c.bold, dim: c.dim, cyan: c.cyan, green: c.green, yellow: c.yellow, red: c.red, magenta: c.magenta, gray: c.gray };
}
