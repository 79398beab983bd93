import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { htmlLang, htmlPages, page, select, selectAll, textInOwnLanguage, toText } from '../../support/site.ts';

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

describe('a Japanese page reads its hidden labels in Japanese', () => {
	// Screen readers read these though nobody sees them: Starlight's English heading anchor label
	// ("Section titled …") was read out on every Japanese heading until ja.json translated it.
	const japanesePages = htmlPages().filter(
		(path) => !path.startsWith('/en/') && !path.startsWith('/pagefind') && !path.includes('fallback-probe'),
	);
	const hasJapanese = (text: string) => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text);

	it.each(japanesePages)('%s', (path) => {
		const tree = page(path);
		const labels = [
			...selectAll('.sr-only', tree).map((element) => toText(element).trim()),
			...selectAll('[aria-label]', tree).map((element: Element) => String(element.properties.ariaLabel)),
		];
		// A label may quote the page's own words (a heading's title): what is said around them counts.
		// Keys and names are the same in both languages (Ctrl, GitHub).
		const english = labels.filter((label) => {
			const own = label.replace(/“[^”]*”|「[^」]*」|"[^"]*"/g, '');
			return /[A-Za-z]{3,}/.test(own) && !hasJapanese(own) && !/^(Ctrl|GitHub)$/.test(own);
		});
		expect(english).toEqual([]);
	});
});
