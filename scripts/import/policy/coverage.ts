import type { Coverage } from '../types.ts';

/**
 * Differences beyond which the exact alignment would take too long (its time grows with their
 * square); an output that differs this much from its source is reported with a lower bound.
 */
const EDIT_BUDGET = 10_000;

/** How far ahead in the output the lower-bound alignment looks for each source character. */
const GREEDY_WINDOW = 200;

/**
 * Measures how much of a deck reached the output: the number of the source's non-space
 * characters that appear in the output in the same order (the longest common subsequence of the
 * two, so text that was moved or dropped counts as lost, and the headings and labels the importer
 * adds do not count at all). Both sides must be normalised the same way.
 * @param source The deck's normalised text.
 * @param outputs The text of each generated body, in deck order (markup already stripped).
 * @param removed What the importer removed on purpose, by kind, to list next to the figure.
 */
export function measureCoverage(source: string, outputs: string[], removed: Record<string, number>): Coverage {
	const from = codePoints(source);
	const to = codePoints(outputs.join(''));
	const distance = editDistance(from, to, EDIT_BUDGET);
	const kept = distance === undefined ? greedyCommon(from, to) : (from.length + to.length - distance) / 2;
	return { sourceChars: from.length, keptChars: kept, removed };
}

/**
 * The share of the source that was kept, from 0 to 1 (1 for an empty source).
 * @param coverage A measured coverage.
 */
export function coverageShare(coverage: Coverage): number {
	return coverage.sourceChars === 0 ? 1 : coverage.keptChars / coverage.sourceChars;
}

/** The text's code points without whitespace, as numbers (fast to compare). */
function codePoints(text: string): Int32Array {
	return Int32Array.from([...text.replace(/\s/gu, '')], (char) => char.codePointAt(0) ?? 0);
}

/**
 * The fewest insertions and deletions that turn `a` into `b` (Myers, "An O(ND) Difference
 * Algorithm and Its Variations", 1986): fast when the two differ little, as a faithful
 * conversion does, where a full LCS table would take N × M steps.
 * @returns The distance, or undefined when it exceeds `budget`.
 */
function editDistance(a: Int32Array, b: Int32Array, budget: number): number | undefined {
	const max = Math.min(a.length + b.length, budget);
	const offset = max + 1;
	const furthest = new Int32Array(2 * max + 3);
	for (let d = 0; d <= max; d++) {
		for (let k = -d; k <= d; k += 2) {
			const down = k === -d || (k !== d && (furthest[offset + k - 1] ?? 0) < (furthest[offset + k + 1] ?? 0));
			let x = down ? (furthest[offset + k + 1] ?? 0) : (furthest[offset + k - 1] ?? 0) + 1;
			let y = x - k;
			while (x < a.length && y < b.length && a[x] === b[y]) {
				x++;
				y++;
			}
			furthest[offset + k] = x;
			if (x >= a.length && y >= b.length) return d;
		}
	}
	return undefined;
}

/**
 * A common subsequence found greedily, each source character matched within a short window of
 * the output: a lower bound of the longest one, for outputs too far from the source to align.
 */
function greedyCommon(a: Int32Array, b: Int32Array): number {
	let kept = 0;
	let y = 0;
	for (const char of a) {
		const found = b.subarray(y, y + GREEDY_WINDOW).indexOf(char);
		if (found < 0) continue;
		kept++;
		y += found + 1;
	}
	return kept;
}
