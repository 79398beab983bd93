import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifySource } from '../../../scripts/import/classify.ts';
import { repo } from '../../support/repo.ts';
import { siteCases } from '../../support/site-cases.ts';
import { htmlLang, htmlPages, page, select, selectAll, toText } from '../../support/site.ts';

/** Who publishes the site, on what terms, and how to report an error: on every page. */
describe('governance pages and the footer', () => {
	const pages = htmlPages().filter((path) => path !== '/404');
	const built = new Set(htmlPages());

	it('every page links a prefilled GitHub issue that names the page', () => {
		for (const path of pages) {
			const tree = page(path);
			const link = selectAll('.site-footer a', tree).find((a) => String(a.properties.href).includes('/issues/new?'));
			expect(link, path).toBeTruthy();
			const url = new URL(String(link?.properties.href));
			expect(url.searchParams.get('body'), path).toContain(`https://industrial-ai-guide.example.org${path}`);
			expect(url.searchParams.get('title'), path).toMatch(
				htmlLang(tree) === 'en' ? /^Problem on a page: / : /^ページの誤り: /u,
			);
		}
	});

	it('every page links the about, disclaimer, privacy and licences pages of its language', () => {
		for (const path of pages) {
			const tree = page(path);
			const prefix = htmlLang(tree) === 'en' ? '/en' : '';
			const hrefs = selectAll('.site-footer nav a', tree).map((a) => a.properties.href);
			expect(hrefs, path).toEqual(
				['/about/', '/about/disclaimer/', '/about/privacy/', '/about/licences/'].map((p) => `${prefix}${p}`),
			);
			for (const href of hrefs) expect(built.has(String(href)), `${path} → ${href}`).toBe(true);
		}
	});

	it('guideline pages, and only they, show the current version with a link to the version history', () => {
		for (const path of pages) {
			const version = select('.site-footer__version', page(path));
			const guideline = /^(?:\/en)?\/guideline\//u.test(path);
			expect(Boolean(version), path).toBe(guideline);
			if (version) expect(toText(version), path).toMatch(/1\.0/u);
		}
	});

	it('the licences page lists every policy deck with its publisher; each case page names its source file', () => {
		const sources = readdirSync(join(repo, 'sources')).filter((name) => name.endsWith('.txt'));
		const decks = sources.filter(
			(name) => classifySource(readFileSync(join(repo, 'sources', name), 'utf8')) === 'policy',
		);
		expect(decks.length).toBeGreaterThan(0);
		for (const path of ['/about/licences/', '/en/about/licences/']) {
			const files = selectAll('table[data-source-attributions] code', page(path)).map((code) => toText(code));
			expect(files.sort(), path).toEqual(decks.map((name) => `sources/${name}`).sort());
		}
		for (const { id, data } of siteCases()) {
			for (const path of [`/cases/${id}/`, `/en/cases/${id}/`]) {
				expect(toText(select('main', page(path)) ?? page(path)), path).toContain(data.source.file);
			}
		}
	});
});
