import { describe, expect, it } from 'vitest';
import { chapterBody, type ReadSlide } from '../../../../scripts/import/policy/chapter-file.ts';
import type { Block } from '../../../../scripts/import/policy/model.ts';
import { proveBody } from '../../../../scripts/import/mdx/prove.ts';
import { toMdx } from '../../../../scripts/import/mdx/to-mdx.ts';

/** The MDX of one slide with the given blocks, and what proving it finds. */
function write(blocks: Block[]): { mdx: string; problems: string[] } {
	const slides: ReadSlide[] = [{ span: { start: 0, end: 1, n: 3, printed: true }, line: 7, blocks, citations: [] }];
	const tree = chapterBody(slides);
	const mdx = toMdx(tree);
	return { mdx, problems: proveBody('sources/deck.txt', tree, mdx, 'mdx').map((p) => `${p.line}:${p.message}`) };
}

/** Counter-examples the round-trip fuzz (scripts/fuzz/) found in slide text. */
describe('slide text that once did not read back', () => {
	it('writes an empty bullet (a lone ・) as an empty item, not an empty paragraph the site would drop', () => {
		const { mdx, problems } = write([
			{
				kind: 'list',
				items: [
					{ text: '', line: 8 },
					{ text: '二', line: 9 },
				],
				plain: false,
				line: 8,
			},
		]);
		expect(mdx).toBe('## スライド 3\n\n-\n- 二\n');
		expect(problems).toEqual([]);
	});

	it('leaves a paragraph or citation without text out', () => {
		const { mdx } = write([
			{ kind: 'paragraph', text: '', line: 8 },
			{ kind: 'citation', citation: { text: '', line: 9 }, line: 9 },
		]);
		expect(mdx).toBe('## スライド 3\n');
	});

	it('keeps a vertical tab at the edge of a citation or a note label out of the emphasis (&#xB; reads back as U+FFFD)', () => {
		const { mdx, problems } = write([
			{ kind: 'citation', citation: { text: '（出所）産総研\v', line: 8 }, line: 8 },
			{ kind: 'note', text: '本文', labels: ['\v'], line: 9 },
		]);
		expect(mdx).toBe('## スライド 3\n\n_（出所）産総研_\v\n\n> \v\n>\n> 本文\n');
		expect(problems).toEqual([]);
	});

	it('escapes a colon that would start a directive after an escaped character: <:x', () => {
		const { mdx, problems } = write([{ kind: 'paragraph', text: '<:x と *:y', line: 8 }]);
		expect(mdx).toBe('## スライド 3\n\n\\<\\:x と \\*\\:y\n');
		expect(problems).toEqual([]);
	});
});
