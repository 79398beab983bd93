import { KATAKANA_MINIMUM_LENGTH, SPELLING_GROUPS } from '../../src/core/search/spelling.ts';

/**
 * Every spelling of a term, for the variant ground truth of `npm run search:eval`. Deliberately not
 * the engine's own rewriting (which maps every spelling to one form): this goes the other way and
 * spells the term every way the table and the long-vowel rule allow, so that the ground truth
 * ("the page contains some spelling of the term", by plain substring search) is computed
 * independently of the code it measures, from the same rules as data.
 */

/** Every table entry, longest first, with the entries of its group. */
const ENTRIES = SPELLING_GROUPS.flatMap((group) => group.map((entry) => [entry, group] as const)).sort(
	(a, b) => b[0].length - a[0].length,
);

const KATAKANA = /[\u30A1-\u30FA\u30FC]/u;

/** The spellings of one term written with width and case folded (`foldText`), the term itself included. */
export function spellingsOf(term: string): Set<string> {
	let spellings = [''];
	let at = 0;
	while (at < term.length) {
		const entry = ENTRIES.find(([spelling]) => term.startsWith(spelling, at));
		if (entry) {
			spellings = spellings.flatMap((prefix) => entry[1].map((spelling) => prefix + spelling));
			at += entry[0].length;
			continue;
		}
		let run = 0;
		while (at + run < term.length && KATAKANA.test(term[at + run]!)) run++;
		if (run > 0) {
			const word = term.slice(at, at + run);
			const forms = [word];
			if (word.endsWith('ー') && word.length >= KATAKANA_MINIMUM_LENGTH) forms.push(word.slice(0, -1));
			if (!word.endsWith('ー') && word.length + 1 >= KATAKANA_MINIMUM_LENGTH) forms.push(`${word}ー`);
			spellings = spellings.flatMap((prefix) => forms.map((form) => prefix + form));
			at += run;
			continue;
		}
		spellings = spellings.map((prefix) => prefix + term[at]);
		at++;
	}
	return new Set(spellings);
}
