import { parseArgs } from 'node:util';

/** Options of `npm run fuzz`. */
export interface FuzzArgs {
	/** Runs of each round-trip property. */
	runs: number;
	/** fast-check's seed; a random one when not given, printed so that a failure can be replayed. */
	seed: number;
}

export const USAGE = `Usage: npm run fuzz -- --runs N [--seed S]

  --runs N    runs of each round-trip property (case files, slides, whole decks)
  --seed S    the seed to start from (an integer); the same seed gives the same inputs.
              Without it a random seed is used and printed: replay a failure with it`;

/**
 * Parses the command line; unknown options, stray arguments and numbers that are not whole are usage errors.
 * @param argv The arguments after the script.
 * @param random A random seed, for when none is given.
 * @returns The options, or an error message for exit code 2.
 */
export function parseFuzzArgs(
	argv: string[],
	random: () => number = () => Math.floor(Math.random() * 2 ** 31),
): { ok: true; options: FuzzArgs } | { ok: false; message: string } {
	try {
		const { values, positionals } = parseArgs({
			args: argv,
			allowPositionals: true,
			options: { runs: { type: 'string' }, seed: { type: 'string' }, help: { type: 'boolean', default: false } },
		});
		if (values.help) return { ok: false, message: USAGE };
		if (positionals.length > 0) return { ok: false, message: `Unexpected argument "${positionals[0]}"\n\n${USAGE}` };
		const runs = Number(values.runs);
		if (values.runs === undefined || !Number.isInteger(runs) || runs < 1)
			return { ok: false, message: `--runs must be a whole number of at least 1\n\n${USAGE}` };
		const seed = values.seed === undefined ? random() : Number(values.seed);
		if (!Number.isInteger(seed)) return { ok: false, message: `--seed must be a whole number\n\n${USAGE}` };
		return { ok: true, options: { runs, seed } };
	} catch (error) {
		return { ok: false, message: `${(error as Error).message}\n\n${USAGE}` };
	}
}
