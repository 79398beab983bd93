import type { Lang } from '../../core/locale.ts';

/** How much of a date is known: a policy deck may give only its year. */
export type DatePrecision = 'year' | 'month' | 'day';

/** A "last updated" date together with how precisely it is known. */
export interface PageDate {
	/** The date; the unknown parts are the first month or day. */
	date: Date;
	precision: DatePrecision;
}

/**
 * What the repository's git history can say about a file's last change:
 * `full` history gives each file its own last commit; a `shallow` clone (CI's `--depth 1`) has
 * one commit, so every file would get that commit's date; `none` outside a git checkout.
 */
export type GitHistory = 'full' | 'shallow' | 'none';

/**
 * Reads a source's date: `2021` or `2021-08` or `2021-08-26` (or the year as a number, as YAML
 * reads `date: 2021`). Anything else gives undefined, never a guess.
 * @param value The date as the source or its frontmatter has it.
 */
export function parseSourceDate(value: string | number | null | undefined): PageDate | undefined {
	if (value === null || value === undefined) return undefined;
	const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(String(value).trim());
	if (!match) return undefined;
	const [, year, month, day] = match;
	const date = new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1)));
	if (Number.isNaN(date.getTime()) || date.getUTCMonth() !== Number(month ?? 1) - 1) return undefined;
	return { date, precision: day ? 'day' : month ? 'month' : 'year' };
}

/** What a page's "last updated" can be decided from. */
export interface LastUpdatedInput {
	/** The date its source data gives (a case's 更新日, a policy deck's date): always preferred. */
	source?: PageDate;
	/** The page's frontmatter `lastUpdated`: a date, or false to show none. */
	frontmatter?: Date | boolean;
	/** The date of the last commit that touched the page's file. */
	git?: Date;
	history: GitHistory;
}

/**
 * Decides a page's "last updated" date. The source's own date wins; then a date written in the
 * frontmatter; the git date only when the history is complete. In a shallow clone the git date
 * is the date of the one commit there is, the same for every file, so it is dropped rather than
 * shown as if each page had changed then. Nothing falls back to the build date: a page without
 * a trustworthy date shows none.
 * @param input See {@link LastUpdatedInput}.
 */
export function decideLastUpdated(input: LastUpdatedInput): PageDate | undefined {
	if (input.source) return input.source;
	if (input.frontmatter instanceof Date) return { date: input.frontmatter, precision: 'day' };
	if (input.frontmatter === false) return undefined;
	if (input.git && input.history === 'full') return { date: input.git, precision: 'day' };
	return undefined;
}

/** The latest of some dates (undefined entries skipped), e.g. for a list page's "last updated". */
export function latest(dates: (PageDate | undefined)[]): PageDate | undefined {
	let best: PageDate | undefined;
	for (const date of dates) if (date && (!best || date.date > best.date)) best = date;
	return best;
}

/** Formatters by language and precision, made once: every page shows a date. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Formats a date only as precisely as it is known: 2021年 / 2021, 2021年8月 / August 2021,
 * 2024年1月21日 / Jan 21, 2024. Always in UTC: a source date has no time zone.
 */
export function formatPageDate({ date, precision }: PageDate, lang: Lang): string {
	const key = `${lang} ${precision}`;
	let format = dateFormats.get(key);
	if (!format) {
		const options: Intl.DateTimeFormatOptions =
			precision === 'year'
				? { year: 'numeric' }
				: precision === 'month'
					? { year: 'numeric', month: 'long' }
					: { dateStyle: lang === 'ja' ? 'long' : 'medium' };
		format = new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-US', { ...options, timeZone: 'UTC' });
		dateFormats.set(key, format);
	}
	return format.format(date);
}

/** The `datetime` attribute for a date of the given precision: `2021`, `2021-08`, `2021-08-26`. */
export function machineDate({ date, precision }: PageDate): string {
	const iso = date.toISOString();
	return precision === 'year' ? iso.slice(0, 4) : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 10);
}
