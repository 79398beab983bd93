/**
 * `npm run fuzz -- --runs N [--seed S]`: the importer's round-trip properties (scripts/fuzz/,
 * run by test/scripts/import/round-trip.test.ts, which `npm test` runs a few hundred times) run
 * N times each from one seed. They run inside Vitest because the renderer they check against is
 * the case-files loader's, which a script may not import (src/features is above scripts). Prints
 * the runs, the seed and the time; a failure prints fast-check's shrunk counter-example and exits 1.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseFuzzArgs } from './fuzz/args.ts';

const parsed = parseFuzzArgs(process.argv.slice(2));
if (!parsed.ok) {
	console.error(parsed.message);
	process.exit(2);
}
const { runs, seed } = parsed.options;

console.log(`fuzz: ${runs} runs per property from seed ${seed}`);
const start = performance.now();
const vitest = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
const result = spawnSync(
	process.execPath,
	[vitest, 'run', '--project', 'unit', 'test/scripts/import/round-trip.test.ts'],
	{ stdio: 'inherit', env: { ...process.env, FUZZ_RUNS: String(runs), FUZZ_SEED: String(seed) } },
);
const seconds = ((performance.now() - start) / 1000).toFixed(1);
const failed = result.status !== 0;
console.log(
	`fuzz: ${runs} runs per property, seed ${seed}, ${seconds} s: ${failed ? `FAILED (replay: npm run fuzz -- --runs ${runs} --seed ${seed})` : 'passed'}`,
);
process.exit(result.status ?? 1);
