// A worker thread: parses the files it is sent and posts back documents or errors.
import { parentPort } from 'node:worker_threads';
import { parseFile, InputError } from '../read.js';

export type Task = { id: number; path: string; encoding?: string };
export type Outcome = { id: number; doc?: unknown; error?: string };

parentPort?.on('message', async (task: Task) => {
  let out: Outcome;
  try {
    out = { id: task.id, doc: await parseFile(task.path, { encoding: task.encoding }) };
  } catch (e) {
    out = { id: task.id, error: e instanceof InputError ? e.message : `${task.path}: internal error: ${(e as Error).message}` };
  }
  parentPort!.postMessage(out);
});
