import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import { describe, expect, it } from 'vitest';
import { narrativeParts } from '../../../src/features/cases/narrative-parts.ts';
import { remarkCaseFactsSlots } from '../../../src/features/cases/remark-case-facts-slots.ts';

/** Renders a case body as src/features/cases/case-files-loader.ts does (MDX grammar, the slots plugin, GFM). */
async function render(body: string): Promise<string> {
	const processor = await createMarkdownProcessor({
		remarkPlugins: [remarkMdx, remarkCaseFactsSlots, remarkGfm],
		gfm: false,
		smartypants: false,
	});
	const { code } = await processor.render(body, { fileURL: new URL('file:///site/src/content/cases/1-x.mdx') });
	return code;
}

describe('a case narrative', () => {
	it('is cut at each <CaseFacts>, in order, with its attributes', async () => {
		const html = await render(
			'## 1. 基本情報\n\n<CaseFacts of="profile" />\n\n本文です。\n\n<CaseFacts of="challenges" kind="training" />\n',
		);
		const parts = narrativeParts(html);
		expect(parts.map((part) => ('html' in part ? 'html' : part.facts))).toEqual([
			'html',
			{ of: 'profile' },
			'html',
			{ of: 'challenges', kind: 'training' },
		]);
		expect(parts[0]).toEqual({ html: '<h2 id="1-基本情報">1. 基本情報</h2>\n' });
		expect(parts[2]).toEqual({ html: '\n<p>本文です。</p>\n' });
	});

	it('keeps the HTML between slots byte for byte, text that looks like markup included', async () => {
		const html = await render('前\n\n<CaseFacts of="budget" />\n\n注意: \\<b>x\\</b> と a &amp; b と "引用"\n');
		const parts = narrativeParts(html);
		const rejoined = parts.map((part) =>
			'html' in part ? part.html : `<case-facts of="${part.facts.of}"></case-facts>`,
		);
		expect(rejoined.join('')).toBe(html);
	});

	it('refuses a slot that is not a block of its own', () => {
		expect(() => narrativeParts('<blockquote><case-facts of="budget"></case-facts></blockquote>')).toThrow(
			'<CaseFacts /> must be a block of its own',
		);
		expect(() => narrativeParts('<case-facts of="nothing"></case-facts>')).toThrow('not a kind of facts');
	});

	it('renders escaped markup and braces from a source as text, never as elements', async () => {
		const html = await render('注意: \\<script>alert(1)\\</script> と \\{x\\} と &lt;b&gt;\n');
		expect(html).not.toMatch(/<script|<b>/u);
		expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
		expect(html).toContain('{x}');
	});

	it('rejects everything MDX could run or render but <CaseFacts>, naming each place at once', async () => {
		const body = [
			'<Chart of="x" />',
			'',
			'Some {1 + 1} text and <b>bold</b>.',
			'',
			'<CaseFacts of="nothing" />',
			'',
			'<CaseFacts of="budget" kind="training" />',
			'',
			'<CaseFacts of={"budget"} />',
			'',
		].join('\n');
		const error = await render(body).then(
			() => undefined,
			(thrown: unknown) => thrown as Error,
		);
		const path = '/site/src/content/cases/1-x.mdx';
		expect(error?.message).toContain(`${path}:1:1: <Chart>: a case file allows only <CaseFacts />`);
		expect(error?.message).toContain(`${path}:3:6: a {…} expression`);
		expect(error?.message).toContain(`${path}:3:23: <b> inside a paragraph`);
		expect(error?.message).toContain(`${path}:5:1: <CaseFacts of="nothing">: of must be one of profile, budget`);
		expect(error?.message).toContain(`${path}:7:1: <CaseFacts kind="training">: kind goes with of="challenges"`);
		expect(error?.message).toContain(`${path}:9:1: <CaseFacts of>: write the value as "text"`);
	});

	it('rejects import and export', async () => {
		await expect(render('import X from "./x.js"\n\n# T\n')).rejects.toThrow(
			'/site/src/content/cases/1-x.mdx:1:1: import/export',
		);
	});
});
