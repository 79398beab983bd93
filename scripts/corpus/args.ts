import { parseArgs } from 'node:util';
import type { CorpusOptions } from './corpus.ts';

export const USAGE = `Usage: npm run corpus -- --cases N --out DIR [--seed S] [--first-id ID]

  --cases N       number of case files to write
  --out DIR       folder to write them into (created if missing; existing .txt files are kept)
  --seed S        seed of the generator (default 1): the same seed writes the same files
  --first-id ID   case_id of the first file (default 10001, clear of the real and fixture cases)`;

/** Options of `npm run corpus`. */
export interface CorpusArgs extends CorpusOptions {
	out: string;
}

/**
 * Parses the command line of `npm run corpus`.
 * @returns The options, or a message for exit code 2.
 */
export function parseCorpusArgs(argv: string[]): { ok: true; options: CorpusArgs } | { ok: false; message: string } {
	try {
		const { values } = parseArgs({
			args: argv,
			options: {
				cases: { type: 'string' },
				out: { type: 'string' },
				seed: { type: 'string', default: '1' },
				'first-id': { type: 'string', default: '10001' },
				help: { type: 'boolean', default: false },
			},
		});
		if (values.help) return { ok: false, message: USAGE };
		const count = Number(values.cases);
		const seed = Number(values.seed);
		const firstId = Number(values['first-id']);
		if (!Number.isInteger(count) || count < 1)
			return { ok: false, message: `--cases must be a positive integer\n\n${USAGE}` };
		if (!values.out) return { ok: false, message: `--out is required\n\n${USAGE}` };
		if (!Number.isInteger(seed)) return { ok: false, message: `--seed must be an integer\n\n${USAGE}` };
		if (!Number.isInteger(firstId) || firstId < 1)
			return { ok: false, message: `--first-id must be a positive integer\n\n${USAGE}` };
		return { ok: true, options: { count, seed, firstId, out: values.out } };
	} catch (error) {
		return { ok: false, message: `${(error as Error).message}\n\n${USAGE}` };
	}
}
