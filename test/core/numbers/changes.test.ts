import { describe, expect, it } from 'vitest';
import {
	changeAgrees,
	checkChange,
	computeChange,
	parseChange,
	statesImprovement,
	type ChangeCheckOptions,
} from '../../../src/core/numbers/changes.ts';

describe('parseChange', () => {
	it.each<[string, number | null, string, 'increase' | 'decrease' | null]>([
		['325%増', 325, '%', 'increase'],
		['30%減', 30, '%', 'decrease'],
		['30%削減', 30, '%', 'decrease'],
		['30%短縮', 30, '%', 'decrease'],
		['30%低減', 30, '%', 'decrease'],
		['2.5倍', 2.5, '倍', 'increase'],
		['+15%', 15, '%', 'increase'],
		['-20%', 20, '%', 'decrease'],
		['▲20%', 20, '%', 'decrease'],
		['△20%', 20, '%', 'decrease'],
		// "Better" says neither up nor down: without the values, no direction.
		['15ポイント改善', 15, 'ポイント', null],
		['-', null, '', null],
		// Edge cases.
		['', null, '', null],
		['325%', 325, '%', null],
		['３２５％増', 325, '%', 'increase'],
		['30%減少', 30, '%', 'decrease'],
		['30%の削減', 30, '%', 'decrease'],
		['約30%削減', 30, '%', 'decrease'],
		['50%向上', 50, '%', null],
		['+15%改善', 15, '%', 'increase'],
		['20%増加', 20, '%', 'increase'],
		['20%アップ', 20, '%', 'increase'],
		['−20%', 20, '%', 'decrease'],
		['+5pt', 5, 'ポイント', 'increase'],
		['5pp改善', 5, 'ポイント', null],
		['0.5倍', 0.5, '倍', 'decrease'],
		['2.5倍に増加', 2.5, '倍', 'increase'],
		['1,200万円削減', 12_000_000, '円', 'decrease'],
		['15分短縮', 15, '分', 'decrease'],
		['-20%増', 20, '%', null],
		['3時間に短縮', null, '', null],
		['20〜30%削減', null, '', null],
		['大幅改善', null, '', null],
		['新規', null, '', null],
	])('%s → %s %s %s', (raw, value, unit, direction) => {
		expect(parseChange(raw)).toEqual({ value, unit, raw, direction });
	});

	it('reads fractions as ratios', () => {
		expect(parseChange('1/3に削減')).toEqual({ value: 1 / 3, unit: '倍', raw: '1/3に削減', direction: 'decrease' });
		expect(parseChange('3分の1')).toEqual({ value: 1 / 3, unit: '倍', raw: '3分の1', direction: 'decrease' });
	});
});

describe('parseChange with the values before and after', () => {
	it.each<[string, number | null, number | null, 'increase' | 'decrease' | null]>([
		// 不良率 25% → 12%, stated 13ポイント改善: better, and down.
		['13ポイント改善', 25, 12, 'decrease'],
		['0.5ポイント向上', 4.1, 4.6, 'increase'],
		['80%改善', 5, 1, 'decrease'],
		['50%向上', 10, 15, 'increase'],
		['13ポイント改善', null, 12, null],
		['13ポイント改善', 12, 12, null],
		// A word that says up or down is taken as written, whatever the values say.
		['325%増', 85, 20, 'increase'],
		['30%削減', 10, 13, 'decrease'],
		['2.5倍', 2, 5, 'increase'],
	])('%s from %s to %s → %s', (raw, before, after, direction) => {
		expect(parseChange(raw, before, after).direction).toBe(direction);
	});
});

describe('statesImprovement', () => {
	it.each<[string, boolean]>([
		['13ポイント改善', true],
		['50%向上', true],
		['20%効率化', true],
		['325%増', false],
		['30%削減', false],
		['-', false],
	])('%s → %s', (raw, expected) => {
		expect(statesImprovement(raw)).toBe(expected);
	});
});

describe('computeChange', () => {
	it.each<[number, number, number]>([
		[20, 85, 325],
		[8, 26, 225],
		[15, 45, 200],
		[5, 1, -80],
		[10, 20, 100],
		[1, 1.1, 10],
		[0, 0, 0],
		[-10, -5, 50],
	])('%s → %s is %s%%', (before, after, expected) => {
		expect(computeChange(before, after)).toBe(expected);
	});

	it('is NaN from zero', () => {
		expect(computeChange(0, 150)).toBeNaN();
	});
});

describe('changeAgrees', () => {
	it.each<[string, number, number, boolean, ChangeCheckOptions?]>([
		['325%増', 20, 85, true],
		['225%増', 8, 26, true],
		['200%増', 15, 45, true],
		['4.25倍', 20, 85, true],
		['4.2倍', 20, 85, true],
		['4倍', 20, 85, true],
		['3倍', 20, 85, false],
		['80%削減', 5, 1, true],
		['80%改善', 5, 1, true],
		['4ポイント改善', 5, 1, true],
		['4ポイント削減', 5, 1, true],
		['4ポイント増', 5, 1, false],
		['300%増', 10, 20, false],
		['100%増', 10, 20, true],
		['325%減', 20, 85, false],
		['80%増', 5, 1, false],
		['33%増', 3, 4, true],
		['30%増', 3, 4, false],
		['25%短縮', 60, 45, true],
		['15分短縮', 60, 45, true],
		['400万円削減', 12_000_000, 8_000_000, true],
		['+15%', 100, 115, true],
		['▲20%', 100, 80, true],
		['▲20%', 100, 120, false],
		['325%', 20, 85, true],
		// % of a % metric: relative or points, only when the caller says the metric is in %.
		['4%削減', 5, 1, false],
		['4%削減', 5, 1, true, { metricUnit: '%' }],
		['80%削減', 5, 1, true, { metricUnit: '%' }],
		// Nothing to check: not a contradiction.
		['-', 10, 20, true],
		['150%増', 0, 150, true],
		['2倍', 0, 10, true],
		['15', 10, 25, true],
		['15分短縮', 60, 45, true, { metricUnit: '分' }],
		['1時間短縮', 120, 60, true, { metricUnit: '分' }],
	])('%s for %s → %s: %s', (stated, before, after, expected, options) => {
		expect(changeAgrees(stated, before, after, options)).toBe(expected);
		expect(changeAgrees(parseChange(stated), before, after, options)).toBe(expected);
	});

	it('reports what the values give', () => {
		expect(checkChange('300%増', 10, 20)).toEqual({ verdict: 'disagrees', expected: 100 });
		expect(checkChange('2.5倍', 20, 85)).toEqual({ verdict: 'disagrees', expected: 4.25 });
		expect(checkChange('150%増', 0, 150)).toEqual({ verdict: 'unverifiable', expected: null });
		expect(checkChange('1時間短縮', 120, 60, { metricUnit: '分' })).toEqual({
			verdict: 'unverifiable',
			expected: null,
		});
	});
});
