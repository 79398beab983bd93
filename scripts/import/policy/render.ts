import type { BlockContent, List, Paragraph, RootContent } from 'mdast';
import type { Block } from './model.ts';

/** The note's label when the deck gave none of its own. */
export const NOTE_LABEL = 'スピーカーノート';

/**
 * Turns a slide's blocks into mdast. Text goes into text nodes verbatim (the serialiser escapes
 * what MDX would read as code); citations are emphasised, as slides set them small; a speaker
 * note becomes a block quote under a strong label, which reads as an aside without a component.
 * @param blocks The slide's blocks, title already taken.
 * @returns mdast nodes for the slide's section, in source order.
 */
export function renderBlocks(blocks: Block[]): RootContent[] {
	return blocks.map((block): BlockContent => {
		switch (block.kind) {
			case 'paragraph':
				return paragraph(block.text);
			case 'citation':
				return {
					type: 'paragraph',
					children: [{ type: 'emphasis', children: [{ type: 'text', value: block.citation.text }] }],
				};
			case 'list':
				return list(block.items.map((item) => item.text));
			case 'note':
				return {
					type: 'blockquote',
					children: [
						{
							type: 'paragraph',
							children: [
								{ type: 'strong', children: [{ type: 'text', value: block.labels.join(' / ') || NOTE_LABEL }] },
							],
						},
						...block.text
							.split('\n')
							.filter((text) => text !== '')
							.map(paragraph),
					],
				};
		}
	});
}

function paragraph(text: string): Paragraph {
	return { type: 'paragraph', children: [{ type: 'text', value: text }] };
}

function list(items: string[]): List {
	return {
		type: 'list',
		ordered: false,
		spread: false,
		children: items.map((text) => ({ type: 'listItem', spread: false, children: [paragraph(text)] })),
	};
}
