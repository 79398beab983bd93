import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { page, select, selectAll } from '../../support/site.ts';
import {
	chapterPages,
	clauseAnchor,
	clauses,
	guidelinePath,
	seedCase,
	seedClauses,
} from '../../support/clause-registry.ts';

/**
 * The clauses whose "cases that put this clause into practice" box links to `casePath` on a
 * guideline page: each box belongs to the clause heading before it, and names that clause.
 * @param path The guideline page.
 * @param casePath The case page to look for.
 */
function clausesListingCase(path: string, casePath: string): string[] {
	const content = select('main .sl-markdown-content', page(path));
	if (!content) throw new Error(`${path}: no content`);
	const found: string[] = [];
	let heading: Element | undefined;
	for (const element of selectAll('h2, h3, aside.clause-cases', content)) {
		if (element.tagName !== 'aside') {
			heading = element;
			continue;
		}
		const id = String(heading?.properties.id ?? '');
		const clause = clauses.find((c) => clauseAnchor(c.id) === id);
		if (!clause) throw new Error(`${path}: a clause-cases box follows #${id}, which is not a clause heading`);
		expect(String(element.properties.ariaLabel), `${path}#${id}`).toContain(clause.id);
		const links = selectAll('a[href]', element).map((a) => String(a.properties.href));
		if (links.includes(casePath)) found.push(clause.id);
	}
	return found;
}

describe.each(['ja', 'en'] as const)('the crosswalk between the seed case and the guideline, in %s', (lang) => {
	const casePath = `${lang === 'en' ? '/en' : ''}${seedCase}`;

	it('the case page lists its clauses, each linking to the clause heading', () => {
		const list = select('section.case-clauses', page(casePath));
		expect(list, 'case page has a clause list').toBeTruthy();
		const links = selectAll('a[href]', list!).map((a) => String(a.properties.href));
		expect(links).toEqual(
			seedClauses.map((id) => {
				const clause = clauses.find((c) => c.id === id)!;
				return `${guidelinePath(clause.page, lang)}#${clauseAnchor(id)}`;
			}),
		);
		for (const link of links) {
			const [path, anchor] = link.split('#') as [string, string];
			expect(select(`h3[id="${anchor}"]`, page(path)), link).toBeTruthy();
		}
	});

	it('the guideline lists the case under exactly the clauses the case lists', () => {
		const listed = chapterPages.flatMap((slug) => clausesListingCase(guidelinePath(slug, lang), casePath));
		expect(listed).toEqual(seedClauses);
	});
});
