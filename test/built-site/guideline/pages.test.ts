import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlPages, page, select, selectAll, toText } from '../../support/site.ts';
import { chapterPages, clauseAnchor, clauses, guidelinePath } from '../../support/clause-registry.ts';
import { repo } from '../../support/repo.ts';

const languages = ['ja', 'en'] as const;

describe('the guideline pages', () => {
	const built = new Set(htmlPages());

	it('are exactly the overview, the version history and one page per chapter of the registry, in both languages', () => {
		for (const folder of ['src/content/docs/guideline', 'src/content/docs/en/guideline']) {
			const files = readdirSync(join(repo, folder)).sort();
			expect(files, folder).toEqual(
				['index.mdx', 'changelog.mdx', ...chapterPages.map((slug) => `${slug}.mdx`)].sort(),
			);
		}
	});

	describe.each(languages)('in %s', (lang) => {
		it.each(chapterPages)('%s shows its clauses as headings, in the registry order', (slug) => {
			const path = guidelinePath(slug, lang);
			expect(built.has(path), `${path} is built`).toBe(true);
			const content = select('main .sl-markdown-content', page(path));
			expect(content, 'page has content').toBeTruthy();
			if (!content) return;
			const headings = selectAll('h3[id^="g-"]', content).map((h) => ({ id: h.properties.id, text: toText(h) }));
			const expected = clauses
				.filter((clause) => clause.page === slug)
				.map((clause) => ({ id: clauseAnchor(clause.id), text: `${clause.id} ${clause[lang]}` }));
			expect(headings).toEqual(expected);
		});

		it('the overview links to every chapter page', () => {
			const path = guidelinePath('', lang);
			expect(built.has(path), `${path} is built`).toBe(true);
			const content = select('main .sl-markdown-content', page(path));
			const links = new Set(selectAll('a[href]', content ?? page(path)).map((a) => String(a.properties.href)));
			for (const slug of chapterPages) expect(links, slug).toContain(guidelinePath(slug, lang));
		});
	});
});
