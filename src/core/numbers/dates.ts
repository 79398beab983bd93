/**
 * Reads the dates case files give: month ranges for the phases of an implementation (2023年2月-4月,
 * 2022/04-2022/09, 2023年8月〜現在) and points in time from a year to a month (2023年春, 2019年度,
 * 2023年4月上旬), with era years (令和5年) turned into Gregorian ones. Case dates are months at
 * the finest, so a day is dropped; years without months give no month range, since the months
 * would be a guess.
 */
import { normalize, splitTrailingNote } from './text.ts';

/** First year of each modern era minus one: 令和1年 (元年) is 2019. */
const ERA_OFFSET: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925 };
const YEAR = '(\\d{4}|(?:令和|平成|昭和)\\s*(?:元|\\d{1,2}))';

/** 2023, 令和5, 令和元 → the Gregorian year. */
function gregorianYear(text: string): number {
	const era = /^(令和|平成|昭和)\s*(元|\d{1,2})$/.exec(text);
	if (!era) return Number(text);
	return (ERA_OFFSET[era[1] ?? ''] ?? 0) + (era[2] === '元' ? 1 : Number(era[2]));
}

/** `YYYY-MM`, or null for a month outside 1–12. */
function isoMonth(year: number, month: number): string | null {
	if (!Number.isInteger(month) || month < 1 || month > 12) return null;
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/**
 * A year and month at the start of the text: 2023年2月, 令和5年4月, 2023/04, 2023.4, 2023-04,
 * with an optional day (2023年2月1日, 2023/04/01) that is dropped, since case dates are months.
 * In the numeric form the day must use the same separator as the month, so `2022/04-09` is a
 * range and `2022-04-09` a date.
 */
const YEAR_MONTH = new RegExp(
	`^${YEAR}\\s*(?:年\\s*(\\d{1,2})\\s*月(?:\\s*\\d{1,2}\\s*日)?|([/.-])(\\d{1,2})(?:\\3\\d{1,2})?(?!\\d))`,
);
const MONTH_ONLY = /^(\d{1,2})(?!\d)\s*(?:月(?:\s*\d{1,2}\s*日)?)?/;
const RANGE_SEPARATOR = /^(?:-|~|ー|→|から|より|to\b)\s*/i;
const OPEN_END = /^(?:現在|継続中|進行中|実施中|運用中|present|now|ongoing)?$/i;

/** A month range in ISO `YYYY-MM` form; both null when the text is not a month range. */
export interface YearMonthRange {
	/** First month, or null when the range is open at the start (〜2023年10月). */
	start: string | null;
	/** Last month, or null when the range is still open (2023年8月-, 2023年8月〜現在). */
	end: string | null;
}

/**
 * Reads a month or month range: 2023年2月-4月 → 2023-02..2023-04; 2023年8月- → 2023-08..null;
 * 2023年11月-2024年3月; 2022年4月～2022年9月; 2022/04-2022/09; 2023年10月 → 2023-10..2023-10;
 * 〜2023年10月 → null..2023-10; 令和5年4月.
 *
 * - An end without a year takes the start's year as written. `2023年11月-3月` therefore gives
 *   2023-11..2023-03, an end before the start: the author most likely meant 2024, but that is
 *   theirs to write, so the range is returned as read and callers should check `start <= end`
 *   (ISO strings compare correctly).
 * - Years without months (2024-2026年, 2023年度) and anything unreadable give both null: the
 *   months would be a guess.
 * - A trailing parenthesised note (予定) and まで are ignored.
 * @param raw The period as written.
 */
export function parseYearMonthRange(raw: string): YearMonthRange {
	const none: YearMonthRange = { start: null, end: null };
	let text = splitTrailingNote(normalize(raw)).body.replace(/\s*(?:まで|予定)$/, '');
	let start: { year: number; iso: string } | null = null;
	const openStart = RANGE_SEPARATOR.exec(text);
	if (openStart) {
		text = text.slice(openStart[0].length);
	} else {
		const first = YEAR_MONTH.exec(text);
		if (!first) return none;
		const year = gregorianYear((first[1] ?? '').replace(/\s+/g, ''));
		const iso = isoMonth(year, Number(first[2] ?? first[4]));
		if (!iso) return none;
		start = { year, iso };
		text = text.slice(first[0].length).trim();
		if (text === '') return { start: iso, end: iso };
		const separator = RANGE_SEPARATOR.exec(text);
		if (!separator) return none;
		text = text.slice(separator[0].length);
		if (OPEN_END.test(text)) return { start: iso, end: null };
	}
	let end: string | null;
	const full = YEAR_MONTH.exec(text);
	if (full) {
		end = isoMonth(gregorianYear((full[1] ?? '').replace(/\s+/g, '')), Number(full[2] ?? full[4]));
		text = text.slice(full[0].length);
	} else {
		const month = start ? MONTH_ONLY.exec(text) : null;
		if (!start || !month) return none;
		end = isoMonth(start.year, Number(month[1]));
		text = text.slice(month[0].length);
	}
	if (!end || text.trim() !== '') return none;
	return { start: start?.iso ?? null, end };
}

/** 春, 夏, 秋 or 冬. */
export type Season = '春' | '夏' | '秋' | '冬';

/**
 * A point in time as case files give it, from a year to a month. Every field is always present so
 * that consumers can switch on them; a text that is not a year gives `year: null` and the rest
 * null / false.
 */
export interface YearPoint {
	/** Gregorian year (令和5年 → 2023), or null when the text is not a year. */
	year: number | null;
	/** Month 1–12 (2023年4月), or null. */
	month: number | null;
	/** Season (2023年春), or null. */
	season: Season | null;
	/**
	 * A part of the year or month as written: 前半, 後半, 上期, 下期, 上半期, 下半期, 初頭, 初め, 末,
	 * 上旬, 中旬, 下旬, 第1四半期 / Q1, 頃; or null.
	 */
	part: string | null;
	/** Whether the year is a fiscal year (2019年度, FY2019): in Japan it runs April to March. */
	fiscal: boolean;
}

const YEAR_POINT = new RegExp(
	`^(FY\\s*)?${YEAR}(?:\\s*(年度|年)|(?=[/.-]\\d)|$)` +
		'(?:\\s*(\\d{1,2})\\s*月|[/.-](\\d{1,2})(?!\\d))?' +
		'\\s*(春|夏|秋|冬)?' +
		'\\s*(前半|後半|上半期|下半期|上期|下期|初頭|初め|はじめ|末|上旬|中旬|下旬|初旬|第[1-4]四半期|Q[1-4])?' +
		'\\s*(頃|ごろ)?$',
	'i',
);

/**
 * Reads a year with what comes with it: 2023年春 → year 2023 season 春; 2023年 → 2023; 2023年4月
 * → month 4; 2019年度 → fiscal; FY2019; 令和5年; 2023年後半 → part 後半; 2023 (a bare year).
 * A trailing parenthesised note is ignored (1979年(原子力工業技術研究所から改組) → 1979).
 * @param raw The value as written, without its label.
 * @returns A {@link YearPoint}; `year` is null when the text is not one of these forms.
 */
export function parseYearWithSeason(raw: string): YearPoint {
	const none: YearPoint = { year: null, month: null, season: null, part: null, fiscal: false };
	const match = YEAR_POINT.exec(splitTrailingNote(normalize(raw)).body);
	if (!match) return none;
	const [, fy, yearText = '', suffix, monthText, numericMonth, season, part, about] = match;
	// A bare number counts as a year only in four-digit Gregorian form (令和5 alone is not one).
	if (!fy && !suffix && !/^\d{4}$/.test(yearText)) return none;
	const monthValue = monthText ?? numericMonth;
	const month = monthValue === undefined ? null : Number(monthValue);
	if (month !== null && (month < 1 || month > 12)) return none;
	// 2023年4月春 names two things at once; a season belongs to a year, not a month.
	if (month !== null && season !== undefined) return none;
	return {
		year: gregorianYear(yearText.replace(/\s+/g, '')),
		month,
		season: (season as Season | undefined) ?? null,
		part: part ?? about ?? null,
		fiscal: fy !== undefined || suffix === '年度',
	};
}
