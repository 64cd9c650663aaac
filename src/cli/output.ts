// Where output goes: stdout, or the file named by -o. A regular file is written
// through a temporary file in its folder and renamed into place only when the
// command has finished: a run that stops part way (a failed write, a crash, an
// interrupt) leaves the old file as it was, never a truncated one.
import { chmodSync, createWriteStream, openSync, realpathSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { heard, OutputGone, UsageError, type FullIo, type Out } from './io.js';

export type Sink = { out: Out; toFile: boolean; close: () => Promise<void> };

/** Temporary files not yet renamed into place, per run: main() removes them if the run fails. */
const pending = new WeakMap<FullIo, Set<string>>();

export function sink(io: FullIo, output: string | undefined, inputs: string[] = []): Sink {
  if (!output || output === '-') return { out: io.stdout, toFile: false, close: async () => {} };
  const target = resolve(io.cwd, output);
  const existing = statOf(target);
  if (existing?.isFile()) {
    const real = realpathSync(target);
    if (inputs.some((i) => realOf(resolve(io.cwd, i)) === real)) throw new UsageError(`${output}: is also an input; refusing to overwrite it`);
  }
  // devices, pipes and the like (/dev/stdout, /dev/full) are written as they are: nothing to replace
  const direct = existing !== undefined && !existing.isFile();
  const path = direct ? target : join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  // opened here, synchronously, so a bad path fails at once with a plain message
  let fd: number;
  try {
    fd = openSync(path, direct ? 'w' : 'wx');
    if (existing?.isFile()) chmodSync(path, existing.mode & 0o7777);
  } catch (e) {
    throw new UsageError(`${output}: cannot write (${reasonOf(e as NodeJS.ErrnoException)})`);
  }
  if (!direct) {
    temporaries(io).add(path);
    track(path, true);
  }
  const file = createWriteStream('', { fd });
  heard(file, output);
  const close = () =>
    new Promise<void>((done, fail) =>
      file.end((e?: NodeJS.ErrnoException | null) => {
        if (e) return fail(new OutputGone(file, e.code ?? e.message));
        if (direct) return done();
        try {
          renameSync(path, target);
          temporaries(io).delete(path);
          track(path, false);
          done();
        } catch (err) {
          fail(new UsageError(`${output}: cannot write (${reasonOf(err as NodeJS.ErrnoException)})`));
        }
      }),
    );
  return { out: file, toFile: true, close };
}

/** Removes the temporary files of a run that did not finish: the files they were to replace stay as they were. */
export function abandon(io: FullIo): void {
  for (const path of pending.get(io) ?? []) {
    try {
      unlinkSync(path);
    } catch {
      // already gone
    }
    track(path, false);
  }
  pending.delete(io);
}

function temporaries(io: FullIo): Set<string> {
  let set = pending.get(io);
  if (!set) pending.set(io, (set = new Set()));
  return set;
}

/** Temporary files of every run in this process, removed if it is interrupted (Ctrl-C, a CI job cancelled). */
const live = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
function onSignal(signal: NodeJS.Signals): void {
  for (const path of live) {
    try {
      unlinkSync(path);
    } catch {
      // already gone
    }
  }
  process.kill(process.pid, signal); // the handlers are gone: the signal now ends the process as it would have
}
function track(path: string, on: boolean): void {
  if (on) live.add(path);
  else live.delete(path);
  const listening = process.listeners('SIGINT').includes(onSignal);
  if (live.size && !listening) for (const s of SIGNALS) process.once(s, onSignal);
  if (!live.size && listening) for (const s of SIGNALS) process.off(s, onSignal);
}

const statOf = (path: string) => {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
};

const realOf = (path: string) => {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
};

const reasonOf = (err: NodeJS.ErrnoException) =>
  err.code === 'ENOENT' ? 'no such folder' : err.code === 'EACCES' ? 'permission denied' : err.code === 'EISDIR' ? 'is a directory' : err.message;

