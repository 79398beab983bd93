import { parseArgs } from 'node:util';

export const USAGE = `Usage: npm run bench -- [--cases 1000,5000,10000] [--seed S] [--no-baseline] [--no-browser] [--keep]

  --cases LIST    corpus sizes to measure, comma-separated (default 1000)
  --seed S        seed of the generated corpus (default 1)
  --no-baseline   skip the plain-Starlight build of the same texts
  --no-browser    skip the Chromium measures (first paint, search bytes)
  --keep          keep the built sites in .tmp/bench-* (they are removed after measuring)

Needs GNU time (/usr/bin/time; \`apt-get install -y time\`) for the OS's memory accounting, and
Chromium (/usr/bin/chromium or CHROME_PATH) for the browser measures.`;

/** Options of `npm run bench`. */
export interface BenchOptions {
	sizes: number[];
	seed: number;
	baseline: boolean;
	browser: boolean;
	keep: boolean;
}

/** Parses the command line of `npm run bench`; returns a message for exit code 2 on misuse. */
export function parseBenchArgs(argv: string[]): { ok: true; options: BenchOptions } | { ok: false; message: string } {
	try {
		const { values } = parseArgs({
			args: argv,
			options: {
				cases: { type: 'string', default: '1000' },
				seed: { type: 'string', default: '1' },
				'no-baseline': { type: 'boolean', default: false },
				'no-browser': { type: 'boolean', default: false },
				keep: { type: 'boolean', default: false },
				help: { type: 'boolean', default: false },
			},
		});
		if (values.help) return { ok: false, message: USAGE };
		const sizes = values.cases.split(',').map((size) => Number(size.trim()));
		if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
			return { ok: false, message: `--cases must list positive integers\n\n${USAGE}` };
		}
		const seed = Number(values.seed);
		if (!Number.isInteger(seed)) return { ok: false, message: `--seed must be an integer\n\n${USAGE}` };
		return {
			ok: true,
			options: { sizes, seed, baseline: !values['no-baseline'], browser: !values['no-browser'], keep: values.keep },
		};
	} catch (error) {
		return { ok: false, message: `${(error as Error).message}\n\n${USAGE}` };
	}
}
