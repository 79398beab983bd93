import { startsWithEnumerator } from './markers.ts';
import type { Block } from './model.ts';
import { endsSentence, visibleLength } from './rejoin-lines.ts';

/** A slide title is one heading; longer text at the top of a slide is its first bullet. */
const TITLE_MAX = 60;

/** A run of chart labels may open a slide: only a label this long is taken as its title. */
const LABEL_TITLE_MIN = 8;

/**
 * Takes a slide's title from its first block, when that block starts with a heading: a short
 * line that is neither a sentence nor a numbered item (`①…`, `（１）…` open a section, not a
 * slide). The title is removed from the blocks, since the slide's heading shows it; a slide whose
 * first text is a sentence keeps it and has no title.
 * @param blocks The slide's blocks, in order.
 * @returns The title, if any, and the remaining blocks.
 */
export function takeTitle(blocks: Block[]): { title?: string; blocks: Block[] } {
	const [first, ...rest] = blocks;
	if (first?.kind === 'paragraph' && isTitle(first.text)) return { title: first.text, blocks: rest };
	if (first?.kind === 'list') {
		const [item, ...items] = first.items;
		if (item && isTitle(item.text) && (!first.plain || visibleLength(item.text) >= LABEL_TITLE_MIN)) {
			return {
				title: item.text,
				blocks: items.length > 0 ? [{ ...first, items, line: items[0]?.line ?? first.line }, ...rest] : rest,
			};
		}
	}
	return { blocks };
}

/** Whether a text reads as a heading. */
function isTitle(text: string): boolean {
	const length = visibleLength(text);
	return length > 0 && length <= TITLE_MAX && !endsSentence(text) && !startsWithEnumerator(text);
}
