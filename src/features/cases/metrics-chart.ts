import type { Metric } from '../../core/schemas/case.ts';

/** One indicator's pair of bars, scaled to the larger of its two values. */
export interface MetricBars {
	label: string;
	before: { width: number; text: string };
	after: { width: number; text: string };
}

/**
 * Shapes metrics for the before/after chart: only rows with two numbers in the same unit can be
 * drawn; each is scaled to its own maximum (indicators have different units, so one common
 * scale would flatten all but the largest).
 * @param metrics The case's metrics.
 * @returns Bar widths as fractions (0–1) with the source text beside them.
 */
export function metricBars(metrics: Metric[]): MetricBars[] {
	return metrics
		.filter((m) => m.before.value !== null && m.after.value !== null && m.before.unit === m.after.unit)
		.map((m) => {
			const before = m.before.value ?? 0;
			const after = m.after.value ?? 0;
			const max = Math.max(Math.abs(before), Math.abs(after)) || 1;
			return {
				label: m.label,
				before: { width: Math.abs(before) / max, text: m.before.raw },
				after: { width: Math.abs(after) / max, text: m.after.raw },
			};
		});
}
