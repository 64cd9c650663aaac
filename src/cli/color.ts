// Colour is decided here, once, and handed to formatters as a Paint.
// --color always|never wins; with auto (the default) NO_COLOR turns it off,
// FORCE_COLOR turns it on, otherwise only a terminal gets it, and files never do.
// (chalk 5 alone would colour a terminal under NO_COLOR: it is told the level.)
import { plain, type Paint } from '../format/paint.js';

export type ColorLevel = 0 | 1 | 2 | 3;
export const COLOR_MODES = ['auto', 'always', 'never'] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

/** `mode` false is --no-color; undefined is auto. */
export function colorLevel(opts: { mode?: ColorMode | boolean; env: Record<string, string | undefined>; isTTY: boolean; toFile: boolean }): ColorLevel {
  const mode = opts.mode === false ? 'never' : opts.mode === true || opts.mode === undefined ? 'auto' : opts.mode;
  if (mode === 'never') return 0;
  const force = opts.env.FORCE_COLOR;
  const forced = force !== undefined && ['1', '2', '3'].includes(force) ? (Number(force) as ColorLevel) : null;
  const terminal: ColorLevel = opts.env.COLORTERM === 'truecolor' ? 3 : 1;
  if (mode === 'always') return forced ?? terminal;
  if (opts.toFile) return 0;
  if (opts.env.NO_COLOR !== undefined && opts.env.NO_COLOR !== '') return 0;
  if (force !== undefined) return force === '0' || force === 'false' ? 0 : (forced ?? 1);
  if (!opts.isTTY || opts.env.TERM === 'dumb') return 0;
  return terminal;
}

/** chalk is loaded only when colour is on: a pipe or a file never pays for it. */
export async function paintFor(level: ColorLevel): Promise<Paint> {
  if (level === 0) return plain;
  const { Chalk } = await import('chalk');
  const c = new Chalk({ level });
  return { bold: c.bold, dim: c.dim, cyan: c.cyan, green: c.green, yellow: c.yellow, red: c.red, magenta: c.magenta, gray: c.gray };
}
