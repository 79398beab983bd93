import { z } from 'zod';
import { QuantitySchema } from './quantity.ts';

/**
 * How a metric value is qualified, as its text says: 約 / 程度 (`approx`), 平均 (`average`), 最大 /
 * 最長 (`max`), 最小 / 最短 (`min`), 以上 / + (`at-least`), 以下 / 以内 / まで (`at-most`), 未満
 * (`less-than`), 超 (`more-than`), and a range 3〜5 (`range`).
 */
export const QUALIFIERS = [
	'approx',
	'average',
	'max',
	'min',
	'at-least',
	'at-most',
	'less-than',
	'more-than',
	'range',
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/**
 * One cell of a metrics table (before or after), read: the figure with its unit, what qualifies
 * it, a range's ends and a rate's period. The page always shows `raw`; the numbers are for
 * comparing, charting and `/data/metrics.csv`.
 */
export const MetricValueSchema = QuantitySchema.extend({
	/**
	 * The figure to compare and plot: the number written (money in yen), the midpoint of a range
	 * (3〜5時間 → 4), the bound itself for 以上 / 以下 / 最大 …; null when the cell holds no figure
	 * (`-`, 全件) or one the importer could not read (it warns).
	 */
	value: z
		.number()
		.nullable()
		.describe(
			'The figure to compare and plot: the number written (money in yen), the midpoint of a range (3〜5時間 → 4), the bound itself for 以上 / 以下 / 最大 …; null when the cell holds no figure (`-`, 全件) or one the importer could not read (it warns).',
		),
	/**
	 * The unit, qualifier words left out; a rate keeps its period after a slash however the cell
	 * says it (20件/月 and 月20件 → 件/月, 1日あたり3時間 → 時間/日); empty when none.
	 */
	unit: z
		.string()
		.describe(
			'The unit, qualifier words left out; a rate keeps its period after a slash however the cell says it (20件/月 and 月20件 → 件/月, 1日あたり3時間 → 時間/日); empty when none.',
		),
	/**
	 * How the text qualifies the figure (約 → approx, 平均 → average, 最大 → max, 最短 → min, 以上 / +
	 * → at-least, 以下 / 以内 → at-most, 未満 → less-than, 超 → more-than, 3〜5 → range), or null.
	 * When it says more than one, the one that changes the figure's meaning most is kept (a range,
	 * then a bound, then average, then approx); `raw` keeps the rest.
	 */
	qualifier: z
		.enum(QUALIFIERS)
		.nullable()
		// A case file generated before these fields existed (or edited by hand) still validates.
		.default(null)
		.describe(
			'How the text qualifies the figure (約 → approx, 平均 → average, 最大 → max, 最短 → min, 以上 / + → at-least, 以下 / 以内 → at-most, 未満 → less-than, 超 → more-than, 3〜5 → range), or null. When it says more than one, the one that changes the figure’s meaning most is kept (a range, then a bound, then average, then approx); raw keeps the rest.',
		),
	/** The low end of a range (3〜5時間 → 3), in the unit of `value`; null unless `qualifier` is `range`. */
	low: z
		.number()
		.nullable()
		.default(null)
		.describe('The low end of a range (3〜5時間 → 3), in the unit of value; null unless qualifier is range.'),
	/** The high end of a range (3〜5時間 → 5), in the unit of `value`; null unless `qualifier` is `range`. */
	high: z
		.number()
		.nullable()
		.default(null)
		.describe('The high end of a range (3〜5時間 → 5), in the unit of value; null unless qualifier is range.'),
	/** What a rate is per: the part of `unit` after its slash (件/月 → 月, 分/ロット → ロット), or null. */
	per: z
		.string()
		.nullable()
		.default(null)
		.describe('What a rate is per: the part of unit after its slash (件/月 → 月, 分/ロット → ロット), or null.'),
});
export type MetricValue = z.output<typeof MetricValueSchema>;
