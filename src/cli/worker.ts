// A worker thread: parses the files it is sent and posts back what the CLI
// writes for each (see render.ts), or the error.
import { parentPort, workerData } from 'node:worker_threads';
import { readDocument, readInput, InputError } from '../read.js';
import type { ReadOptions } from '../read.js';
import { renderer, settled, type RenderSpec, type Rendered } from './render.js';

/** `path` names the file (messages, source.path); `at` is where it is. */
export type Task = { id: number; path: string; at: string; read: ReadOptions };
export type Outcome = { id: number; rendered?: Rendered; error?: string; reason?: string };

const render = await renderer(workerData as RenderSpec);

parentPort?.on('message', async (task: Task) => {
  let out: Outcome;
  try {
    out = { id: task.id, rendered: settled(render(await readDocument(await readInput(task.at, task.read.maxBytes, task.path), task.path, task.read))) };
  } catch (e) {
    out =
      e instanceof InputError
        ? { id: task.id, error: e.message, reason: e.reason }
        : { id: task.id, error: `${task.path}: internal error: ${(e as Error).message}`, reason: `internal error: ${(e as Error).message}` };
  }
  parentPort!.postMessage(out);
});
