import type { GlossaryTerm } from '../../core/schemas/glossary.ts';

/** A section of the glossary page: its heading (anchor and text) and its terms, in order. */
export interface TermGroup {
	/** Anchor of the section heading: `kana-ka` (か行) or `letter-m`. */
	id: string;
	/** The kana that names a row (か), or the letter (M). */
	label: string;
	terms: GlossaryTerm[];
}

/** The rows of the kana table (gojūon), each with its romanised name and the kana in it. */
const KANA_ROWS: [string, string, string][] = [
	['a', 'あ', 'あいうえおぁぃぅぇぉ'],
	['ka', 'か', 'かきくけこゕゖ'],
	['sa', 'さ', 'さしすせそ'],
	['ta', 'た', 'たちつてとっ'],
	['na', 'な', 'なにぬねの'],
	['ha', 'は', 'はひふへほ'],
	['ma', 'ま', 'まみむめも'],
	['ya', 'や', 'やゆよゃゅょ'],
	['ra', 'ら', 'らりるれろ'],
	['wa', 'わ', 'わゐゑをんゎ'],
];

const japanese = new Intl.Collator('ja');
const english = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * The kana row a reading belongs to, by its first kana with the voicing marks taken off
 * (が → か, ぱ → は, ゔ → う).
 * @param reading A reading in hiragana.
 * @returns The row's romanised name and its kana, e.g. `['ka', 'か']`.
 */
export function kanaRow(reading: string): [string, string] {
	const first = reading.normalize('NFD')[0] ?? '';
	const row = KANA_ROWS.find(([, , kana]) => kana.includes(first));
	if (!row) throw new Error(`reading "${reading}" does not start with a hiragana letter`);
	return [row[0], row[1]];
}

/**
 * Japanese order: by reading in あいうえお order, in sections per kana row (あ行, か行 …).
 * @param terms The glossary.
 */
export function groupByKanaRow(terms: GlossaryTerm[]): TermGroup[] {
	const sorted = [...terms].sort((a, b) => japanese.compare(a.reading, b.reading) || japanese.compare(a.ja, b.ja));
	return groupBy(sorted, (term) => {
		const [name, kana] = kanaRow(term.reading);
		return { id: `kana-${name}`, label: kana };
	});
}

/**
 * English order: alphabetical by English name, ignoring case, in sections per first letter.
 * @param terms The glossary.
 */
export function groupByLetter(terms: GlossaryTerm[]): TermGroup[] {
	const sorted = [...terms].sort((a, b) => english.compare(a.en, b.en));
	return groupBy(sorted, (term) => {
		const letter = term.en.normalize('NFD')[0]?.toUpperCase() ?? '';
		return /^[A-Z]$/.test(letter)
			? { id: `letter-${letter.toLowerCase()}`, label: letter }
			: { id: 'letter-other', label: '#' };
	});
}

/**
 * Cuts sorted terms into consecutive sections.
 * @param terms Terms in page order.
 * @param section The section of a term.
 */
function groupBy(terms: GlossaryTerm[], section: (term: GlossaryTerm) => { id: string; label: string }): TermGroup[] {
	const groups: TermGroup[] = [];
	for (const term of terms) {
		const { id, label } = section(term);
		const last = groups.at(-1);
		if (last?.id === id) last.terms.push(term);
		else groups.push({ id, label, terms: [term] });
	}
	return groups;
}
