/**
 * `npm run corpus -- --cases N --out DIR [--seed S]`: writes N synthetic case files in the
 * template of `sources/000_186593a879ea8978.txt`, for benchmarks and scale tests. Every
 * organisation and figure in them is invented.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCorpusArgs } from './corpus/args.ts';
import { generateCorpus } from './corpus/corpus.ts';

const parsed = parseCorpusArgs(process.argv.slice(2));
if (!parsed.ok) {
	console.error(parsed.message);
	process.exit(2);
}
const { out, ...options } = parsed.options;

mkdirSync(out, { recursive: true });
for (const file of generateCorpus(options)) writeFileSync(join(out, file.fileName), file.text);
console.log(`Wrote ${options.count} case files to ${out} (seed ${options.seed}).`);
