import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { hasJapanese } from '../../../src/core/japanese.ts';
import { dist, htmlLang, htmlPages, page, select, selectAll, toText } from '../../support/site.ts';

const pages = htmlPages().filter((path) => path !== '/404');
const meta = (tree: Root, key: 'name' | 'property', value: string) =>
	String(select(`meta[${key}="${value}"]`, tree)?.properties.content ?? '');
const file = (path: string) => readFileSync(join(dist(), path), 'utf8');

/** The items of an RSS feed, each as its child elements' text. */
function feedItems(xml: string): Record<string, string>[] {
	return [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((item) =>
		Object.fromEntries([...(item[1] ?? '').matchAll(/<(\w+)(?: [^>]*)?>([^<]*)<\/\1>/g)].map((m) => [m[1], m[2]])),
	);
}

describe('case feeds', () => {
	const cases = pages.filter((path) => /^\/cases\/\d+-/.test(path));

	it.each([
		['ja', '/cases/feed.xml', '/cases/'],
		['en', '/en/cases/feed.xml', '/en/cases/'],
	])('%s: %s lists every case page, newest 更新日 first', (lang, feed, prefix) => {
		const xml = file(feed);
		expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><rss version="2.0">/);
		expect(xml).toContain(`<language>${lang}</language>`);
		const items = feedItems(xml);
		expect(items).toHaveLength(cases.length);
		for (const item of items) {
			const path = new URL(item.link ?? '').pathname;
			expect(path.startsWith(prefix)).toBe(true);
			expect(existsSync(join(dist(), path, 'index.html'))).toBe(true);
			expect(item.description).not.toBe('');
		}
		const dates = items.map((item) => (item.pubDate ? Date.parse(item.pubDate) : -Infinity));
		expect(dates).toEqual([...dates].sort((a, b) => b - a));
	});

	it('the Japanese feed has Japanese titles; the English feed has no Japanese at all', () => {
		expect(feedItems(file('/cases/feed.xml')).every((item) => hasJapanese(item.title ?? ''))).toBe(true);
		const english = file('/en/cases/feed.xml');
		expect(hasJapanese(english)).toBe(false);
	});

	it('every page links the feed of its language in its head', () => {
		for (const path of pages) {
			const tree = page(path);
			const link = select('head link[rel="alternate"][type="application/rss+xml"]', tree);
			expect(link?.properties.href, path).toBe(htmlLang(tree) === 'en' ? '/en/cases/feed.xml' : '/cases/feed.xml');
		}
	});
});

describe('discovery: descriptions, OpenGraph, sitemap, robots.txt', () => {
	it('every page has a description and OpenGraph title, description, type, url and locale', () => {
		for (const path of pages) {
			const tree = page(path);
			const lang = htmlLang(tree);
			const description = meta(tree, 'name', 'description');
			expect(description.length, path).toBeGreaterThan(20);
			expect(meta(tree, 'property', 'og:description'), path).toBe(description);
			expect(meta(tree, 'property', 'og:title'), path).not.toBe('');
			expect(meta(tree, 'property', 'og:type'), path).toBe('article');
			expect(new URL(meta(tree, 'property', 'og:url')).pathname, path).toBe(path);
			expect(meta(tree, 'property', 'og:locale'), path).toBe(lang === 'en' ? 'en_US' : 'ja_JP');
			// A meta attribute cannot mark a Japanese fragment with `lang`.
			if (lang === 'en') expect(hasJapanese(description), `${path}: ${description}`).toBe(false);
		}
	});

	it('case and policy pages describe themselves from their data, each differently', () => {
		const generated = pages.filter((path) => /^(\/en)?\/(cases\/\d+-|policy\/[^/]+\/)/.test(path));
		expect(generated.length).toBeGreaterThan(10);
		const descriptions = generated.map((path) => meta(page(path), 'name', 'description'));
		expect(new Set(descriptions).size).toBe(generated.length);
		const seed = meta(page('/cases/863-aist-national-institute-of-advanced-industrial-s/'), 'name', 'description');
		expect(seed).toBe(
			'産業技術総合研究所（研究所・日本・従業員2,100名）は2023年にAIを導入。使用ツール：ChatGPT、Claude。初期投資4,500万円、投資回収16か月。定量効果4項目。',
		);
	});

	it('robots.txt allows crawling and names the sitemap under the configured site', () => {
		const robots = file('/robots.txt');
		const site = new URL(meta(page('/'), 'property', 'og:url'));
		expect(robots).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n`);
		const index = file('/sitemap-index.xml');
		expect(index).toContain(`<loc>${new URL('/sitemap-0.xml', site).href}</loc>`);
		const sitemap = file('/sitemap-0.xml');
		for (const path of ['/', '/en/', '/cases/863-aist-national-institute-of-advanced-industrial-s/', '/glossary/'])
			expect(sitemap).toContain(`<loc>${new URL(path, site).href}</loc>`);
	});
});

describe('last updated and edit links', () => {
	/** The footer's "last updated" `<time>`, if any. */
	const lastUpdated = (tree: Root) => select('footer .meta time', tree);
	const editLink = (tree: Root) => String(select('footer .meta a', tree)?.properties.href ?? '');

	it('a case page is dated by its 更新日 and edited in its source document', () => {
		for (const prefix of ['', '/en']) {
			const tree = page(`${prefix}/cases/863-aist-national-institute-of-advanced-industrial-s/`);
			expect(lastUpdated(tree)?.properties.dateTime).toBe('2024-01-21');
			expect(editLink(tree)).toMatch(/\/edit\/[^/]+\/sources\/000_186593a879ea8978\.txt$/);
		}
	});

	it('a policy chapter is dated by its deck, only as precisely as the deck says (2021)', () => {
		const chapter = pages.find((path) => /^\/policy\/002-[^/]+\/04-/.test(path)) ?? '';
		const tree = page(chapter);
		expect(lastUpdated(tree)?.properties.dateTime).toBe('2021');
		expect(toText(lastUpdated(tree)!)).toBe('2021年');
		expect(editLink(tree)).toMatch(/\/sources\/002_443a7719d422e65c\.txt$/);
		expect(toText(lastUpdated(page(`/en${chapter}`))!)).toBe('2021');
	});

	it('an authored page is edited in its MDX file', () => {
		expect(editLink(page('/guideline/'))).toMatch(/\/edit\/[^/]+\/src\/content\/docs\/guideline\/index\.mdx$/);
		expect(editLink(page('/en/guideline/'))).toMatch(/\/src\/content\/docs\/en\/guideline\/index\.mdx$/);
	});

	it('no page is dated by the build: dates come from data or from git, never from today', () => {
		const today = new Date().toISOString().slice(0, 10);
		for (const path of pages) {
			const time = lastUpdated(page(path));
			if (time) expect(String(time.properties.dateTime), path).not.toBe(today);
		}
		// The fixture site is built outside git's tracked files, so authored pages have no date.
		expect(selectAll('footer .meta time', page('/guideline/'))).toEqual([]);
	});
});
