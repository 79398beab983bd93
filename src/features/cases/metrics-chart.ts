import type { Metric } from '../../core/schemas/case.ts';
import type { MetricValue } from '../../core/schemas/metric-value.ts';

/** One bar: its length, the source text beside it, and a range's ends, as fractions of the scale. */
export interface MetricBar {
	width: number;
	text: string;
	/** A range's low and high ends (3〜5時間), drawn as a line across the bar; null for one figure. */
	range: { low: number; high: number } | null;
}

/** One indicator's pair of bars, scaled to the larger of its two values. */
export interface MetricBars {
	label: string;
	before: MetricBar;
	after: MetricBar;
}

/**
 * Shapes metrics for the before/after chart: only rows with two numbers in the same unit can be
 * drawn; each is scaled to its own maximum (indicators have different units, so one common
 * scale would flatten all but the largest). A qualified value is drawn at its figure (`value`:
 * the bound of 以上, the average of 平均) and a range at its midpoint with a line from its low to
 * its high end; beside each bar stands the cell's text as the source wrote it, so the chart
 * never states more than the source.
 * @param metrics The case's metrics.
 * @returns Bar widths as fractions (0–1) with the source text beside them.
 */
export function metricBars(metrics: Metric[]): MetricBars[] {
	return metrics
		.filter((m) => m.before.value !== null && m.after.value !== null && m.before.unit === m.after.unit)
		.map((m) => {
			const ends = [m.before, m.after].flatMap((v) => [v.value ?? 0, v.low ?? 0, v.high ?? 0]);
			const max = Math.max(...ends.map(Math.abs)) || 1;
			return { label: m.label, before: bar(m.before, max), after: bar(m.after, max) };
		});
}

function bar(value: MetricValue, max: number): MetricBar {
	const range =
		value.low !== null && value.high !== null
			? { low: Math.abs(value.low) / max, high: Math.abs(value.high) / max }
			: null;
	return { width: Math.abs(value.value ?? 0) / max, text: value.raw, range };
}
