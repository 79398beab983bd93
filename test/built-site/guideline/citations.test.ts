import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist, htmlPages, page, selectAll } from '../../support/site.ts';
import { chapterPages, guidelinePath } from '../../support/clause-registry.ts';

/** Element ids of a built page, read once per page. */
const idsOf = (() => {
	const cache = new Map<string, Set<string>>();
	return (path: string): Set<string> => {
		let ids = cache.get(path);
		if (!ids) {
			ids = new Set(selectAll('[id]', page(path)).map((element) => String(element.properties.id)));
			cache.set(path, ids);
		}
		return ids;
	};
})();

/**
 * What is wrong with a citation link, or null when it lands on an element of an existing page.
 * @param href The link's href, a site-absolute path with a fragment.
 */
function brokenTarget(href: string): string | null {
	const url = new URL(href, 'https://site.invalid');
	if (url.origin !== 'https://site.invalid') return `${href}: points off the site`;
	if (!url.pathname.endsWith('/')) return `${href}: expected a page path ending in /`;
	if (!existsSync(join(dist(), url.pathname, 'index.html'))) return `${href}: no such page`;
	const id = decodeURIComponent(url.hash.slice(1));
	if (id === '') return `${href}: no anchor`;
	if (!idsOf(url.pathname).has(id)) return `${href}: no element with id "${id}" on ${url.pathname}`;
	return null;
}

describe('every citation link resolves to an existing anchor', () => {
	const citing = htmlPages()
		.filter((path) => !path.startsWith('/pagefind'))
		.map((path) => ({
			path,
			hrefs: selectAll('a[data-cite]', page(path)).map((a) => String(a.properties.href ?? '')),
		}))
		.filter(({ hrefs }) => hrefs.length > 0);

	it('finds citations on every guideline chapter page, in both languages', () => {
		const paths = new Set(citing.map(({ path }) => path));
		for (const lang of ['ja', 'en'] as const) {
			for (const slug of chapterPages) expect(paths, slug).toContain(guidelinePath(slug, lang));
		}
	});

	it.each(citing.map(({ path, hrefs }) => [path, hrefs] as const))('%s', (_path, hrefs) => {
		expect(hrefs.map(brokenTarget).filter((problem) => problem !== null)).toEqual([]);
	});
});
