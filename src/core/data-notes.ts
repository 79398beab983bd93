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

/** Minutes in a unit of time that metrics cells are written in (months and years vary: not here). */
const MINUTES: Readonly<Record<string, number>> = { 秒: 1 / 60, 分: 1, 時間: 60, 日: 1440, 週: 10080, 週間: 10080 };

/**
 * The values before and after in one unit: as written when their units are the same; in minutes
 * when both are times per the same thing (平均2時間/日 → 平均30分/日 is 120 → 30); null when they
 * cannot be compared (件 → 時間), so that no note is made from numbers in different units.
 */
function comparable(before: Figure, after: Figure): { before: number; after: number; unit: string } | null {
	if (before.value === null || after.value === null) return null;
	if (before.unit === after.unit) return { before: before.value, after: after.value, unit: before.unit };
	const [beforeHead = '', beforePer = ''] = before.unit.split(/(?=\/)/);
	const [afterHead = '', afterPer = ''] = after.unit.split(/(?=\/)/);
	const from = MINUTES[beforeHead];
	const to = MINUTES[afterHead];
	if (from === undefined || to === undefined || beforePer !== afterPer) return null;
	return { before: before.value * from, after: after.value * to, unit: `分${beforePer}` };
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
export function caseDataNotes(data: NoteInput): readonly DataNote[] {
	let notes = computed.get(data);
	if (!notes) {
		notes = checkCase(data);
		computed.set(data, notes);
	}
	return notes;
}

/**
 * The notes of each case object already checked: a case page asks for them once per facts block
 * it shows, and the case list once per row; a collection entry's data is one object per build.
 */
const computed = new WeakMap<NoteInput, readonly DataNote[]>();

/** Runs the checks of {@link caseDataNotes}. */
function checkCase(data: NoteInput): DataNote[] {
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
		const values = comparable(before, after);
		if (values === null || change.value === null) return;
		// A % metric may state its change in points or relative: both are read (checkChange).
		const check = checkChange(change, values.before, values.after, { metricUnit: values.unit });
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
