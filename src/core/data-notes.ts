import { checkChange } from './numbers/changes.ts';
import { casePayback, monthsBetween } from './payback.ts';
import type { CaseData, Metric } from './schemas/case.ts';
import type { DataNote } from './schemas/data-note.ts';

/** A figure as the checks read it. */
type Figure = Pick<Metric['before'], 'value' | 'unit' | 'raw'>;

/**
 * What the checks read of a case: the collection's data, or the importer's before its defaults
 * are filled in.
 */
export interface NoteInput extends Pick<CaseData, 'founded_year' | 'ai_adoption_year' | 'budget' | 'roi' | 'updated'> {
	phases: readonly { start: string | null }[];
	metrics: readonly { label: string; before: Figure; after: Figure; change: Metric['change'] }[];
}

/**
 * A stated payback this many months away from the computed one disagrees with it: a period
 * stated in whole months may be up to a month off the computed tenth without being wrong.
 */
const PAYBACK_TOLERANCE_MONTHS = 1;

/**
 * The consistency checks of a case, as data notes (検証メモ): the importer reports them to the
 * maintainer as warnings at their source lines, the case page shows them to the reader beside the
 * figure, `/data/cases.json` publishes them, and `<CasePayback show="stated">` adds their caveat
 * to a quoted payback. One function, so that all four say the same thing.
 *
 * - `payback-mismatch`: the stated payback is more than a month away from the one G-5.2's
 *   formula gives with the case's own amounts ({@link casePayback}).
 * - `payback-forecast`: the record is dated fewer months after the first phase began than the
 *   stated payback, so the payback cannot yet be a result.
 * - `metric-change`: a metrics row's stated change contradicts its values before and after
 *   (`checkChange`; a change that cannot be checked is no note).
 * - `adoption-before-founding`, `phase-order`: dates that disagree.
 * @param data The case.
 * @returns The notes: dates of the profile, metrics, phases, then the payback.
 */
export function caseDataNotes(data: NoteInput): DataNote[] {
	const notes: DataNote[] = [];
	if (data.ai_adoption_year < data.founded_year) {
		notes.push({
			rule: 'adoption-before-founding',
			concerns: 'profile',
			founded_year: data.founded_year,
			ai_adoption_year: data.ai_adoption_year,
		});
	}
	data.metrics.forEach((metric, i) => {
		const { before, after, change } = metric;
		if (before.value === null || after.value === null || change.value === null) return;
		// A % metric may state its change in points or relative: both are read (checkChange).
		const metricUnit = before.unit === after.unit ? before.unit : undefined;
		const check = checkChange(change, before.value, after.value, { metricUnit });
		if (check.verdict !== 'disagrees' || check.expected === null) return;
		notes.push({
			rule: 'metric-change',
			concerns: 'metrics',
			metric: i,
			label: metric.label,
			stated: change.raw,
			before: before.raw,
			after: after.raw,
			expected: check.expected,
			unit: change.unit,
		});
	});
	data.phases.forEach((phase, i) => {
		const previous = data.phases[i - 1]?.start;
		if (i > 0 && previous && phase.start && phase.start < previous) {
			notes.push({ rule: 'phase-order', concerns: 'phases', phase: i, start: phase.start, previous_start: previous });
		}
	});
	const payback = casePayback(data);
	const stated = data.roi.payback_months;
	if (payback && stated !== null && Math.abs(stated - payback.months) > PAYBACK_TOLERANCE_MONTHS) {
		notes.push({
			rule: 'payback-mismatch',
			concerns: 'roi',
			stated_months: stated,
			computed_months: payback.months,
			initial_jpy: payback.initial,
			running_jpy: payback.running,
			effect_jpy: payback.effect,
		});
	}
	const from = data.phases[0]?.start ?? null;
	const elapsed = monthsBetween(from, data.updated);
	if (stated !== null && from !== null && data.updated !== null && elapsed !== null && elapsed < stated) {
		notes.push({
			rule: 'payback-forecast',
			concerns: 'roi',
			stated_months: stated,
			from,
			to: data.updated,
			months_at_record: elapsed,
		});
	}
	return notes;
}
