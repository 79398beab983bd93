import type { Metric } from '../../core/schemas/case.ts';

/**
 * What a metric measures, read from its unit: the compare page lines metrics of the same kind up
 * side by side, and `/data/metrics.csv` has it as a column. Case files name their indicators
 * freely (段取り時間, 見積作成時間 …), so the unit is the one thing that cases share.
 */
export const METRIC_KINDS = ['time', 'count', 'money', 'percent', 'score', 'other'] as const;
export type MetricKind = (typeof METRIC_KINDS)[number];

/** Leading parts of a unit (before any `/`), by kind; the first match wins. */
const UNIT_KINDS: [RegExp, MetricKind][] = [
	[/^(秒|分|時間|日|週|週間|ヶ月|か月|カ月|ヵ月|月|年)$/, 'time'],
	[/^(円|万円|億円|千円|ドル)$/, 'money'],
	[/^(%|％)$/, 'percent'],
	[/^(点|ポイント|pt)$/, 'score'],
	[/^(件|回|社|名|人|品|個|台|本|枚|本数|冊|部|通)\+?$/, 'count'],
];

/**
 * The kind of a unit as a case file writes it (`分/ロット` → time, `円/年` → money, `社+` → count).
 * @param unit The unit of a quantity; empty when the text had none.
 */
export function unitKind(unit: string): MetricKind {
	const head = unit.split('/')[0]?.trim() ?? '';
	return UNIT_KINDS.find(([pattern]) => pattern.test(head))?.[1] ?? 'other';
}

/**
 * The kind of a metric: that of its before value's unit, else its after value's (one side may be `-`).
 * @param metric One row of a case's metrics table.
 */
export function metricKind(metric: Metric): MetricKind {
	const before = unitKind(metric.before.unit);
	return before !== 'other' ? before : unitKind(metric.after.unit);
}
