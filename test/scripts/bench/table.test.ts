import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BenchReport } from '../../../scripts/bench/measures.ts';
import { formatReport } from '../../../scripts/bench/table.ts';

// Run A of 2026-12-06 (docs/BENCHMARKS.md), with the reason the baseline's search gave no
// result as the bench now records it.
const report = JSON.parse(
	readFileSync(new URL('../../fixtures/bench/report.json', import.meta.url), 'utf8'),
) as BenchReport;

describe('the bench table', () => {
	const lines = formatReport(report).split('\n');

	it('has one row per site and size, with the pipeline total', () => {
		const rows = lines.filter((line) => /^\| (site|plain-starlight) \| \d+ \| \d+ \|/u.test(line));
		expect(rows.map((row) => row.split(' | ').slice(0, 3).join(' | '))).toEqual([
			'| site | 1000 | 2109',
			'| plain-starlight | 1000 | 1002',
			'| site | 10000 | 20469',
			'| plain-starlight | 10000 | 10002',
		]);
		expect(rows[2]).toContain('| 360.8 | 3031 |');
	});

	it('says why a search gave no result instead of an empty cell alone', () => {
		const browserRow = lines.find((line) => line.startsWith('| plain-starlight | 10000 | case page |'));
		expect(browserRow?.split(' | ')[4]).toBe('–');
		expect(lines).toContain(
			'No search result (plain-starlight, 10000, case page): locator.waitFor: Timeout 10000ms exceeded.',
		);
		expect(lines.filter((line) => line.startsWith('No search result'))).toHaveLength(1);
	});
});
