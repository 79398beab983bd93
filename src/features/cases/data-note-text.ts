import en from '../../content/i18n/en.json';
import ja from '../../content/i18n/ja.json';
import { formatMonths, formatNumber, formatYearMonth, formatYen } from '../../core/format.ts';
import type { Lang } from '../../core/locale.ts';
import type { DataNote } from '../../core/schemas/data-note.ts';
import { fill, templateParts, type TemplatePart } from '../../core/ui-template.ts';
import { formatPageDate, parseSourceDate } from '../site/last-updated.ts';

const STRINGS = { ja, en } as const;

/** The slots of a note whose values are quoted from the case file (Japanese on an English page). */
export const QUOTED_SLOTS: ReadonlySet<string> = new Set(['label', 'stated', 'before', 'after']);

/** A size of change in its unit, as a reader of the language writes it: 100%, 3ポイント / 3 points, 2.5倍 / 2.5×. */
function formatChange(value: number, unit: string, lang: Lang): string {
	const n = formatNumber(value, lang);
	if (unit === '%') return `${n}%`;
	if (unit === 'ポイント') return lang === 'ja' ? `${n}ポイント` : `${n} points`;
	if (unit === '倍') return lang === 'ja' ? `${n}倍` : `${n}×`;
	return `${n}${unit}`;
}

/** The UI string key and the slot values of a note, in a language. */
function noteValues(note: DataNote, lang: Lang): Record<string, string> {
	switch (note.rule) {
		case 'payback-mismatch':
			return {
				stated: formatMonths(note.stated_months, lang),
				computed: formatMonths(note.computed_months, lang),
				initial: formatYen(note.initial_jpy, lang),
				effect: formatYen(note.effect_jpy, lang),
				running: formatYen(note.running_jpy, lang),
			};
		case 'payback-forecast': {
			const to = parseSourceDate(note.to);
			return {
				stated: formatMonths(note.stated_months, lang),
				elapsed: formatMonths(note.months_at_record, lang),
				from: formatYearMonth(note.from, lang),
				to: to ? formatPageDate(to, lang) : note.to,
			};
		}
		case 'metric-change':
			return {
				label: note.label,
				stated: note.stated,
				before: note.before,
				after: note.after,
				expected: formatChange(note.expected, note.unit, lang),
			};
		case 'adoption-before-founding':
			return { adopted: String(note.ai_adoption_year), founded: String(note.founded_year) };
		case 'phase-order':
			return {
				n: String(note.phase + 1),
				previous: String(note.phase),
				start: formatYearMonth(note.start, lang),
				previousStart: formatYearMonth(note.previous_start, lang),
			};
	}
}

/**
 * A data note as text, with its computation: what `/data/cases.json` publishes.
 * @param note The note.
 * @param lang Language of the text.
 */
export function dataNoteText(note: DataNote, lang: Lang): string {
	return fill(STRINGS[lang][`dataNote.${note.rule}`], noteValues(note, lang));
}

/**
 * A data note cut into text and filled slots, for the case page, which marks the quoted ones
 * ({@link QUOTED_SLOTS}) as source text.
 * @param note The note.
 * @param lang Language of the page.
 */
export function dataNoteParts(note: DataNote, lang: Lang): ({ text: string } | { slot: string; value: string })[] {
	const values = noteValues(note, lang);
	return templateParts(STRINGS[lang][`dataNote.${note.rule}`]).map((part: TemplatePart) =>
		'text' in part ? part : { slot: part.slot, value: values[part.slot] ?? `{{${part.slot}}}` },
	);
}
