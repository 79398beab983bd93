import type { BlockContent, List, Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { Position } from 'unist';
import type { Block, ListItem } from './model.ts';

/** The note's label when the deck gave none of its own. */
export const NOTE_LABEL = 'スピーカーノート';

/**
 * Turns a slide's blocks into mdast. Text goes into text nodes verbatim (the serialiser escapes
 * what MDX would read as code or markup); citations are emphasised, as slides set them small; a
 * speaker note becomes a block quote under a strong label, which reads as an aside without a
 * component. Nodes carry the source line they came from, for problems with the generated MDX.
 * @param blocks The slide's blocks, title already taken.
 * @returns mdast nodes for the slide's section, in source order.
 */
export function renderBlocks(blocks: Block[]): RootContent[] {
	// A paragraph without text shows nothing, and Markdown has no way to write an empty one.
	const empty = (block: Block) =>
		(block.kind === 'paragraph' && block.text === '') || (block.kind === 'citation' && block.citation.text === '');
	return blocks.filter((block) => !empty(block)).map(renderBlock);
}

function renderBlock(block: Block): BlockContent {
	switch (block.kind) {
		case 'paragraph':
			return paragraph(block.text, block.line);
		case 'citation':
			return { type: 'paragraph', children: marked('emphasis', block.citation.text), position: at(block.line) };
		case 'list':
			return list(block.items, block.line);
		case 'note':
			return {
				type: 'blockquote',
				position: at(block.line),
				children: [
					{ type: 'paragraph', children: marked('strong', block.labels.join(' / ') || NOTE_LABEL) },
					...block.text
						.split('\n')
						.filter((text) => text !== '')
						.map((text) => paragraph(text, block.line)),
				],
			};
	}
}

/**
 * A text in emphasis or strong, with any vertical tab at either end outside it: at the edge of
 * emphasis Markdown needs a white-space character written as a character reference, and `&#xB;`
 * reads back as U+FFFD (CommonMark replaces the control characters it decodes). PDF exports leave
 * such characters in text. Found by the round-trip fuzz (scripts/fuzz/).
 */
function marked(type: 'emphasis' | 'strong', text: string): PhrasingContent[] {
	const [, before = '', inside = '', after = ''] = /^(\v*)(.*?)(\v*)$/su.exec(text) ?? [];
	const plain = (value: string): PhrasingContent[] => (value ? [{ type: 'text', value }] : []);
	if (inside === '') return plain(text);
	return [...plain(before), { type, children: [{ type: 'text', value: inside }] }, ...plain(after)];
}

function paragraph(text: string, line: number): Paragraph {
	return { type: 'paragraph', children: [{ type: 'text', value: text, position: at(line) }], position: at(line) };
}

function list(items: ListItem[], line: number): List {
	return {
		type: 'list',
		ordered: false,
		spread: false,
		// An empty bullet (a lone `・`) is an empty item.
		children: items.map((item) => ({
			type: 'listItem',
			spread: false,
			children: item.text === '' ? [] : [paragraph(item.text, item.line)],
			position: at(item.line),
		})),
		position: at(line),
	};
}

/** The place of a source line (the deck's blocks know their line, not their column). */
export function at(line: number): Position {
	return { start: { line, column: 1 }, end: { line, column: 1 } };
}
