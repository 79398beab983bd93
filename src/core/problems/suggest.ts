import { distance } from 'fastest-levenshtein';

/**
 * Known words ordered by how close they are to a word (Levenshtein distance, then as given), for
 * messages that list what was expected closest first.
 * @param word The word as written.
 * @param known The words that would have been understood.
 */
export function byCloseness(word: string, known: readonly string[]): string[] {
	return known
		.map((candidate, i) => ({ candidate, i, d: distance(word, candidate) }))
		.sort((a, b) => a.d - b.d || a.i - b.i)
		.map(({ candidate }) => candidate);
}

/**
 * The known word a misspelling most likely meant, for a "did you mean" hint: the closest one, if
 * it is within a third of the word's length (at least 2 edits: `founded_yaer` → `founded_year`).
 * @param word The word as written.
 * @param known The words that would have been understood.
 * @returns The suggestion, or undefined when nothing is close.
 */
export function didYouMean(word: string, known: readonly string[]): string | undefined {
	const [best] = byCloseness(word, known);
	if (best === undefined) return undefined;
	return distance(word, best) <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
