// Parse a list of inputs, in order: in-process for a few, on worker threads for
// many (--jobs). Results are yielded in input order with a bounded number in
// flight, so memory does not grow with the number of files.
import type { Worker } from 'node:worker_threads';
import type { Readable } from 'node:stream';
import { readDocument, readInput, readStream, InputError, type ReadOptions } from '../read.js';
import type { Document } from '../tree/schema.js';
import type { InputItem } from './inputs.js';
import type { Outcome, Task } from './worker.js';
import { renderer, type RenderSpec, type Rendered } from './render.js';

export type Result = { label: string; rendered?: Rendered; error?: string; reason?: string };
type Options = { jobs: number; read: ReadOptions; stdin: Readable; render: RenderSpec };

/** Fewer files than this are parsed in-process: starting workers costs more than it saves. */
const POOL_MIN_FILES = 8;

/** An input's bytes, and the name it goes by in messages and source.path; an input that is no file throws InputError. */
export async function bytesOf(item: InputItem, read: ReadOptions, stdin: Readable): Promise<{ label: string; bytes: Uint8Array }> {
  if (item.kind === 'error') throw new InputError(item.path, item.reason);
  if (item.kind === 'stdin') return { label: '-', bytes: await readStream(stdin, '-', read.maxBytes) };
  return { label: item.path, bytes: await readInput(item.at, read.maxBytes, item.path) };
}

/** One input as a document, read as parse reads it (any format, --from, --encoding, --max-bytes). */
export async function readItem(item: InputItem, read: ReadOptions, stdin: Readable): Promise<Document> {
  const { label, bytes } = await bytesOf(item, read, stdin);
  return readDocument(bytes, label, read);
}

async function parseOne(item: InputItem, read: ReadOptions, stdin: Readable, render: (d: Document) => Rendered): Promise<Result> {
  const label = item.kind === 'stdin' ? '-' : item.path;
  try {
    if (item.kind === 'error') return { label, error: `${item.path}: ${item.reason}`, reason: item.reason };
    return { label, rendered: render(await readItem(item, read, stdin)) };
  } catch (e) {
    if (e instanceof InputError) return { label, error: e.message, reason: e.reason };
    return { label, error: `${label}: internal error: ${(e as Error).message}`, reason: `internal error: ${(e as Error).message}` };
  }
}

export async function* parseAll(items: InputItem[], opts: Options): AsyncGenerator<Result> {
  const render = await renderer(opts.render);
  const files = items.filter((i) => i.kind === 'file').length;
  if (opts.jobs <= 1 || files < POOL_MIN_FILES) {
    for (const item of items) yield await parseOne(item, opts.read, opts.stdin, render);
    return;
  }
  yield* pooled(items, opts, render);
}

async function* pooled(items: InputItem[], opts: Options, render: (d: Document) => Rendered): AsyncGenerator<Result> {
  // loaded here, not at the top: a run without workers (most) does not pay the module's few milliseconds
  const { Worker } = await import('node:worker_threads');
  const url = new URL('./worker.js', import.meta.url);
  const done = new Map<number, Result>();
  const waiting = new Map<number, () => void>();
  const maxAhead = opts.jobs * 4;
  let next = 0; // next item to start
  let emitted = 0;
  const label = (i: number) => {
    const item = items[i]!;
    return item.kind === 'stdin' ? '-' : item.path;
  };
  const settle = (id: number, r: Result) => {
    done.set(id, r);
    waiting.get(id)?.();
  };

  type Slot = { worker: Worker; task: number | null };
  const slots: Slot[] = Array.from({ length: opts.jobs }, () => {
    const slot: Slot = { worker: new Worker(url, { workerData: opts.render }), task: null };
    slot.worker.on('message', (m: Outcome) => {
      slot.task = null;
      settle(m.id, { label: label(m.id), rendered: m.rendered, error: m.error, reason: m.reason });
      start();
    });
    slot.worker.on('error', (e) => {
      // a crashed worker is not reused; its task is reported, the others go on
      if (slot.task !== null) settle(slot.task, { label: label(slot.task), error: `${label(slot.task)}: internal error: ${e.message}` });
      slots.splice(slots.indexOf(slot), 1);
      start();
    });
    return slot;
  });

  function start(): void {
    while (next < items.length && next < emitted + maxAhead) {
      const item = items[next]!;
      if (item.kind !== 'file') {
        const id = next++;
        void parseOne(item, opts.read, opts.stdin, render).then((r) => settle(id, r)); // in order, on this thread
        continue;
      }
      const slot = slots.find((s) => s.task === null);
      if (!slot) {
        if (slots.length === 0) {
          const id = next++;
          void parseOne(item, opts.read, opts.stdin, render).then((r) => settle(id, r));
          continue;
        }
        return;
      }
      const id = next++;
      slot.task = id;
      const task: Task = { id, path: item.path, at: item.at, read: opts.read };
      slot.worker.postMessage(task);
    }
  }

  try {
    start();
    for (let i = 0; i < items.length; i++) {
      if (!done.has(i)) await new Promise<void>((resolve) => waiting.set(i, resolve));
      const r = done.get(i)!;
      done.delete(i);
      waiting.delete(i);
      emitted = i + 1;
      start();
      yield r;
    }
  } finally {
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
