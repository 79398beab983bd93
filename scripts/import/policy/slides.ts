import type { DeckLine, SlideSpan } from './model.ts';
import { CONFIDENT_TITLE, titleScore } from './slide-breaks.ts';
import type { SlideNumber } from './slide-numbers.ts';
import { isBlank } from './normalize.ts';

/** A slide found by its title has at least this many lines (the title and some text). */
const MIN_LINES = 2;

/** A stretch of the deck that ends with a printed slide number (or the deck's end). */
interface Region {
	from: number;
	to: number;
	/** The printed number that ends it; undefined for the stretch after the last one. */
	value?: number;
	/** The printed number that ends the stretch before it. */
	previous?: number;
}

/**
 * Cuts the deck into slides and numbers them. Printed numbers say how many slides lie between
 * them: where the certain breaks are fewer, the lines that look most like slide titles are taken
 * as further breaks, as many as the numbers ask for. Before the first printed number and after
 * the last, only confident title lines break slides. Slides are numbered from the printed
 * numbers: backwards from the number that ends their stretch, forwards after the last one.
 * @param lines The deck's lines.
 * @param numbers Printed slide numbers, in deck order.
 * @param certain Indices where a slide certainly starts (see `certainStarts`).
 * @returns The slides, in deck order, with strictly increasing numbers.
 */
export function segmentSlides(lines: DeckLine[], numbers: SlideNumber[], certain: number[]): SlideSpan[] {
	const slides: SlideSpan[] = [];
	for (const region of regions(lines, numbers, certain)) {
		const starts = certain.filter((index) => index >= region.from && index < region.to);
		if (starts.length === 0) continue;
		const wanted =
			region.previous !== undefined && region.value !== undefined ? region.value - region.previous : undefined;
		const candidates = scored(lines, region, new Set(starts));
		for (const candidate of candidates) {
			if (wanted !== undefined ? starts.length >= wanted : candidate.score < CONFIDENT_TITLE) break;
			if (region.previous === undefined && region.value !== undefined && starts.length >= region.value) break;
			// A title alone is a slide only on a divider, and dividers break with certainty.
			const neighbours = [...starts, region.to];
			if (neighbours.some((start) => Math.abs(textBetween(lines, start, candidate.index)) < MIN_LINES)) continue;
			starts.push(candidate.index);
		}
		starts.sort((a, b) => a - b);
		starts.forEach((start, i) => {
			const last = i === starts.length - 1;
			const n = region.value !== undefined ? region.value - (starts.length - 1 - i) : (region.previous ?? 0) + i + 1;
			slides.push({ start, end: starts[i + 1] ?? region.to, n, printed: last && region.value !== undefined });
		});
	}
	// Too many breaks before a printed number would number slides below 1 or twice: count on.
	slides.forEach((slide, i) => {
		const floor = (slides[i - 1]?.n ?? 0) + 1;
		if (slide.n < floor) Object.assign(slide, { n: floor, printed: false });
	});
	return slides;
}

/**
 * The printed slide numbers removed from the lines they end (`…の動きも。 4` → `…の動きも。`).
 * @param lines The deck's lines.
 * @param numbers Printed slide numbers.
 * @returns New lines, and how many characters were removed.
 */
export function withoutSlideNumbers(lines: DeckLine[], numbers: SlideNumber[]): { lines: DeckLine[]; removed: number } {
	const at = new Map(numbers.map((number) => [number.index, number]));
	const removed = numbers.reduce((sum, number) => sum + String(number.value).length, 0);
	return { lines: lines.map((line, index) => ({ ...line, text: at.get(index)?.rest ?? line.text })), removed };
}

/** Non-blank lines from `a` up to (not including) `b`, negative when `b` comes first. */
function textBetween(lines: DeckLine[], a: number, b: number): number {
	const [from, to] = a <= b ? [a, b] : [b, a];
	const count = lines.slice(from, to).filter((line) => !isBlank(line)).length;
	return a <= b ? count : -count;
}

/** The stretches between printed numbers; each ends where the slide after its number starts. */
function regions(lines: DeckLine[], numbers: SlideNumber[], certain: number[]): Region[] {
	const result: Region[] = [];
	let from = 0;
	let previous: number | undefined;
	for (const number of numbers) {
		const to = certain.find((index) => index > number.index) ?? lines.length;
		result.push({ from, to, value: number.value, ...(previous !== undefined ? { previous } : {}) });
		from = to;
		previous = number.value;
	}
	result.push({ from, to: lines.length, ...(previous !== undefined ? { previous } : {}) });
	return result;
}

/** The region's possible title lines, likeliest first (earlier first on a tie). */
function scored(lines: DeckLine[], region: Region, taken: Set<number>): Array<{ index: number; score: number }> {
	const found: Array<{ index: number; score: number }> = [];
	for (let index = region.from; index < region.to; index++) {
		const score = taken.has(index) ? undefined : titleScore(lines, index);
		if (score !== undefined && score > 0) found.push({ index, score });
	}
	return found.sort((a, b) => b.score - a.score || a.index - b.index);
}
