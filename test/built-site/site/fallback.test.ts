import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist, htmlLang, htmlPages, page, select } from '../../support/site.ts';

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
		const manifest = JSON.parse(readFileSync(join(dist(), 'search-index/en/index.json'), 'utf8')) as { docs: number };
		// Every English page in the index is one whose <html lang> is en and that is marked for search.
		const indexedEnglish = htmlPages().filter((path) => {
			if (!path.startsWith('/en/')) return false;
			const tree = page(path);
			return htmlLang(tree) === 'en' && select('[data-pagefind-body]', tree) !== undefined;
		});
		expect(manifest.docs).toBe(indexedEnglish.length);
		expect(htmlPages().some((path) => path.startsWith('/en/fallback-probe'))).toBe(true);
	});
});
