import type { RootContent } from 'mdast';
import type { MdxFlowExpression, MdxTextExpression } from 'mdast-util-mdx';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { commentText, mdxComment } from '../../../../scripts/import/mdx/comments.ts';
import { toMdx } from '../../../../scripts/import/mdx/to-mdx.ts';
import { isCommentExpression } from '../../../../src/core/mdx/case-file-rules.ts';
import { parseSiteMdx } from '../../../../src/core/mdx/site-grammar.ts';

const notes = [
	'',
	' 社外秘 ',
	'*/',
	'a */ b */',
	'*\\/',
	'**\\\\/',
	'ends with *',
	'/ starts with a slash',
	'{ } | { and }',
	'--',
	'<!-- nested',
	'`x` <b>',
];

/** Writes a note in a tree, reads the MDX back, and gives the note each comment holds. */
function roundTrip(node: RootContent): Array<{ text: string; comment: boolean }> {
	const found: Array<{ text: string; comment: boolean }> = [];
	visit(parseSiteMdx(toMdx({ type: 'root', children: [node] })), (child) => {
		if (child.type === 'mdxFlowExpression' || child.type === 'mdxTextExpression')
			found.push({ text: commentText(child.value), comment: isCommentExpression(child) });
	});
	return found;
}

describe('an author’s note as an MDX comment', () => {
	it.each(notes)('reads back as the same note, and as nothing but a comment: %j', (text) => {
		const inline: MdxTextExpression = mdxComment(text, 'mdxTextExpression');
		const block: MdxFlowExpression = mdxComment(text, 'mdxFlowExpression');
		expect(roundTrip(block)).toEqual([{ text, comment: true }]);
		expect(roundTrip({ type: 'paragraph', children: [{ type: 'text', value: '本文' }, inline] })).toEqual([
			{ text, comment: true },
		]);
		expect(
			roundTrip({
				type: 'list',
				children: [
					{ type: 'listItem', children: [{ type: 'paragraph', children: [{ type: 'text', value: '項目' }, inline] }] },
				],
			}),
		).toEqual([{ text, comment: true }]);
	});

	it('keeps a note over several lines, blank lines included, as a block of its own', () => {
		const text = '\n社外秘：\n\n  字下げした行\n*/ で終わる行 */\n';
		expect(roundTrip(mdxComment(text, 'mdxFlowExpression'))).toEqual([{ text, comment: true }]);
	});
});
