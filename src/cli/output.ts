// Where output goes: stdout, or the file named by -o.
import { createWriteStream, openSync } from 'node:fs';
import { heard, OutputGone, UsageError, type FullIo, type Out } from './io.js';

export type Sink = { out: Out; toFile: boolean; close: () => Promise<void> };

export function sink(io: FullIo, output: string | undefined): Sink {
  if (!output || output === '-') return { out: io.stdout, toFile: false, close: async () => {} };
  // opened here, synchronously, so a bad path fails at once with a plain message
  let fd: number;
  try {
    fd = openSync(output, 'w');
  } catch (e) {
    throw new UsageError(`${output}: cannot write (${reasonOf(e as NodeJS.ErrnoException)})`);
  }
  const file = createWriteStream('', { fd });
  heard(file, output);
  return {
    out: file,
    toFile: true,
    close: () => new Promise((resolve, reject) => file.end((e?: NodeJS.ErrnoException | null) => (e ? reject(new OutputGone(file, e.code ?? e.message)) : resolve()))),
  };
}

const reasonOf = (err: NodeJS.ErrnoException) =>
  err.code === 'ENOENT' ? 'no such folder' : err.code === 'EACCES' ? 'permission denied' : err.code === 'EISDIR' ? 'is a directory' : err.message;
