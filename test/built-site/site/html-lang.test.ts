import { describe, expect, it } from 'vitest';
import { htmlLang, htmlPages, page, select, textInOwnLanguage } from '../../support/site.ts';

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const LATIN = /[A-Za-z]/g;

describe('every built page declares the language of its main content', () => {
	const paths = htmlPages();

	it('builds pages in both languages', () => {
		expect(paths.filter((path) => path.startsWith('/en/')).length).toBeGreaterThan(3);
		expect(paths.filter((path) => !path.startsWith('/en/')).length).toBeGreaterThan(3);
	});

	it.each(paths.filter((path) => !path.startsWith('/pagefind') && !path.includes('fallback-probe')))('%s', (path) => {
		const tree = page(path);
		const lang = htmlLang(tree);
		expect(lang).toBe(path.startsWith('/en/') ? 'en' : 'ja');
		const main = select('main', tree);
		expect(main, 'page has a <main>').toBeTruthy();
		if (!main) return;
		const text = textInOwnLanguage(main, lang);
		const japanese = text.match(JAPANESE)?.length ?? 0;
		const latin = text.match(LATIN)?.length ?? 0;
		if (lang === 'en') {
			// English text outside `lang="ja"` fragments: no Japanese words left unmarked.
			expect(text.match(new RegExp(`${JAPANESE.source}+`, 'gu')) ?? []).toEqual([]);
		} else {
			expect(japanese).toBeGreaterThan(latin / 4);
		}
	});
});
