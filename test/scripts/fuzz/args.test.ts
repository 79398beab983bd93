import { describe, expect, it } from 'vitest';
import { parseFuzzArgs } from '../../../scripts/fuzz/args.ts';

describe('npm run fuzz -- …', () => {
	it('takes the runs and the seed, and draws a seed when none is given', () => {
		expect(parseFuzzArgs(['--runs', '20000', '--seed', '42'])).toEqual({
			ok: true,
			options: { runs: 20000, seed: 42 },
		});
		expect(parseFuzzArgs(['--runs', '5'], () => 7)).toEqual({ ok: true, options: { runs: 5, seed: 7 } });
	});

	it('refuses what is not a whole number of runs, a stray argument or an unknown option, with the usage', () => {
		for (const argv of [
			[],
			['--runs', '0'],
			['--runs', '1.5'],
			['--runs', '3', '--seed', 'x'],
			['--runs', '3', 'more'],
			['--fast'],
		]) {
			const parsed = parseFuzzArgs(argv);
			expect(parsed.ok).toBe(false);
			if (!parsed.ok) expect(parsed.message).toContain('Usage: npm run fuzz -- --runs N [--seed S]');
		}
	});
});
