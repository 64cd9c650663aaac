// A worker thread: parses the files it is sent and posts back what the CLI
// writes for each (see render.ts), or the error.
import { parentPort, workerData } from 'node:worker_threads';
import { parseFile, InputError } from '../read.js';
import { renderer, settled, type RenderSpec, type Rendered } from './render.js';

export type Task = { id: number; path: string; encoding?: string };
export type Outcome = { id: number; rendered?: Rendered; error?: string };

const render = await renderer(workerData as RenderSpec);

parentPort?.on('message', async (task: Task) => {
  let out: Outcome;
  try {
    out = { id: task.id, rendered: settled(render(await parseFile(task.path, { encoding: task.encoding }))) };
  } catch (e) {
    out = { id: task.id, error: e instanceof InputError ? e.message : `${task.path}: internal error: ${(e as Error).message}` };
  }
  parentPort!.postMessage(out);
});
