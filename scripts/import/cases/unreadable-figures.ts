import { hasFigure } from '../../../src/core/numbers/quantities.ts';
import type { Problem } from '../../../src/core/problems/problems.ts';
import type { MetricCells } from './extract.ts';

/** The rule id of a figure in a metrics cell that the grammar of figures cannot read. */
const RULE = 'unreadable-figure';

/** What the grammar reads, for the message: one figure, with the words it knows around it. */
const FORMS = '平均3時間, 3〜5時間, 月20件以上';

/** What the check reads of a metric: its label and each side's text and figure. */
interface ReadMetric {
	label: string;
	before: { raw: string; value: number | null };
	after: { raw: string; value: number | null };
}

/**
 * Warns for each before or after cell of the metrics table that holds a figure the grammar of
 * figures (src/core/numbers/quantities.ts) cannot read: its value would be null, and the metric
 * would drop out of metrics.csv, the compare page and the chart without anyone noticing. A cell
 * of words (全件, 一部) or one that says "nothing" (`-`, なし) holds no figure and is not warned.
 * Warnings become errors under `--strict`.
 * @param file The source file, as problems name it.
 * @param metrics The case's metrics, read.
 * @param cells Where each metric's cells start in the source, in the same order.
 * @param columns The table's column headings, to name the column (導入前, 導入後).
 * @returns One warning per unreadable cell, at the cell.
 */
export function unreadableFigures(
	file: string,
	metrics: readonly ReadMetric[],
	cells: readonly MetricCells[],
	columns: readonly string[],
): Problem[] {
	const problems: Problem[] = [];
	metrics.forEach((metric, i) => {
		(['before', 'after'] as const).forEach((side, j) => {
			const value = metric[side];
			if (value.value !== null || !hasFigure(value.raw)) return;
			const place = cells[i]?.[side];
			const column = columns[j + 1] || (side === 'before' ? '導入前' : '導入後');
			problems.push({
				file,
				line: place?.line,
				column: place?.column,
				message: `Unreadable figure “${value.raw}” in the ${column} column of “${metric.label}”, expected one figure and its unit (e.g. ${FORMS}): without it the metric has no ${side} value in metrics.csv, the compare page and the chart`,
				rule: RULE,
				severity: 'warning',
			});
		});
	});
	return problems;
}
