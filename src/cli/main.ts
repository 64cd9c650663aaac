// Placeholder CLI: json output only (issue 4 builds the full one).
import { parseFile, InputError } from '../index.js';

export async function main(argv: string[]): Promise<number> {
  const files = argv.filter((a) => !a.startsWith('--') && a !== 'json');
  const docs = [];
  let code = 0;
  for (const f of files) {
    try {
      docs.push(await parseFile(f));
    } catch (e) {
      if (e instanceof InputError) {
        process.stderr.write(`plan-parse: ${e.message}\n`);
        code = 2;
      } else throw e;
    }
  }
  process.stdout.write(JSON.stringify(docs.length === 1 ? docs[0] : docs, null, 2) + '\n');
  return code;
}
