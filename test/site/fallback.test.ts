import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist, htmlLang, htmlPages, page, select } from '../support/site.ts';

describe('a page missing its English translation (fallback-probe.mdx in the fixture site)', () => {
	const fallback = page('/en/fallback-probe/');

	it('keeps the language of its content', () => {
		expect(htmlLang(fallback)).toBe('ja');
		expect(htmlLang(page('/fallback-probe/'))).toBe('ja');
	});

	it('is left out of the search index and of search engines', () => {
		expect(select('[data-pagefind-body]', fallback)).toBeUndefined();
		expect(select('meta[name="robots"]', fallback)?.properties.content).toBe('noindex');
	});

	it('adds no Japanese page to the English search index', () => {
		const entry = JSON.parse(readFileSync(join(dist(), 'pagefind/pagefind-entry.json'), 'utf8')) as {
			languages: Record<string, { page_count: number }>;
		};
		// Every English page in the index is one whose <html lang> is en and that Pagefind indexes.
		const indexedEnglish = htmlPages().filter((path) => {
			if (!path.startsWith('/en/')) return false;
			const tree = page(path);
			return htmlLang(tree) === 'en' && select('[data-pagefind-body]', tree) !== undefined;
		});
		expect(entry.languages.en?.page_count).toBe(indexedEnglish.length);
		expect(Object.keys(entry.languages).sort()).toEqual(['en', 'ja']);
	});
});
