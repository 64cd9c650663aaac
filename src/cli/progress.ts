// A progress bar on stderr for long runs on a terminal; stdout is left alone.
import type { Writable } from 'node:stream';

export type Progress = { tick: () => void; done: () => void };
const none: Progress = { tick: () => {}, done: () => {} };

export function progressBar(total: number, stream: Writable & { isTTY?: boolean; columns?: number }, enabled: boolean): Progress {
  if (!enabled || !stream.isTTY || total < 5) return none;
  let n = 0;
  let last = 0;
  const draw = () => {
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 30));
    const fill = Math.round((n / total) * width);
    stream.write(`\r[${'#'.repeat(fill)}${'.'.repeat(width - fill)}] ${n}/${total} files`);
  };
  return {
    tick: () => {
      n++;
      const now = Date.now();
      if (now - last > 80 || n === total) {
        last = now;
        draw();
      }
    },
    done: () => stream.write('\r\x1b[2K'),
  };
}
