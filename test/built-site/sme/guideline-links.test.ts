import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ClauseRegistrySchema, clauseAnchor } from '../../../src/core/schemas/clause.ts';
import { dist, htmlPages, page, select, selectAll } from '../../support/site.ts';

/** Clause anchors by guideline page slug, from the registry the fixture site was built with. */
function anchorsByPage(): Map<string, Set<string>> {
	const source = readFileSync(join(inject('siteRoot'), 'src/content/data/clauses.yaml'), 'utf8');
	const byPage = new Map<string, Set<string>>();
	for (const clause of ClauseRegistrySchema.parse(parse(source))) {
		const anchors = byPage.get(clause.page) ?? new Set<string>();
		anchors.add(clauseAnchor(clause.id));
		byPage.set(clause.page, anchors);
	}
	return byPage;
}

/** `/guideline/phased-rollout/#g-3-2` or `/en/guideline/…`: the page slug and the anchor. */
const GUIDELINE_LINK = /^(?:\/en)?\/guideline\/([^/#]+)\/(?:#(.*))?$/;

describe('guideline links on the SME pages', () => {
	const registry = anchorsByPage();
	const smePages = htmlPages().filter((path) => /^(?:\/en)?\/sme\//.test(path));
	const links = smePages.flatMap((path) => {
		const content = select('main .sl-markdown-content', page(path));
		return content
			? selectAll('a[href*="/guideline/"]', content).map((a) => ({ from: path, href: String(a.properties.href) }))
			: [];
	});

	it('are there to check', () => {
		expect(links.filter((link) => link.href.includes('#g-')).length).toBeGreaterThan(20);
	});

	it('name a registered guideline page and, with an anchor, a clause registered on that page', () => {
		const wrong = links.filter(({ href }) => {
			const match = GUIDELINE_LINK.exec(href);
			if (!match) return true;
			const [, slug, anchor] = match;
			const anchors = registry.get(slug ?? '');
			return !anchors || (anchor !== undefined && !anchors.has(anchor));
		});
		expect(wrong).toEqual([]);
	});

	it('stay in the language of the page they are on', () => {
		expect(links.filter(({ from, href }) => from.startsWith('/en/') !== href.startsWith('/en/'))).toEqual([]);
	});

	it('land on an element with that id where the guideline page is built', () => {
		const missing = links.filter(({ href }) => {
			const [path, anchor] = href.split('#');
			const file = join(dist(), path ?? '', 'index.html');
			if (!anchor || !existsSync(file)) return false;
			return select(`[id="${anchor}"]`, page(path ?? '')) === undefined;
		});
		expect(missing).toEqual([]);
	});
});
