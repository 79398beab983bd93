import { describe, expect, it } from 'vitest';
import { parseChange } from '../../../src/core/numbers/changes.ts';
import { englishChange } from '../../../src/features/cases/change-wording.ts';

const words = { increase: 'increase', decrease: 'decrease', improvement: 'improvement' };

describe('englishChange', () => {
	it.each<[string, number | null, number | null, string | null]>([
		['325%増', 20, 85, '325% increase'],
		['30%削減', 10, 7, '30% decrease'],
		['2.5倍', 2, 5, '2.5× increase'],
		// 不良率 25% → 12%: the word says "better", the values say down.
		['13ポイント改善', 25, 12, '13 pp decrease (improvement)'],
		['0.5ポイント向上', 4.1, 4.6, '0.5 pp increase (improvement)'],
		['30%改善', null, null, '30% improvement'],
		['325%', 20, 85, '325%'],
		['15分短縮', 60, 45, null],
		['-', null, null, null],
	])('%s from %s to %s → %j', (raw, before, after, expected) => {
		expect(englishChange(parseChange(raw, before, after), words)).toBe(expected);
	});
});
