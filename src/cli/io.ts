// The process's streams as the CLI sees them: `Io` carries argv, streams and
// environment, so the same cases run in-process in the tests and spawned.
// Writes wait for the reader (backpressure); a reader that went away (EPIPE)
// or a failed write is remembered per stream and ends the run in one line.
import type { Readable, Writable } from 'node:stream';

export type Out = Writable & { isTTY?: boolean; columns?: number };

export type Io = {
  argv: string[];
  stdin?: Readable & { isTTY?: boolean };
  stdout?: Out;
  stderr?: Out;
  env?: Record<string, string | undefined>;
  /** The folder relative paths and the config search start from (default: process.cwd()). */
  cwd?: string;
};

export type FullIo = Required<Io>;

/** Exit status: 0 clean, 1 problems found, 2 usage or input failure. */
export const EXIT = { ok: 0, problems: 1, failure: 2 } as const;

/** A usage or input failure told in one line on stderr. */
export class UsageError extends Error {}

/** The output stream is gone: its reader went away (`plan-parse … | head`), or a write failed. */
export class OutputGone extends Error {
  constructor(
    readonly out: Writable,
    /** The error's code, when it is known here rather than from the stream's 'error' event. */
    readonly code?: string,
  ) {
    super('output closed');
  }
}

export function fullIo(partial: Io): FullIo {
  return {
    argv: partial.argv,
    stdin: partial.stdin ?? process.stdin,
    stdout: partial.stdout ?? process.stdout,
    stderr: partial.stderr ?? process.stderr,
    env: partial.env ?? process.env,
    cwd: partial.cwd ?? process.cwd(),
  };
}

/** Writes and waits when the stream asks for it, so large runs stream in bounded memory. */
export async function write(out: Writable, text: string): Promise<void> {
  if (out.destroyed) throw new OutputGone(out);
  if (!text) return;
  if (out.write(text)) return;
  // a pipe closed by its reader never drains: it closes
  await new Promise<void>((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.once('drain', done);
    out.once('close', done);
  });
  if (out.destroyed) throw new OutputGone(out);
}

/** Writes every piece in turn, each waiting for the reader. */
export async function writeAll(out: Writable, pieces: Iterable<string>): Promise<void> {
  for (const piece of pieces) await write(out, piece);
}

/** What went wrong on each output stream, and what to call it in a message. */
const listening = new WeakMap<Writable, { label: string; error?: string }>();

/**
 * A write error arrives as an 'error' event on the stream, after the write; unheard, it ends the process
 * with a stack trace (EPIPE, from "| head", even after --help). Heard, it leaves the stream destroyed
 * and the next write stops the run. One listener per stream, kept for the life of the stream.
 */
export function heard(out: Writable, label = 'the output'): void {
  if (listening.has(out)) return;
  const state: { label: string; error?: string } = { label };
  out.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') state.error = e.code ?? e.message;
  });
  listening.set(out, state);
}

export const streamState = (out: Writable) => listening.get(out);

/** `status`, unless the last write to stdout failed: that is reported only after it (stdout on a full disk). */
export async function written(io: FullIo, status: number): Promise<number> {
  await new Promise((resolve) => setImmediate(resolve));
  const state = listening.get(io.stdout);
  if (state?.error === undefined) return status;
  io.stderr.write(`plan-parse: cannot write ${state.label} (${state.error})\n`);
  return EXIT.failure;
}
