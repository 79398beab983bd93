import type { CaseData } from './schemas/case.ts';

/**
 * The one payback computation of the site, as pure functions: the SME estimator's script
 * (`/sme/estimator/`), every page that quotes a case's payback (`CasePayback.astro`), the case
 * pages' data notes, the importer's consistency check and the tests run the same code. The
 * formula is the one the guideline gives in G-5.2:
 * months = initial investment ÷ (yearly effect − yearly running cost) × 12, rounded up to a tenth
 * of a month ({@link roundMonthsUp}).
 */

/**
 * Months until the initial investment is recovered, or null when it never is (the yearly effect
 * does not exceed the running cost).
 * @param initial Initial investment in yen.
 * @param running Yearly running cost in yen.
 * @param effect Yearly effect in yen.
 */
export function paybackMonths(initial: number, running: number, effect: number): number | null {
	const net = effect - running;
	if (net <= 0) return null;
	return (initial / net) * 12;
}

/**
 * Rounds a payback period up to a tenth of a month: the investment is not yet recovered at a
 * rounded-down figure, so an estimate should never promise it sooner than the formula does.
 * The small tolerance keeps float noise (16.000000001) from adding a tenth.
 */
export function roundMonthsUp(months: number): number {
	return Math.ceil(months * 10 - 1e-6) / 10;
}

/** What a case's own figures say about its payback, computed by the formula of G-5.2. */
export interface CasePayback {
	/** Initial investment in yen. */
	initial: number;
	/** Yearly running cost in yen. */
	running: number;
	/** Yearly effect in yen. */
	effect: number;
	/** Payback by the formula, rounded up to a tenth of a month ({@link roundMonthsUp}). */
	months: number;
	/** The payback period the case states, in months, or null when it states none. */
	stated: number | null;
}

/**
 * The payback a case's own budget and yearly effect give, beside the one it states: the one
 * computation every page uses (`CasePayback.astro`), so that no page types a figure of its own.
 * Null when the case lacks an amount, or when its effect does not exceed its running cost.
 * @param data The case's budget and ROI, as in the collection.
 */
export function casePayback(data: Pick<CaseData, 'budget' | 'roi'>): CasePayback | null {
	const { initial_jpy: initial, annual_jpy: running } = data.budget;
	const effect = data.roi.annual_effect_jpy;
	if (initial === null || running === null || effect === null) return null;
	const months = paybackMonths(initial, running, effect);
	if (months === null) return null;
	return {
		initial,
		running,
		effect,
		months: roundMonthsUp(months),
		stated: data.roi.payback_months,
	};
}

/**
 * Whole calendar months from `2023-02` to `2024-01-21` (11); null when either is missing. A
 * stated payback longer than the months from a case's first phase to its record cannot yet be a
 * result (src/core/data-notes.ts).
 */
export function monthsBetween(start: string | null, end: string | null): number | null {
	if (start === null || end === null) return null;
	const [startYear, startMonth] = start.split('-').map(Number);
	const [endYear, endMonth] = end.split('-').map(Number);
	if (!startYear || !startMonth || !endYear || !endMonth) return null;
	return (endYear - startYear) * 12 + (endMonth - startMonth);
}
