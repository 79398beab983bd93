import type { CaseData } from '../../core/schemas/case.ts';

/**
 * The one payback computation of the site, as pure functions: the SME estimator's script
 * (`/sme/estimator/`), every page that quotes a case's payback (`CasePayback.astro`) and the
 * tests run the same code. The formula is the one the guideline gives in G-5.2:
 * months = initial investment ÷ (yearly effect − yearly running cost) × 12, rounded up to a tenth
 * of a month ({@link roundMonthsUp}).
 * Amounts are read with the grammar of figures the case importer uses
 * (src/core/numbers/quantities.ts), so 300万円, ３００万 and 45,000,000 all work.
 */
import { isWhole, toNumber } from '../../core/numbers/decimal.ts';
import { readQuantity } from '../../core/numbers/quantities.ts';

/**
 * Why an entered amount was refused; each has a message in the UI strings
 * (`sme.estimator.error.*`): nothing typed, not a number (or not in yen / people), written in
 * exponent notation (1e30), not whole, below zero, above the field's plausible bound
 * ({@link AMOUNT_MAX}), a range or a bound rather than one value, or per a period the field is not.
 */
export const AMOUNT_ERRORS = [
	'empty',
	'notNumber',
	'exponent',
	'notWhole',
	'negative',
	'tooLarge',
	'notOne',
	'period',
] as const;
export type AmountError = (typeof AMOUNT_ERRORS)[number];

/** What a field holds: yen paid once (初期投資), yen a year (運用費, 効果), or a number of people. */
export type AmountKind = 'once' | 'yearly' | 'people';

/** An entered amount, read: the number, or why it could not be used. */
export type ParsedAmount = { ok: true; value: number } | { ok: false; error: AmountError };

/** The three amounts the estimator needs, as typed. */
export interface PaybackInput {
	/** Initial investment in yen. */
	initial: string;
	/** Yearly running cost in yen. */
	running: string;
	/** Expected yearly effect in yen. */
	effect: string;
}

/** The estimate, or everything that kept it from being made. */
export type PaybackEstimate =
	| {
			ok: true;
			/** Initial investment in yen. */
			initial: number;
			/** Yearly effect minus yearly running cost, in yen (always above zero). */
			net: number;
			/** Exact payback in months. */
			months: number;
	  }
	| {
			ok: false;
			/** One error per field that could not be read. */
			errors: Partial<Record<keyof PaybackInput, AmountError>>;
			/** True when every field was read but the effect does not exceed the running cost. */
			noPayback: boolean;
	  };

/**
 * The largest value each kind of field takes. Above it a figure is a typo (an extra 万, a pasted
 * 1e30) rather than a plan: 100億円 is far beyond an SME's AI budget and still a safe integer to
 * compute with, and 1,000,000 people is more than any Japanese employer has. The error messages
 * print these bounds, so they are never typed twice.
 */
export const AMOUNT_MAX: Record<AmountKind, number> = { once: 1e10, yearly: 1e10, people: 1_000_000 };

/** The units each kind of field accepts (a bare number is always fine). */
const UNITS: Record<AmountKind, readonly string[]> = { once: ['', '円'], yearly: ['', '円'], people: ['', '名', '人'] };
/** Qualifiers that make a text more than one value. */
const NOT_ONE = ['range', 'at-least', 'at-most', 'less-than', 'more-than', 'max', 'min'];

/**
 * Reads a whole amount as people type it: `45000000`, `45,000,000`, `4,500万`, `300万円`, `約300万円`,
 * full-width digits (３００万, which Japanese input methods produce), ¥ or 円; a yearly field also
 * takes 年間300万円 or 300万円/年, and the people field 45名 or 45人.
 * @param text The field's value.
 * @param kind What the field holds: it decides the units and periods it takes.
 */
export function parseAmount(text: string, kind: AmountKind = 'once'): ParsedAmount {
	if (text.trim() === '') return { ok: false, error: 'empty' };
	// 1e30, 1.2E+8: the parser would read "1" and a stray "e30"; say what is wrong instead.
	if (/\d\s*e\s*[+-]?\s*\d/i.test(text.normalize('NFKC'))) return { ok: false, error: 'exponent' };
	const reading = readQuantity(text);
	const head = reading.unit.split('/')[0] ?? '';
	if (reading.value === null || !UNITS[kind].includes(head)) return { ok: false, error: 'notNumber' };
	if (reading.qualifiers.some((q) => NOT_ONE.includes(q))) return { ok: false, error: 'notOne' };
	if (reading.per !== null && !(kind === 'yearly' && reading.per === '年'))
		return { ok: false, error: kind === 'people' ? 'notNumber' : 'period' };
	const value = toNumber(reading.value);
	if (value < 0) return { ok: false, error: 'negative' };
	if (value > AMOUNT_MAX[kind]) return { ok: false, error: 'tooLarge' };
	if (!isWhole(reading.value) || !Number.isSafeInteger(value)) return { ok: false, error: 'notWhole' };
	return { ok: true, value };
}

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

/**
 * Validates the three amounts and computes the payback.
 * @param input The fields as typed.
 */
export function estimatePayback(input: PaybackInput): PaybackEstimate {
	const errors: Partial<Record<keyof PaybackInput, AmountError>> = {};
	const values: Partial<Record<keyof PaybackInput, number>> = {};
	for (const field of ['initial', 'running', 'effect'] as const) {
		const parsed = parseAmount(input[field], field === 'initial' ? 'once' : 'yearly');
		if (parsed.ok) values[field] = parsed.value;
		else errors[field] = parsed.error;
	}
	const { initial, running, effect } = values;
	if (initial === undefined || running === undefined || effect === undefined)
		return { ok: false, errors, noPayback: false };
	const months = paybackMonths(initial, running, effect);
	if (months === null) return { ok: false, errors, noPayback: true };
	return { ok: true, initial, net: effect - running, months };
}

/** Published paybacks of one size band, summarised. */
export interface PaybackSummary {
	/** Cases with a published payback period. */
	count: number;
	/** Median payback in months. */
	median: number;
	/** Shortest payback in months. */
	min: number;
	/** Longest payback in months. */
	max: number;
}

/**
 * Summarises payback periods; null when there are none.
 * @param months Payback periods in months, in any order.
 */
export function summarisePaybacks(months: readonly number[]): PaybackSummary | null {
	if (months.length === 0) return null;
	const sorted = [...months].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
	return { count: sorted.length, median, min: sorted[0]!, max: sorted[sorted.length - 1]! };
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
	/**
	 * Whole months from the start of the case's first phase to the date of its record, or null
	 * when either is missing: a stated payback longer than this cannot yet be a result.
	 */
	monthsAtRecord: number | null;
}

/**
 * The payback a case's own budget and yearly effect give, beside the one it states: the one
 * computation every page uses (`CasePayback.astro`), so that no page types a figure of its own.
 * Null when the case lacks an amount, or when its effect does not exceed its running cost.
 * @param data The case's budget, ROI, phases and record date, as in the collection.
 */
export function casePayback(data: Pick<CaseData, 'budget' | 'roi' | 'phases' | 'updated'>): CasePayback | null {
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
		monthsAtRecord: monthsBetween(data.phases[0]?.start ?? null, data.updated),
	};
}

/** Whole calendar months from `2023-02` to `2024-01-21` (11); null when either is missing. */
function monthsBetween(start: string | null, end: string | null): number | null {
	if (start === null || end === null) return null;
	const [startYear, startMonth] = start.split('-').map(Number);
	const [endYear, endMonth] = end.split('-').map(Number);
	if (!startYear || !startMonth || !endYear || !endMonth) return null;
	return (endYear - startYear) * 12 + (endMonth - startMonth);
}
