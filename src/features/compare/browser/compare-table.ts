/**
 * The compare page's table as data: which cases the URL asks for, and the rows that put them side
 * by side. Pure functions, so the page script and the unit tests run the same code; the script
 * only fetches the cases and writes these rows into the page as text.
 */

import { formatMonths, formatNumber, formatYearMonth, formatYen } from '../../../core/format.ts';
import { hasJapanese } from '../../../core/japanese.ts';
import { fill } from '../../../core/ui-template.ts';
import { METRIC_KINDS, metricKind } from '../../open-data/open-data-metric-kind.ts';
import type { OpenDataCase } from '../../open-data/open-data-schemas.ts';
import type { Lang } from '../../../core/locale.ts';
import { localeUrl } from '../../../core/urls.ts';
import { MAX_CASES } from './compare-limits.ts';

/**
 * The case numbers of a compare URL (none to {@link MAX_CASES}: fewer than two is
 * not an error, the page then offers to add more), or why they cannot be compared.
 */
export type IdsResult =
	| { ok: true; ids: number[] }
	| { ok: false; problem: 'tooMany'; count: number }
	| { ok: false; problem: 'invalid'; value: string };

/**
 * Reads the `ids` parameter (`863,1101`): numbers separated by commas or spaces, full-width digits
 * and Japanese commas too (what Japanese input methods type). Repeated numbers count once.
 * @param value The parameter's value, or null when the URL has none.
 */
export function parseIds(value: string | null): IdsResult {
	const parts = (value ?? '')
		.normalize('NFKC')
		.split(/[\s,、]+/)
		.filter((part) => part !== '');
	const invalid = parts.find((part) => !/^\d{1,9}$/.test(part) || Number(part) === 0);
	if (invalid !== undefined) return { ok: false, problem: 'invalid', value: invalid };
	const ids = [...new Set(parts.map(Number))];
	if (ids.length > MAX_CASES) return { ok: false, problem: 'tooMany', count: ids.length };
	return { ok: true, ids };
}

/** A piece of text and its language when it differs from the page's. */
export interface Text {
	text: string;
	lang?: 'ja';
}
/** One line of a cell. */
export type Line = Text[];

/** One row of the table: its label and, per case, the lines of its cell (none: not stated). */
export interface CompareRow {
	label: string;
	cells: Line[][];
}

/** A column heading: the organisation's name and its page. */
export interface CompareHeading {
	name: Text;
	href: string;
}

/** The page's labels, with their `{{name}}` slots (see the compare page component). */
export interface CompareStrings {
	caseId: string;
	industry: string;
	country: string;
	employees: string;
	/** `{{n}}名` / `{{n}}`. */
	employeesValue: string;
	founded: string;
	adoption: string;
	location: string;
	tools: string;
	initial: string;
	annual: string;
	payback: string;
	annualEffect: string;
	duration: string;
	phases: string;
	/** `フェーズ{{n}}`. */
	phaseN: string;
	ongoing: string;
	/** `定量効果：{{kind}}`. */
	metrics: string;
	/** `単位：{{unit}}`. */
	unit: string;
	/** Names of the metric kinds. */
	kinds: Record<(typeof METRIC_KINDS)[number], string>;
	updated: string;
	/** Shown in a cell the case does not state. */
	none: string;
}

/** English names of values the cases write in Japanese (`src/content/data/vocabulary.yaml`). */
export interface CompareVocabulary {
	country: Record<string, string>;
	industry: Record<string, string>;
}

/**
 * Column headings: each case's name in the page's language, linked to its page.
 * @param cases The cases, in URL order.
 * @param lang Language of the page.
 */
export function compareHeadings(cases: readonly OpenDataCase[], lang: Lang): CompareHeading[] {
	return cases.map((c) => ({
		name: source(lang === 'ja' ? c.company.name_ja : c.company.name_en, lang),
		href: localeUrl(c.path, lang),
	}));
}

/**
 * The rows of the comparison: profile, budget, payback, phases, then the metrics lined up by kind
 * (time, counts, money …), each with its unit. Source text stays as written; on English pages
 * Japanese text is marked.
 * @param cases The cases, in URL order.
 * @param lang Language of the page.
 * @param strings The page's labels.
 * @param vocabulary English names for countries and industries (English pages).
 */
export function compareRows(
	cases: readonly OpenDataCase[],
	lang: Lang,
	strings: CompareStrings,
	vocabulary: CompareVocabulary,
): CompareRow[] {
	const src = (text: string) => source(text, lang);
	const plain = (text: string): Line[] => [[{ text }]];
	const optional = <T>(value: T | null, show: (value: T) => Line[]): Line[] => (value === null ? [] : show(value));
	const named = (kind: keyof CompareVocabulary, value: string): Line[] => {
		const english = lang === 'en' ? vocabulary[kind][value] : undefined;
		return [[english ? { text: english } : src(value)]];
	};
	const row = (label: string, cell: (c: OpenDataCase) => Line[]): CompareRow => ({ label, cells: cases.map(cell) });
	const months = (value: string | null) => (value ? formatYearMonth(value, lang) : null);
	// The unit is source text (marked Japanese on English pages), the words around it are ours.
	const [unitBefore = '', unitAfter = ''] = strings.unit.split('{{unit}}');

	const rows: CompareRow[] = [
		row(strings.caseId, (c) => plain(String(c.case_id))),
		row(strings.industry, (c) => named('industry', c.industry)),
		row(strings.country, (c) => named('country', c.country)),
		row(strings.employees, (c) => plain(fill(strings.employeesValue, { n: formatNumber(c.employees, lang) }))),
		row(strings.founded, (c) => plain(String(c.founded_year))),
		row(strings.adoption, (c) => plain(String(c.ai_adoption_year))),
		row(strings.location, (c) => optional(c.location, (value) => [[src(value)]])),
		row(strings.tools, (c) => c.tools.map((tool) => [src(tool.note ? `${tool.name}（${tool.note}）` : tool.name)])),
		row(strings.initial, (c) => optional(c.budget.initial_jpy, (yen) => plain(formatYen(yen, lang)))),
		row(strings.annual, (c) => optional(c.budget.annual_jpy, (yen) => plain(formatYen(yen, lang)))),
		row(strings.payback, (c) => optional(c.roi.payback_months, (n) => plain(formatMonths(n, lang)))),
		row(strings.annualEffect, (c) => optional(c.roi.annual_effect_jpy, (yen) => plain(formatYen(yen, lang)))),
		row(strings.duration, (c) =>
			c.duration_months !== null
				? plain(formatMonths(c.duration_months, lang))
				: optional(c.duration_raw, (raw) => [[src(raw)]]),
		),
		row(strings.phases, (c) =>
			c.phases.map((phase, i): Line => {
				// A vaguer period (2024年夏) is shown as written, not as the months it covers.
				const start = phase.approximate ? null : months(phase.start);
				const period: Text[] = start
					? [{ text: ` (${start} – ${months(phase.end) ?? strings.ongoing})` }]
					: [{ text: ' (' }, src(phase.period_raw), { text: ')' }];
				return [{ text: `${fill(strings.phaseN, { n: i + 1 })}: ` }, src(phase.name), ...period];
			}),
		),
	];
	for (const kind of METRIC_KINDS) {
		if (!cases.some((c) => c.metrics.some((m) => metricKind(m) === kind))) continue;
		rows.push(
			row(fill(strings.metrics, { kind: strings.kinds[kind] }), (c) =>
				c.metrics
					.filter((m) => metricKind(m) === kind)
					.map((m): Line => {
						const unit = m.before.unit || m.after.unit;
						return [
							src(m.label),
							{ text: ': ' },
							src(m.before.raw),
							{ text: ' → ' },
							src(m.after.raw),
							...(m.change.value !== null ? [{ text: ' (' }, src(m.change.raw), { text: ')' }] : []),
							...(unit ? [{ text: ` · ${unitBefore}` }, src(unit), { text: unitAfter }] : []),
						];
					}),
			),
		);
	}
	rows.push(row(strings.updated, (c) => optional(c.updated, (date) => plain(date))));
	return rows;
}

/** Source text, marked Japanese on English pages when it is. */
function source(text: string, lang: Lang): Text {
	return lang === 'en' && hasJapanese(text) ? { text, lang: 'ja' } : { text };
}
