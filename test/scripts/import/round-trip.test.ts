import { expect, it } from 'vitest';
import { formatReport, runRoundTrip } from '../../../scripts/fuzz/round-trip.ts';
import { caseNarrativeRenderer } from '../../support/case-narrative.ts';

/**
 * The importer's round-trip properties (scripts/fuzz/round-trip.ts), seeded: the same inputs every
 * run. `npm run fuzz -- --runs N [--seed S]` runs this file with more runs (FUZZ_RUNS, FUZZ_SEED).
 * A counter-example it finds becomes a fixture or a focused test.
 */
const runs = Number(process.env.FUZZ_RUNS ?? 100);
const seed = Number(process.env.FUZZ_SEED ?? 1108);

it(
	`imports hostile text literally, checked ${runs} times per property from seed ${seed}`,
	{ timeout: Math.max(120_000, runs * 300) },
	async () => {
		const report = await runRoundTrip({ runs, seed, render: await caseNarrativeRenderer() });
		console.log(formatReport(report));
		expect(report.runs).toBe(runs);
	},
);
