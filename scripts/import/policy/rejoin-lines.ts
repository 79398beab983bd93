/**
 * A sentence or clause that is complete: 。！？ (also before a closing bracket, as in `…もあり。）`)
 * or a Latin full stop after a word.
 */
const SENTENCE_END = /(?:[。．！？!?][」』）)]?|[A-Za-z)]\.)$/u;

/**
 * Line endings that cannot end a phrase: a comma, a middle dot, an opening bracket, a particle
 * (の を に が は で と や へ も), a slash or an ampersand. A line that ends like this goes on, however
 * short it is (`①洋上風力・` / `太陽光・地熱産業`).
 */
const CONTINUES = /[、，,・（(「『【＜/&＆のをにがはでとやへも]$/u;

/** Latin or digit at the end of one line and the start of the next: a word break, kept as a space. */
const LATIN_END = /[A-Za-z0-9,;:&%)\]”"'’]$/u;
const LATIN_START = /^[A-Za-z0-9(“"'‘&]/u;

/**
 * Below this many characters a line is a label (a chart legend, a table cell: `米国`, `2.8億トン`),
 * not the wrapped part of a sentence, unless it ends like an unfinished phrase. Slide text boxes
 * wrap at 20–60 characters, so a real wrap is longer than this.
 */
export const LABEL_MAX = 12;

/**
 * Number of visible characters in a line (code points, not UTF-16 units, without outer spaces).
 * @param text Any line.
 */
export function visibleLength(text: string): number {
	return [...text.trim()].length;
}

/**
 * Whether a line ends a sentence, so that the next line starts a new one.
 * @param text A line or a rejoined text.
 */
export function endsSentence(text: string): boolean {
	return SENTENCE_END.test(text.trimEnd());
}

/**
 * Whether a line ends in the middle of a phrase (a comma, a particle, a middle dot).
 * @param text A line or a rejoined text.
 */
export function endsMidPhrase(text: string): boolean {
	return CONTINUES.test(text.trimEnd());
}

/**
 * Whether `next` continues the sentence that `previous` was broken in. The caller has already
 * ruled out a blank line, a bullet, a citation and a speaker note as `next`; here the question is
 * only whether `previous` is unfinished prose or a complete sentence or short label.
 * @param previous The line before the break (one physical line: its length is what tells a
 *   wrapped line from a label).
 * @param next The following line.
 */
export function continuesInto(previous: string, next: string): boolean {
	if (next.trim() === '' || endsSentence(previous)) return false;
	if (endsMidPhrase(previous)) return true;
	// Two lines that both open with a number are parallel entries (`2020/6/30 日本語版` / `2021/2/12 英語版`).
	if (/^\d/u.test(previous.trim()) && /^\d/u.test(next.trim())) return false;
	return visibleLength(previous) >= LABEL_MAX;
}

/**
 * Joins two parts of a broken line: Japanese text is joined without a space, two Latin words (or
 * numbers) with one space, as the line break stood for one.
 * @param previous Text before the break.
 * @param next Text after the break.
 */
export function joinLines(previous: string, next: string): string {
	const left = previous.trimEnd();
	const right = next.trim();
	return LATIN_END.test(left) && LATIN_START.test(right) ? `${left} ${right}` : `${left}${right}`;
}

/**
 * Rejoins a run of consecutive lines (no blank line between them) into the sentences they were
 * broken from; a line that does not continue the one before starts a new segment.
 * @param lines Line texts of one run, in order.
 * @returns The rejoined segments with the index (into `lines`) where each starts.
 */
export function rejoin(lines: string[]): Array<{ text: string; first: number }> {
	const segments: Array<{ text: string; first: number }> = [];
	lines.forEach((line, index) => {
		const current = segments.at(-1);
		if (current && continuesInto(lines[index - 1] ?? '', line)) current.text = joinLines(current.text, line);
		else segments.push({ text: line.trim(), first: index });
	});
	return segments;
}
