import { describe, expect, it } from 'vitest';
import { parseQuantity } from '../../../src/core/numbers/quantities.ts';
import type { Metric } from '../../../src/core/schemas/case.ts';
import { metricBars } from '../../../src/features/cases/metrics-chart.ts';

const metric = (label: string, before: string, after: string): Metric => ({
	label,
	before: parseQuantity(before),
	after: parseQuantity(after),
	change: { value: null, unit: '', raw: '-', direction: null },
});

describe('metricBars', () => {
	it('scales each pair to its larger value, with the source text beside each bar', () => {
		expect(metricBars([metric('段取り時間', '45分/ロット', '18分/ロット')])).toEqual([
			{
				label: '段取り時間',
				before: { width: 1, text: '45分/ロット', range: null },
				after: { width: 0.4, text: '18分/ロット', range: null },
			},
		]);
	});

	it('draws a qualified value at its figure and a range at its midpoint, with its ends', () => {
		const [bars] = metricBars([metric('対応時間', '3〜5時間', '平均1時間')]);
		expect(bars).toEqual({
			label: '対応時間',
			before: { width: 0.8, text: '3〜5時間', range: { low: 0.6, high: 1 } },
			after: { width: 0.2, text: '平均1時間', range: null },
		});
	});

	it('lines up a rate however the cell writes it (月20件 and 20件/月)', () => {
		expect(metricBars([metric('相談件数', '月20件以上', '85件/月')])).toHaveLength(1);
	});

	it('leaves out rows without two figures in the same unit', () => {
		expect(
			metricBars([metric('a', '-', '20件'), metric('b', '0件', '150社+'), metric('c', '1時間30分', '1時間')]),
		).toEqual([]);
	});
});
