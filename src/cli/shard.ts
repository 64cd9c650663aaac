// --shard i/n: a stable part of the inputs, so a CI matrix can give each job
// one part and concatenate what they write. A file's part is a hash of its path,
// so adding or removing a file moves no other file between parts.
import { createHash } from 'node:crypto';
import { UsageError } from './io.js';

export type Shard = { index: number; count: number };

export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) throw new UsageError(`--shard takes i/n with 1 ≤ i ≤ n (for example 2/4), not "${text}"`);
  return { index, count };
}

/** The part (1…count) a path belongs to. */
export function shardOf(path: string, count: number): number {
  const h = createHash('sha256').update(path.split('\\').join('/')).digest();
  return (h.readUInt32BE(0) % count) + 1;
}
