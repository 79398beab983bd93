import type { MetricTemplate } from './industries.ts';
import { formatManYen, roundTo, withCommas } from './numbers.ts';
import type { Random } from './random.ts';

/** One row of the metrics table, as written. */
export interface MetricRow {
	label: string;
	before: string;
	after: string;
	change: string;
}

const DECREASES = [10, 15, 20, 25, 30, 40, 50, 60, 70, 75, 80];
const INCREASES = [10, 20, 25, 30, 50, 80, 100, 150, 200, 300];

/**
 * Writes one metric row whose stated change agrees with its values, the way the importer checks
 * it: a relative change in % (rounded and then marked 約), a multiple (倍) for large rises, or
 * percentage points for figures that are themselves percentages. Some rows leave cells blank
 * (`-`), as real files do when a figure was not published.
 * @param template The metric and its plausible range.
 */
export function metricRow(random: Random, template: MetricTemplate): MetricRow {
	const money = template.unit.startsWith('万円');
	const step = money ? 10 : 1;
	const before = roundTo(random.int(template.min, template.max), step);
	const percent = random.pick(template.direction === 'down' ? DECREASES : INCREASES);
	const factor = template.direction === 'down' ? 1 - percent / 100 : 1 + percent / 100;
	let after = roundTo(before * factor, step);
	if (after === before) after = template.direction === 'down' ? before - step : before + step;
	if (template.unit === '%' && after > 100) after = Math.min(99, before + 5);
	const cell = (value: number) =>
		money ? `${formatManYen(value)}${template.unit.slice(2)}` : `${withCommas(value)}${template.unit}`;

	const shape = random.next();
	if (shape < 0.04)
		return {
			label: template.label,
			before: '-',
			after: '-',
			change: `${percent}%${template.direction === 'down' ? downWord(random, template.unit) : upWord(random)}`,
		};
	if (shape < 0.08) return { label: template.label, before: cell(before), after: cell(after), change: '-' };
	return {
		label: template.label,
		before: cell(before),
		after: cell(after),
		change: statedChange(random, template, before, after),
	};
}

function statedChange(random: Random, template: MetricTemplate, before: number, after: number): string {
	const difference = after - before;
	if (template.unit === '%' && random.chance(0.5)) {
		return `${withCommas(Math.abs(difference))}ポイント${difference < 0 ? '低下' : random.pick(['改善', '上昇'])}`;
	}
	const ratio = after / before;
	if (ratio >= 2 && Number.isInteger(ratio * 2) && random.chance(0.5)) return `${withCommas(ratio)}倍`;
	const exact = (Math.abs(difference) / before) * 100;
	const rounded = Number.isInteger(exact) ? exact : Number(exact.toFixed(exact < 10 ? 1 : 0));
	const prefix = rounded === exact ? '' : '約';
	const word = difference < 0 ? downWord(random, template.unit) : upWord(random);
	return `${prefix}${withCommas(rounded)}%${word}`;
}

function downWord(random: Random, unit: string): string {
	return /時間|分|日/.test(unit) ? random.pick(['短縮', '削減']) : random.pick(['削減', '減', '低減']);
}

function upWord(random: Random): string {
	return random.pick(['増', '向上', '増加']);
}
