import type { DeckLine } from './model.ts';
import { isBlank } from './normalize.ts';

/** A slide number printed in the deck: alone on a line (`9`) or after a slide's last text (`…も。 4`). */
export interface SlideNumber {
	/** Index of the line it stands on. */
	index: number;
	/** The number. */
	value: number;
	/** The line without the number: empty for a number alone on its line. */
	rest: string;
}

const ALONE = /^\s*(\d{1,3})\s*$/;
/** A number after a slide's last text; not after an operator, where it is a value (`x = 1`). */
const TRAILING = /^(.*[^\s=+\-*/<>:×÷±≦≧≤≥])[ \u3000]+(\d{1,3})$/u;

/**
 * Finds the slide numbers in a deck. Any short number at a line's end is a candidate, and charts
 * are full of them (axis values, `2.8億トン`), so only the longest chain of candidates that fits
 * a deck is kept: strictly increasing, and with enough text between two numbers for the slides
 * they imply (a chart's `20` / `40` / `60` on consecutive lines cannot be three slides).
 * @param lines The deck's lines.
 * @returns The printed slide numbers, in deck order.
 */
export function findSlideNumbers(lines: DeckLine[]): SlideNumber[] {
	const candidates = lines.flatMap((line, index) => {
		const match = ALONE.exec(line.text) ?? TRAILING.exec(line.text);
		if (!match) return [];
		const value = Number(match.length === 2 ? match[1] : match[2]);
		const rest = match.length === 2 ? '' : (match[1] ?? '');
		return value >= 1 ? [{ index, value, rest }] : [];
	});
	const textBefore = prefixCounts(lines);
	const fits = (from: SlideNumber | undefined, to: SlideNumber): boolean => {
		const slides = to.value - (from?.value ?? 0);
		const text = (textBefore[to.index + (to.rest ? 1 : 0)] ?? 0) - (from ? (textBefore[from.index + 1] ?? 0) : 0);
		return slides > 0 && text >= Math.max(1, Math.ceil(slides / 2));
	};
	return longestChain(candidates, fits);
}

/**
 * The longest chain `a → b → c` in which each step fits; the earliest-ending chain wins a tie,
 * so that a stray number late in the deck cannot displace a real one.
 */
function longestChain(
	candidates: SlideNumber[],
	fits: (from: SlideNumber | undefined, to: SlideNumber) => boolean,
): SlideNumber[] {
	const length: number[] = [];
	const previous: number[] = [];
	candidates.forEach((candidate, i) => {
		length[i] = fits(undefined, candidate) ? 1 : 0;
		previous[i] = -1;
		for (let j = 0; j < i; j++) {
			const before = candidates[j];
			if (before && (length[j] ?? 0) > 0 && (length[j] ?? 0) + 1 > (length[i] ?? 0) && fits(before, candidate)) {
				length[i] = (length[j] ?? 0) + 1;
				previous[i] = j;
			}
		}
	});
	let best = -1;
	length.forEach((value, i) => {
		if (value > 0 && (best < 0 || value > (length[best] ?? 0))) best = i;
	});
	const chain: SlideNumber[] = [];
	for (let i = best; i >= 0; i = previous[i] ?? -1) {
		const candidate = candidates[i];
		if (candidate) chain.unshift(candidate);
	}
	return chain;
}

/** For each index, how many non-blank lines come before it. */
function prefixCounts(lines: DeckLine[]): number[] {
	const counts = [0];
	lines.forEach((line, index) => counts.push((counts[index] ?? 0) + (isBlank(line) ? 0 : 1)));
	return counts;
}
