/**
 * How case files write numbers: thousands separators, money in 万円 and 億円, approximate counts.
 * The generator keeps its figures as plain numbers and formats them only here, so the values it
 * states always agree with what it computed.
 */

/** 1200 → `1,200`. */
export function withCommas(value: number): string {
	return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/**
 * An amount in 万円 as case files write it: 4500 → `4,500万円`, 12000 → `1億2,000万円`,
 * 35000 → `3億5,000万円` (or `3.5億円` when `decimalOku` is set and the amount allows it).
 * @param man The amount in units of 10,000 yen (a whole number).
 * @param decimalOku Write whole-or-half 億 amounts as `3.5億円`.
 */
export function formatManYen(man: number, decimalOku = false): string {
	if (man < 10_000) return `${withCommas(man)}万円`;
	const oku = Math.floor(man / 10_000);
	const rest = man % 10_000;
	if (rest === 0) return `${oku}億円`;
	if (decimalOku && rest % 1000 === 0) return `${withCommas(man / 10_000)}億円`;
	return `${oku}億${withCommas(rest)}万円`;
}

/** Rounds to a multiple of `step` (at least one step). */
export function roundTo(value: number, step: number): number {
	return Math.max(step, Math.round(value / step) * step);
}

/** A headcount as an overview line writes it: 85 → `85名`, 5000 → `約5,000名`. */
export function formatHeadcount(count: number, approximate: boolean): string {
	return `${approximate ? '約' : ''}${withCommas(count)}名`;
}

/** Months between two `{year, month}` points, both included: Jan–Oct is 10. */
export function monthsBetween(start: YearMonth, end: YearMonth): number {
	return (end.year - start.year) * 12 + (end.month - start.month) + 1;
}

/** A calendar month. */
export interface YearMonth {
	year: number;
	month: number;
}

/** The month `count` months after `from` (0 gives `from`). */
export function addMonths(from: YearMonth, count: number): YearMonth {
	const index = from.year * 12 + (from.month - 1) + count;
	return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}
