/**
 * The SME estimator's reading of what people type, and its estimate, computed by the site's one
 * payback formula (src/core/payback.ts).
 * Amounts are read with the grammar of figures the case importer uses
 * (src/core/numbers/quantities.ts), so 300万円, ３００万 and 45,000,000 all work.
 */
import { isWhole, toNumber } from '../../core/numbers/decimal.ts';
import { readQuantity } from '../../core/numbers/quantities.ts';
import { paybackMonths } from '../../core/payback.ts';

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
