import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { dist, page, select, selectAll, toText } from '../../support/site.ts';
import { siteCases } from '../../support/site-cases.ts';

/**
 * The hostile-text fixture (test/fixtures/cases/valid/101_58bb9ca0e493284a.txt, case 1108) as a
 * reader gets it: every text as written, markup from the source shown and never rendered, and the
 * authors' notes (HTML comments marked 社外秘) nowhere in the site.
 */
const id = siteCases().find((entry) => entry.data.case_id === 1108)?.id ?? '';
const main = (path: string) => select('main', page(path)) as Element;
/** The case's narrative items: the `<li>`s of the page's main content, as text. */
const items = (path: string) => selectAll('main li', main(path)).map((li) => toText(li));

describe('a case whose text looks like markup', () => {
	it('builds, and shows bullets of tags with their closing tags, a lone </div>, <style> and <Foo /> as text', () => {
		expect(items(`/cases/${id}/`)).toEqual(
			expect.arrayContaining([
				'<b>x</b> のように閉じタグまで書かれた引用',
				'</div>',
				'<style>p { color: red }</style> のような埋め込みスタイル',
				'<Foo /> のような部品タグ',
				'原稿に混入したタグ（例：<b>太字</b>、<br>）や `{{` テンプレート記法 `}}` の見落とし',
				'入稿フォルダ（\\\\fileserver\\nyuko\\）の監視',
			]),
		);
	});

	it('shows prose literally: entities, asterisks, underscores, backticks and import lines as written', () => {
		const text = toText(main(`/cases/${id}/`));
		for (const written of [
			'`{props.x}` や {props.x}、{{customer_name}}',
			'<script>alert(1)</script> や <style>body{display:none}</style> のようなタグ',
			'実体参照の &amp; と &lt;、<img src=x onerror=alert(1)>',
			"import fs from 'fs'",
			'export const x = 1',
			'*強調* や _下線_、[リンク](javascript:alert(1))',
		])
			expect(text).toContain(written);
	});

	it('renders none of it: no element, attribute or style from the source', () => {
		const content = main(`/cases/${id}/`);
		for (const selector of ['b', 'style', 'img', 'foo', 'iframe', '[onerror]'])
			expect(selectAll(selector, content), selector).toEqual([]);
	});

	it('publishes no author’s note, on the pages nor in any other file of the site', () => {
		// What the fixture's notes say: no page of the site has these words otherwise (社外秘 alone it has).
		const notes = ['主要顧客の一覧は別紙', 'このメモは公開しない', '見積は2社', '2023年に1件発生'];
		const files = readdirSync(dist(), { recursive: true, withFileTypes: true }).filter(
			(entry) => entry.isFile() && /\.(html|json|csv|xml|txt|js)$/.test(entry.name),
		);
		expect(files.length).toBeGreaterThan(0);
		for (const entry of files) {
			const text = readFileSync(join(entry.parentPath, entry.name), 'utf8');
			for (const note of notes) expect(text.includes(note), `${entry.name}: ${note}`).toBe(false);
		}
		expect(toText(main(`/cases/${id}/`))).not.toContain('社外秘');
		expect(items(`/cases/${id}/`)).toContain('HTMLの隠しコメントの納品事故がなくなった');
	});
});
