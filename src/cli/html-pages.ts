// `plan-parse -f html`: one self-contained page per document. One input goes to
// stdout or the -o file like any format; several (or one with -o naming a folder)
// go one page each into the folder -o names, never over a file already there.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { EXIT, UsageError, write, type FullIo } from './io.js';
import type { Opened } from './commands.js';
import type { InputItem } from './inputs.js';
import { bytesOf } from './run-files.js';
import { abandon } from './output.js';

export async function writePages(io: FullIo, run: Opened): Promise<number> {
  if (!run.single && run.folder === null) throw new UsageError(`-f html writes one page per document: name a folder for the ${run.items.length} pages with -o`);
  const [{ toHtml }, { canonicalizer }, { readDocument, readText, InputError }] = await Promise.all([import('../format/html.js'), import('../analyst/departments.js'), import('../read.js')]);
  const canonical = canonicalizer(run.config.departments);
  /** The page of one input, from the text the document was parsed from (not the file's markup). */
  const page = async (item: InputItem) => {
    const { label, bytes } = await bytesOf(item, run.read, io.stdin);
    const { text } = await readText(bytes, label, run.read);
    return toHtml(await readDocument(bytes, label, run.read), text, { canonical });
  };
  const folder = run.folder === null ? null : openFolder(resolve(io.cwd, run.folder), run.folder);
  const names = new Set<string>();
  let status: number = EXIT.ok;
  for (const item of run.items) {
    run.progress.tick();
    try {
      if (folder === null) {
        await write(run.sink.out, await page(item));
        continue;
      }
      const name = pageName(item, names);
      try {
        writeFileSync(join(folder, name), await page(item), { flag: 'wx' });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        io.stderr.write(`plan-parse: ${join(run.folder!, name)}: already exists; refusing to overwrite it\n`);
        status = EXIT.failure;
      }
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      io.stderr.write(`plan-parse: ${e.message}\n`);
      status = EXIT.failure;
    }
  }
  run.progress.done();
  // one input that could not be read: a file named by -o stays as it was, not replaced by nothing
  if (folder === null && status !== EXIT.ok) abandon(io);
  else await run.sink.close();
  return status;
}

/** The folder for the pages, made if need be. */
function openFolder(path: string, shown: string): string {
  try {
    mkdirSync(path, { recursive: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`${shown}: cannot make the folder for the pages (${code === 'EEXIST' || code === 'ENOTDIR' ? 'a file is in the way' : (code ?? (e as Error).message)})`);
  }
  if (!statSync(path).isDirectory()) throw new UsageError(`${shown}: is a file, not a folder for the pages`);
  return path;
}

/** The input's name with .html for its extension; a second input of the same name gets -2, and so on. */
function pageName(item: InputItem, taken: Set<string>): string {
  const stem = item.kind === 'stdin' ? 'stdin' : basename(item.path, extname(item.path));
  let name = `${stem}.html`;
  for (let n = 2; taken.has(name); n++) name = `${stem}-${n}.html`;
  taken.add(name);
  return name;
}
