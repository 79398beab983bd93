/**
 * Reads the dates case files give, as people write them: month ranges for the phases of an
 * implementation (2023年2月-4月, 2022/04-2022/09, 2023.4–2023.6, 2023年4月から6月, 2023年8月〜現在),
 * points in time from a year to a month (2023年春, 2019年度, 2023年4月上旬) and the day of an
 * update (2024年1月21日). Era years (令和7年) become Gregorian ones; a year written with two
 * digits (24年) is read as 2024 and reported, since the reader cannot know the century.
 *
 * Case dates are months at the finest, so a day in a period is dropped. A time that is vaguer
 * than a month (a season, a fiscal year, a half or a whole year, 上旬, 頃) still gives the months
 * it covers, marked `approximate`: the data says which months, and the page shows the text the
 * author wrote.
 */
import { normalize, splitTrailingNote } from './text.ts';

/** First year of each modern era minus one: 令和1年 (元年) is 2019. */
const ERA_OFFSET: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925 };

/**
 * A year as written: four digits, an era year (令和5, 令和元), or two digits before 年 (24年).
 * Two digits stand for a year only before 年, so that `2022/04-09` stays a month range.
 */
const YEAR = '(\\d{4}|(?:令和|平成|昭和)\\s*(?:元|\\d{1,2})|(?<!\\d)\\d{2}(?=\\s*年))';

/**
 * The century a two-digit year is read in, as POSIX `strptime` `%y` reads it: 00–68 are 2000–2068,
 * 69–99 are 1969–1999.
 */
const TWO_DIGIT_PIVOT = 69;

/** Months of each season: 冬 runs from December into the next year's February. */
const SEASON_MONTHS: Record<Season, [number, number]> = { 春: [3, 5], 夏: [6, 8], 秋: [9, 11], 冬: [12, 14] };

/** A year read from text, and whether it was written with two digits (a guess at the century). */
interface ReadYear {
	year: number;
	/** The year as written when it had two digits (24), else null. */
	twoDigits: string | null;
}

/** 2023, 令和5, 令和元, 24 → the Gregorian year. */
function gregorianYear(written: string): ReadYear {
	const text = written.replace(/\s+/g, '');
	const era = /^(令和|平成|昭和)(元|\d{1,2})$/.exec(text);
	if (era) return { year: (ERA_OFFSET[era[1] ?? ''] ?? 0) + (era[2] === '元' ? 1 : Number(era[2])), twoDigits: null };
	if (/^\d{2}$/.test(text)) {
		const short = Number(text);
		return { year: short + (short < TWO_DIGIT_PIVOT ? 2000 : 1900), twoDigits: text };
	}
	return { year: Number(text), twoDigits: null };
}

/** A month as a count from year 0 (year × 12 + month − 1), so that a span can run over a new year. */
type MonthIndex = number;

const monthIndex = (year: number, month: number): MonthIndex => year * 12 + month - 1;

/** `YYYY-MM` of a month index. */
function isoMonth(index: MonthIndex): string {
	const year = Math.floor(index / 12);
	return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** A month range in ISO `YYYY-MM` form; both null when the text is not a date this reader knows. */
export interface YearMonthRange {
	/** First month, or null when the range is open at the start (〜2023年10月). */
	start: string | null;
	/** Last month, or null when the range is still open (2023年8月-, 2023年8月〜現在). */
	end: string | null;
	/**
	 * The text names something vaguer than months (a season, a fiscal year, a half or a whole
	 * year, 上旬, 頃), and the months are the ones it covers: 2024年夏 → 2024-06..2024-08.
	 */
	approximate: boolean;
	/** Years written with two digits, as written (`24年`), with the year each was read as. */
	twoDigitYears: TwoDigitYear[];
}

/** A year written with two digits, and how it was read. */
export interface TwoDigitYear {
	/** The year as written, with its 年: `24年`. */
	written: string;
	/** The Gregorian year it was read as: 2024. */
	year: number;
}

/** What one end of a range says: a span of months (one month, a season, a year …). */
interface Point {
	first: MonthIndex;
	last: MonthIndex;
	approximate: boolean;
	/** The year it is in, for an end that gives no year of its own (2023年4月〜6月). */
	year: number;
	twoDigitYears: TwoDigitYear[];
	/** How many characters of the text it took. */
	length: number;
}

const DAY = '(?:\\s*\\d{1,2}\\s*日)?';
/** Parts of a month that leave its month standing, approximately: 4月上旬, 4月頃. */
const MONTH_PART = '(?:\\s*(上旬|中旬|下旬|初旬|初め|はじめ|末|頃|ごろ))?';
/** Parts of a year or fiscal year, and their months (fiscal months count from April as 1). */
const YEAR_PARTS: Array<[RegExp, [number, number]]> = [
	[/^(?:前半|上半期|上期)/, [1, 6]],
	[/^(?:後半|下半期|下期)/, [7, 12]],
	[/^(?:初頭|初め|はじめ)/, [1, 3]],
	[/^末/, [10, 12]],
	[/^(?:第\s*1\s*四半期|Q1)/i, [1, 3]],
	[/^(?:第\s*2\s*四半期|Q2)/i, [4, 6]],
	[/^(?:第\s*3\s*四半期|Q3)/i, [7, 9]],
	[/^(?:第\s*4\s*四半期|Q4)/i, [10, 12]],
];
const ABOUT = /^\s*(?:頃|ごろ)/;

/** A year and what follows it: 2023年2月, 2023年夏, 2023年度, 2023/04, FY2023, 24年4月上旬 (FY alone ends in nothing). */
const FULL_POINT = new RegExp(
	`^(FY\\s*)?${YEAR}\\s*(?:(年度)|(年)(?:\\s*(\\d{1,2})\\s*月${DAY}${MONTH_PART}|\\s*(春|夏|秋|冬))?|([/.-])(\\d{1,2})(?:\\8\\d{1,2})?(?!\\d)${MONTH_PART}|)`,
	'i',
);
/** An end without a year, which takes the other end's: 6月, 6, 秋. */
const MONTH_POINT = new RegExp(`^(?:(\\d{1,2})(?!\\d)\\s*(?:月${DAY})?${MONTH_PART}|(春|夏|秋|冬))`);

/**
 * Reads one end of a range at the start of the text.
 * @param text Normalised text.
 * @param year The other end's year, for an end that gives none; undefined for the first end.
 */
function readPoint(text: string, year?: number): Point | null {
	const full = FULL_POINT.exec(text);
	if (full) {
		const [whole, fy, yearText = '', fiscal, nen, month, monthPart, season, separator, numericMonth, numericPart] =
			full;
		// A year is a year with 年 or 年度, in FY2023, or with four digits in the numeric forms.
		if (fy ? nen || separator : !fiscal && !nen && !separator) return null;
		if (separator && !/^\d{4}$/.test(yearText)) return null;
		const read = gregorianYear(yearText);
		const base = {
			year: read.year,
			twoDigitYears: read.twoDigits ? [{ written: `${read.twoDigits}年`, year: read.year }] : [],
		};
		const monthValue = month ?? numericMonth;
		if (monthValue !== undefined) {
			const point = monthSpan(read.year, Number(monthValue), whole.length, base);
			if (point && (monthPart ?? numericPart) !== undefined) point.approximate = true;
			return point;
		}
		if (season) return seasonSpan(read.year, season as Season, whole.length, base);
		// A fiscal year (FY2023, 2023年度) runs from April to March; a calendar year from January.
		const offset = fiscal !== undefined || fy !== undefined ? 3 : 0;
		let length = whole.length;
		let span: [number, number] = [1, 12];
		const rest = text.slice(length);
		for (const [pattern, months] of YEAR_PARTS) {
			const part = pattern.exec(rest.trimStart());
			if (!part) continue;
			span = months;
			length += rest.length - rest.trimStart().length + part[0].length;
			break;
		}
		length += ABOUT.exec(text.slice(length))?.[0].length ?? 0;
		return {
			first: monthIndex(read.year, span[0] + offset),
			last: monthIndex(read.year, span[1] + offset),
			approximate: true,
			length,
			...base,
		};
	}
	if (year === undefined) return null;
	const short = MONTH_POINT.exec(text);
	if (!short) return null;
	const base = { year, twoDigitYears: [] };
	if (short[3]) return seasonSpan(year, short[3] as Season, short[0].length, base);
	const point = monthSpan(year, Number(short[1]), short[0].length, base);
	if (point && short[2] !== undefined) point.approximate = true;
	return point;
}

function monthSpan(
	year: number,
	month: number,
	length: number,
	base: Pick<Point, 'year' | 'twoDigitYears'>,
): Point | null {
	if (!Number.isInteger(month) || month < 1 || month > 12) return null;
	const index = monthIndex(year, month);
	return { first: index, last: index, approximate: false, length, ...base };
}

function seasonSpan(year: number, season: Season, length: number, base: Pick<Point, 'year' | 'twoDigitYears'>): Point {
	const [from, to] = SEASON_MONTHS[season];
	return {
		first: monthIndex(year, from),
		last: monthIndex(year, to),
		approximate: true,
		length,
		...base,
	};
}

const RANGE_SEPARATOR = /^\s*(?:-|~|ー|→|から|より|to\b)\s*/i;
const OPEN_END = /^(?:現在|継続中|進行中|実施中|運用中|present|now|ongoing)?$/i;

/**
 * Reads a month or month range: 2023年2月-4月 → 2023-02..2023-04; 2023年8月- → 2023-08..null;
 * 2023年11月-2024年3月; 2022年4月～2022年9月; 2022/04-2022/09; 2023.4–2023.6; 2023年4月から6月;
 * ２０２３年２月-４月; 2023年10月 → 2023-10..2023-10; 〜2023年10月 → null..2023-10; 令和5年4月.
 *
 * - Vaguer times give the months they cover, `approximate`: 2024年夏 → 2024-06..2024-08 (春 3–5,
 *   夏 6–8, 秋 9–11, 冬 12–2 of the next year); 2023年度 and FY2023 → 2023-04..2024-03; 2023年 →
 *   2023-01..2023-12; 2023年前半 → 01..06; 2023年4月上旬 / 4月頃 → 2023-04..2023-04.
 * - A year of two digits (24年4月〜6月) is read as 2024 (00–68 → 20xx, 69–99 → 19xx) and listed
 *   in `twoDigitYears`, for the caller to report.
 * - An end without a year takes the start's year as written. `2023年11月-3月` therefore gives
 *   2023-11..2023-03, an end before the start: the author most likely meant 2024, but that is
 *   theirs to write, so the range is returned as read and callers should check `start <= end`
 *   (ISO strings compare correctly).
 * - A trailing parenthesised note (予定) and まで are ignored; anything else unreadable gives both
 *   null.
 * @param raw The period as written.
 */
export function parseYearMonthRange(raw: string): YearMonthRange {
	const none: YearMonthRange = { start: null, end: null, approximate: false, twoDigitYears: [] };
	let text = splitTrailingNote(normalize(raw))
		.body.replace(/\s*(?:まで|予定)$/, '')
		.trim();
	let first: Point | null = null;
	const openStart = RANGE_SEPARATOR.exec(text);
	if (openStart && openStart.index === 0 && text !== '') {
		text = text.slice(openStart[0].length);
	} else {
		first = readPoint(text);
		if (!first) return none;
		text = text.slice(first.length).trim();
		if (text === '') return range(first, first);
		const separator = RANGE_SEPARATOR.exec(text);
		if (!separator) return none;
		text = text.slice(separator[0].length).trim();
		if (OPEN_END.test(text)) return { ...range(first, first), end: null };
	}
	const second = readPoint(text, first?.year);
	if (!second || text.slice(second.length).trim() !== '') return none;
	const result = range(first ?? second, second);
	return first ? result : { ...result, start: null };
}

function range(first: Point, second: Point): YearMonthRange {
	return {
		start: isoMonth(first.first),
		end: isoMonth(second.last),
		approximate: first.approximate || second.approximate,
		twoDigitYears: first === second ? first.twoDigitYears : [...first.twoDigitYears, ...second.twoDigitYears],
	};
}

/** A day in ISO `YYYY-MM-DD` form, or null; see {@link parseDate}. */
export interface ReadDate {
	/** The day, or null when the text holds no date that exists. */
	date: string | null;
	/** Years written with two digits (24年1月21日), as in {@link YearMonthRange}. */
	twoDigitYears: TwoDigitYear[];
}

const DATE = new RegExp(
	`(?<!\\d)${YEAR}\\s*(?:年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日?|([/.-])\\s*(\\d{1,2})\\s*\\4\\s*(\\d{1,2}))(?!\\d)`,
);

/**
 * Reads the first day a text gives: 2024年1月21日, 2024-01-21, 2024/1/21, 2024.1.21,
 * ２０２４年１月２１日, 令和7年1月15日 (→ 2025-01-15), 24年1月21日 (→ 2024-01-21, with the
 * two-digit year listed). Text around the date is allowed (更新：2024年1月21日（改訂）). A day that
 * does not exist (2023年2月29日) or a date without a day (2024年1月) gives null.
 * @param raw The text as written.
 */
export function parseDate(raw: string): ReadDate {
	const match = DATE.exec(normalize(raw));
	if (!match) return { date: null, twoDigitYears: [] };
	const [, yearText = '', m1, d1, separator, m2, d2] = match;
	// The numeric forms need a four-digit year: 24/1/21 could be any order.
	if (separator !== undefined && !/^\d{4}$/.test(yearText)) return { date: null, twoDigitYears: [] };
	const read = gregorianYear(yearText);
	const iso = `${String(read.year).padStart(4, '0')}-${(m1 ?? m2 ?? '').padStart(2, '0')}-${(d1 ?? d2 ?? '').padStart(2, '0')}`;
	const date = new Date(`${iso}T00:00:00Z`);
	const valid = !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
	return {
		date: valid ? iso : null,
		twoDigitYears: valid && read.twoDigits ? [{ written: `${read.twoDigits}年`, year: read.year }] : [],
	};
}

/** 春, 夏, 秋 or 冬. */
export type Season = '春' | '夏' | '秋' | '冬';

/**
 * A point in time as case files give it, from a year to a month. Every field is always present so
 * that consumers can switch on them; a text that is not a year gives `year: null` and the rest
 * null / false.
 */
export interface YearPoint {
	/** Gregorian year (令和5年 → 2023, 24年 → 2024), or null when the text is not a year. */
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
	/** The year as written when it had two digits (`24年`): read as 2024, a guess to report. */
	twoDigitYear: string | null;
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
 * → month 4; 2019年度 → fiscal; FY2019; 令和5年; 2023年後半 → part 後半; 2023 (a bare year);
 * 24年4月 → 2024 with `twoDigitYear` `24年`.
 * A trailing parenthesised note is ignored (1979年(原子力工業技術研究所から改組) → 1979).
 * @param raw The value as written, without its label.
 * @returns A {@link YearPoint}; `year` is null when the text is not one of these forms.
 */
export function parseYearWithSeason(raw: string): YearPoint {
	const none: YearPoint = { year: null, month: null, season: null, part: null, fiscal: false, twoDigitYear: null };
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
	const read = gregorianYear(yearText);
	return {
		year: read.year,
		month,
		season: (season as Season | undefined) ?? null,
		part: part ?? about ?? null,
		fiscal: fy !== undefined || suffix === '年度',
		twoDigitYear: read.twoDigits === null ? null : `${read.twoDigits}年`,
	};
}
