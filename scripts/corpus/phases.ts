import { addMonths, monthsBetween, type YearMonth } from './numbers.ts';
import type { Random } from './random.ts';
import { PHASE_NAMES, PHASE_NAMES_EN } from './words.ts';

/** How one file writes its dates; real files keep to one style, some mix them. */
export type DateStyle = 'kanji-short' | 'kanji-full' | 'wave' | 'slash' | 'era';

/** One phase of the implementation, with its period already written out. */
export interface PhaseSpec {
	name: string;
	period: string;
	start: YearMonth;
	end: YearMonth;
}

/** The phases of a case, and the total duration as the file states it. */
export interface Schedule {
	phases: PhaseSpec[];
	/** The 実装期間 line (`合計：10ヶ月（2023年1月-10月）`). */
	duration: string;
	/** The month after which the case file can be dated. */
	last: YearMonth;
}

/**
 * Lays out 2–5 phases in order from a starting month, each one to six months long, and writes
 * their periods in one of the date forms case files use. The last phase is sometimes open-ended
 * (`2023年8月-`), and a one-month phase is written as a single month.
 * @param start First month of the first phase.
 * @param english Whether the file is written in mixed Japanese and English.
 */
export function schedule(random: Random, start: YearMonth, english: boolean): Schedule {
	const count = random.int(2, 5);
	const style: DateStyle = random.pick(['kanji-short', 'kanji-short', 'kanji-full', 'wave', 'slash', 'era']);
	const openEnded = random.chance(0.3);
	const phases: PhaseSpec[] = [];
	let cursor = start;
	for (let i = 0; i < count; i++) {
		const length = random.int(1, 6);
		const end = addMonths(cursor, length - 1);
		const names = PHASE_NAMES[Math.min(i, PHASE_NAMES.length - 1)] ?? ['運用'];
		const name = english ? (PHASE_NAMES_EN[i] ?? 'Operation') : random.pick(names);
		const open = openEnded && i === count - 1;
		phases.push({ name, start: cursor, end, period: writePeriod(style, cursor, end, open) });
		// Some projects pause between phases; none overlap, so the phases stay in order.
		cursor = addMonths(end, random.chance(0.2) ? 2 : 1);
	}
	const first = phases[0]?.start ?? start;
	const last = phases.at(-1)?.end ?? start;
	const months = monthsBetween(first, last);
	const range = writePeriod('kanji-short', first, last, false);
	const total = english && random.chance(0.5) ? `${months} months` : writeMonths(random, months);
	return { phases, duration: `合計：${total}${random.chance(0.6) ? `（${range}）` : ''}`, last };
}

/** 10 → 10ヶ月 / 10か月, 21 → 1年9ヶ月, 6 → 半年, 24 → 2年. */
function writeMonths(random: Random, months: number): string {
	if (months === 6 && random.chance(0.5)) return '半年';
	const counter = random.pick(['ヶ月', 'か月', 'カ月']);
	if (months >= 12 && random.chance(0.5)) {
		const years = Math.floor(months / 12);
		const rest = months % 12;
		return rest === 0 ? `${years}年` : `${years}年${rest}${counter}`;
	}
	return `${months}${counter}`;
}

/** Writes a month range in one date style; `open` leaves the end unwritten. */
export function writePeriod(style: DateStyle, start: YearMonth, end: YearMonth, open: boolean): string {
	const sameMonth = start.year === end.year && start.month === end.month;
	const one = (point: YearMonth, withYear: boolean): string => {
		if (style === 'slash') return `${point.year}/${String(point.month).padStart(2, '0')}`;
		if (style === 'era') return `令和${point.year - 2018}年${point.month}月`;
		return withYear ? `${point.year}年${point.month}月` : `${point.month}月`;
	};
	if (open) return `${one(start, true)}-`;
	if (sameMonth) return one(start, true);
	const separator = style === 'wave' ? waveDash(start) : '-';
	const endWithYear = style !== 'kanji-short' && style !== 'wave' ? true : start.year !== end.year;
	return `${one(start, true)}${separator}${one(end, endWithYear)}`;
}

/** 〜 or ～, chosen from the month so that the choice needs no extra random draw. */
function waveDash(point: YearMonth): string {
	return point.month % 2 === 0 ? '〜' : '～';
}
