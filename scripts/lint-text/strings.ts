import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { placeOf, type Place } from '../../src/core/problems/problems.ts';

/** A Japanese string kept in a data file, with the place where its text begins. */
export interface TextString extends Place {
	/** The string as the site shows it. */
	value: string;
}

/**
 * The glossary fields that hold Japanese prose: the term and its definition. Aliases are left
 * out: they are spellings to find in pages and sources (説明できる AI), written as found.
 */
const GLOSSARY_JA = new Set(['ja', 'definition_ja']);

/**
 * The Japanese strings of the UI strings file (`src/content/i18n/ja.json`), each with its place.
 * @param text The file's text.
 */
export function uiStrings(text: string): TextString[] {
	const strings: TextString[] = [];
	// One `"key": "value"` pair per line, as the file is formatted (Prettier, tabs).
	for (const match of text.matchAll(/^\t"[^"]+": "((?:[^"\\]|\\.)*)",?$/gmu)) {
		const value = JSON.parse(`"${match[1]}"`) as string;
		const offset = match.index + match[0].indexOf(': "') + 3;
		strings.push({ value, ...placeOf(text, offset) });
	}
	return strings;
}

/**
 * The Japanese strings of the glossary (`src/content/glossary/terms.yaml`): each term's name and
 * definition, each with its place.
 * @param text The file's text.
 */
export function glossaryStrings(text: string): TextString[] {
	const strings: TextString[] = [];
	const scalar = (node: Node | null | undefined) => {
		if (isScalar(node) && typeof node.value === 'string' && node.range) {
			// A quoted scalar's text starts after its quote.
			const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? 1 : 0;
			strings.push({ value: node.value, ...placeOf(text, node.range[0] + quoted) });
		}
	};
	const terms = parseDocument(text).contents;
	if (!isSeq(terms)) return strings;
	for (const term of terms.items) {
		if (!isMap(term)) continue;
		for (const pair of term.items) {
			const key = isScalar(pair.key) ? String(pair.key.value) : '';
			if (GLOSSARY_JA.has(key)) scalar(pair.value as Node);
		}
	}
	return strings;
}

/**
 * The strings as one Markdown document, one list item per string, so that textlint sees each as
 * a text of its own: list items need no 。 (UI labels and glossary names have none), and a
 * sentence never runs from one string into the next.
 * @param strings The strings, in file order.
 */
export function asListDocument(strings: readonly TextString[]): string {
	return strings.map((string) => `- ${string.value.replace(/\n/g, ' ')}\n`).join('');
}

/**
 * Where a place in {@link asListDocument}'s output lies in the data file.
 * @param strings The strings the document was made of.
 * @param line 1-based line in the document (one per string).
 * @param column 1-based column in the document.
 */
export function placeInFile(strings: readonly TextString[], line: number, column: number): Place {
	const string = strings[line - 1];
	if (!string) return { line: 1, column: 1 };
	const offset = Math.max(0, column - 3);
	return { line: string.line, column: string.column + offset };
}

/**
 * Whether a place in {@link asListDocument}'s output is at a `{{name}}` placeholder, which the
 * page fills with a value in either script: the spacing rules cannot judge the space beside it.
 * @param strings The strings the document was made of.
 * @param line 1-based line in the document.
 * @param column 1-based column in the document.
 */
export function besidePlaceholder(strings: readonly TextString[], line: number, column: number): boolean {
	const value = strings[line - 1]?.value ?? '';
	const offset = column - 3;
	return /\{\{|\}\}/.test(value.slice(Math.max(0, offset - 3), offset + 4));
}
