import type { Block, ListItem } from './model.ts';
import { endsSentence, visibleLength } from './rejoin-lines.ts';

/** An enumeration is data (a list of names), not a numbered argument, when its items are short. */
const NAME_MAX = 60;

/** Fewer items than this are a pair of options, not a list worth extracting. */
const MIN_ITEMS = 3;

/**
 * An ISO or ISO/IEC designation: `ISO/IEC TR 24030`, `ISO/IEC WD5338` (the space is often lost),
 * `ISO/IEC WD 5259-2`, `ISO 9001:2015`. The stage or deliverable (TR, WD, DIS…) is optional.
 */
const DESIGNATION =
	/ISO(?:\s*\/\s*IEC)?\s*(?:(TR|TS|IS|PAS|WD|CD|DIS|FDIS|AWI|NP|PWI|DTR|DTS)\s*)?(\d{3,5}(?:-\d{1,3})*)(:\d{4})?/gu;

/** Where a topic written before a designation starts: after the last clause break. */
const CLAUSE_BREAK = /^.*[。、，,：:；;]/su;

/** A numbered list of names found on a slide (`①洋上風力・太陽光・地熱産業` … `⑭ライフスタイル関連産業`). */
export interface Enumeration {
	/** The slide it is on. */
	slide: number;
	/** The names, ordered by their number (decks scatter them across a diagram). */
	items: Array<{ number: number; label: string }>;
}

/** A standard the deck names, with what it is about. */
export interface StandardMention {
	/** The designation, spaced as usual: `ISO/IEC WD 5338`. */
	designation: string;
	/** The standard's number: `5338`, `5259-2`. */
	number: string;
	/** The topic written next to it (`ライフサイクル`), when there is one. */
	topic?: string;
	/** The slide it is on. */
	slide: number;
}

/**
 * Finds the circled-number enumerations of a slide: items ①, ②, … wherever they stand on it,
 * split into runs where a number comes again, kept when a run numbers exactly 1 to N (N ≥ 3) and
 * every item is a short name rather than a sentence.
 * @param blocks The slide's blocks.
 * @param slide The slide number.
 */
export function findEnumerations(blocks: Block[], slide: number): Enumeration[] {
	const runs: ListItem[][] = [];
	for (const item of blocks.flatMap((block) => (block.kind === 'list' ? block.items : []))) {
		if (item.circled === undefined) continue;
		const run = runs.at(-1);
		if (run && !run.some((other) => other.circled === item.circled)) run.push(item);
		else runs.push([item]);
	}
	return runs.flatMap((run) => {
		const items = run
			.map((item) => ({ number: item.circled ?? 0, label: item.text.slice(1).trim() }))
			.sort((a, b) => a.number - b.number);
		const complete = items.length >= MIN_ITEMS && items.every((item, i) => item.number === i + 1);
		const names = items.every((item) => visibleLength(item.label) <= NAME_MAX && !endsSentence(item.label));
		return complete && names ? [{ slide, items }] : [];
	});
}

/**
 * Finds the ISO and ISO/IEC standards a slide names, each with the topic written just before it
 * (`機能安全（ ISO/IEC TR 5469）`) or, failing that, just after it.
 * @param blocks The slide's blocks.
 * @param slide The slide number.
 */
export function findStandards(blocks: Block[], slide: number): StandardMention[] {
	const found: StandardMention[] = [];
	for (const text of blockTexts(blocks)) {
		let previousEnd = 0;
		for (const match of text.matchAll(DESIGNATION)) {
			const [whole, stage, number = '', year = ''] = match;
			const designation = `${/IEC/u.test(whole) ? 'ISO/IEC' : 'ISO'}${stage ? ` ${stage}` : ''} ${number}${year}`;
			const before = text.slice(previousEnd, match.index);
			const after = text.slice(match.index + whole.length);
			previousEnd = match.index + whole.length;
			if (found.some((other) => other.designation === designation)) continue;
			// `ISO/IEC 22989: AI concepts…` names its topic after a colon; otherwise it comes first.
			const topic = /^\s*[:：]/u.test(after) ? topicAfter(after) : (topicBefore(before) ?? topicAfter(after));
			found.push({ designation, number, ...(topic ? { topic } : {}), slide });
		}
	}
	return found;
}

/** Every text of a slide, in order. */
function blockTexts(blocks: Block[]): string[] {
	return blocks.flatMap((block) => {
		if (block.kind === 'list') return block.items.map((item) => item.text);
		if (block.kind === 'citation') return [block.citation.text];
		return [block.text];
	});
}

/**
 * The topic written before a designation: the last clause, without the bracket that opens the
 * designation or the particle that joins it (`品質マネジメントはISO 9001` → 品質マネジメント).
 */
function topicBefore(text: string): string | undefined {
	const topic = text
		.replace(CLAUSE_BREAK, '')
		.replace(/[\s（(［[「]+$/u, '')
		.replace(/[はのをにでがと]$/u, '')
		.trim();
	return topic === '' ? undefined : topic;
}

/** The topic written after a designation, up to the end of its clause or the next designation. */
function topicAfter(text: string): string | undefined {
	const clause = text.replace(/^[\s）)\]］」：:\-–]+/u, '').split(/[。、，,；;（(]|ISO/u)[0] ?? '';
	const topic = clause.trim();
	return topic === '' ? undefined : topic;
}
