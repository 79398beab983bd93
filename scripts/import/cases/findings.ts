import type { Problem } from '../../../src/core/problems/problems.ts';
import type { TwoDigitYear } from '../../../src/core/numbers/dates.ts';

/**
 * What the importer notices while it reads a case's body, before it knows which file that is:
 * a value it kept as written but could not read (a date, a period, a figure), or one it read
 * with a guess. {@link findingProblems} turns findings into warnings of the file; the coverage of
 * `--report` counts the text of an unread value as not reached.
 */
export interface Finding {
	/** Source line of the text. */
	line: number;
	/** The text as written: the warning's column is where it stands on its line. */
	text: string;
	/** What is wrong and how to write it, for the maintainer. */
	message: string;
	/** Rule id: `case-unread-date`, `case-unread-figure`, `case-ambiguous-year`. */
	rule: string;
	/** No value was read from the text (it is kept as written): `--report` counts it as not reached. */
	unread: boolean;
}

/** What kind of value a text should have given: the rule id and the forms to suggest. */
export type ValueKind = 'date' | 'figure';

/**
 * A value the importer could not read: a warning at its line that names the text (an error
 * under `--strict`), and its characters count as not reached in `--report`. Every reader of the
 * case importer that gives null for a text which is not blank (`-`, なし, 非公開 are blanks, see
 * `isAbsentValue`) reports it with this, metric cells included.
 * @param kind `date` (a period, a point in time, a day) or `figure` (an amount, a count, a duration).
 * @param what Which value, as the maintainer knows it: `phase period`, `更新日`, `初期投資` ….
 * @param text The text as written.
 * @param line Source line of the text.
 * @param forms Examples of what the importer reads there, for the message.
 * @example
 * unreadValue('figure', 'metric cell', '月二十件', 92, '20件/月, 3.5%, 約1,200万円')
 * // → sources/x.txt:92:15: warning: Cannot read the metric cell “月二十件”: it is kept as
 * //   written, with no value; the importer reads forms such as 20件/月, 3.5%, 約1,200万円 (case-unread-figure)
 */
export function unreadValue(kind: ValueKind, what: string, text: string, line: number, forms: string): Finding {
	const result = kind === 'date' ? 'no date' : 'no value';
	return {
		line,
		text,
		message: `Cannot read the ${what} “${text}”: it is kept as written, with ${result}; the importer reads forms such as ${forms}`,
		rule: `case-unread-${kind}`,
		unread: true,
	};
}

/**
 * Years written with two digits: read (24年 → 2024), but the century is a guess.
 * @param years The two-digit years a date reader listed.
 * @param text The whole date as written.
 * @param line Source line of the text.
 */
export function twoDigitYears(years: readonly TwoDigitYear[], text: string, line: number): Finding[] {
	return years.map(({ written, year }) => ({
		line,
		text,
		message: `Ambiguous year “${written}” in “${text}”: read as ${year}; write the year in full (${year}年)`,
		rule: 'case-ambiguous-year',
		unread: false,
	}));
}

/**
 * The findings as warnings of a file, each at the column where its text starts on its line
 * (column 1 when the line does not hold it as written, e.g. a label split over markup).
 * @param file Path shown in messages.
 * @param source The source text (LF line endings), to find the columns.
 * @param findings What the extraction noticed.
 */
export function findingProblems(file: string, source: string, findings: readonly Finding[]): Problem[] {
	const lines = source.split('\n');
	return findings.map(({ line, text, message, rule }) => {
		const at = lines[line - 1]?.indexOf(text) ?? -1;
		return { file, line, column: at + 1 || 1, message, rule, severity: 'warning' as const };
	});
}
