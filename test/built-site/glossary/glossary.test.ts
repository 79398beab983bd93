import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { GlossarySchema } from '../../../src/core/schemas/glossary.ts';
import { dist, htmlPages, page, select, selectAll, toText } from '../../support/site.ts';
import { repo } from '../../support/repo.ts';

const terms = GlossarySchema.parse(parse(readFileSync(join(repo, 'src/content/glossary/terms.yaml'), 'utf8')));
const termIds = new Set(terms.map((term) => term.id));

/** The ids in a built page, or undefined when no page was built at that path. */
const idsOf = (() => {
	const cache = new Map<string, Set<string> | undefined>();
	return (path: string): Set<string> | undefined => {
		if (!cache.has(path)) {
			const file = join(dist(), path, 'index.html');
			const ids = existsSync(file)
				? new Set(selectAll('[id]', page(path)).map((element) => String(element.properties.id)))
				: undefined;
			cache.set(path, ids);
		}
		return cache.get(path);
	};
})();

/** Why a link inside the site does not land, or undefined when it does. */
function deadLink(href: string): string | undefined {
	const [path = href, anchor] = href.split('#');
	const ids = idsOf(path);
	if (!ids) return 'no such page';
	if (anchor && !ids.has(anchor)) return `no element with id "${anchor}" on the page`;
	return undefined;
}

/** The entries of a glossary page, in page order. */
function entries(tree: Root): Element[] {
	return selectAll('dl > div[id]', tree);
}

describe.each([
	{ path: '/glossary/', lang: 'ja', other: 'en' },
	{ path: '/en/glossary/', lang: 'en', other: 'ja' },
] as const)('$path', ({ path, lang, other }) => {
	const tree = page(path);

	it('has an entry, under the term id as its anchor, for every term', () => {
		const ids = entries(tree).map((entry) => String(entry.properties.id));
		expect(ids.toSorted()).toEqual([...termIds].toSorted());
		for (const entry of entries(tree)) {
			expect(select('dt dfn', entry), String(entry.properties.id)).toBeTruthy();
			expect(select('dd', entry), String(entry.properties.id)).toBeTruthy();
		}
	});

	it("shows each term in the page's language and marks the other language's name", () => {
		for (const term of terms) {
			const entry = select(`[id="${term.id}"]`, tree);
			expect(toText(select('dfn', entry) ?? entry ?? tree), term.id).toBe(term[lang]);
			if (term[other] !== term[lang]) {
				const marked = selectAll(`[lang="${other}"]`, entry ?? tree).map((element) => toText(element));
				expect(marked.join(' '), term.id).toContain(term[other]);
			}
			expect(toText(entry ?? tree), term.id).toContain(lang === 'ja' ? term.definition_ja : term.definition_en);
		}
	});

	it('sorts the terms (by reading in Japanese, alphabetically in English) under section headings', () => {
		const collator = lang === 'ja' ? new Intl.Collator('ja') : new Intl.Collator('en', { sensitivity: 'base' });
		const key = (id: string) => {
			const term = terms.find((t) => t.id === id);
			return (lang === 'ja' ? term?.reading : term?.en) ?? '';
		};
		const ids = entries(tree).map((entry) => String(entry.properties.id));
		expect(ids).toEqual(ids.toSorted((a, b) => collator.compare(key(a), key(b))));
		const headings = selectAll('main section > h2', tree).map((heading) => toText(heading));
		if (lang === 'ja') expect(headings.slice(0, 3)).toEqual(['あ行', 'か行', 'さ行']);
		else expect(headings.slice(0, 3)).toEqual(['A', 'B', 'C']);
	});

	it('links every section from the index at the top', () => {
		const targets = selectAll('.glossary-index a', tree).map((link) => String(link.properties.href).slice(1));
		const sections = selectAll('main section > h2', tree).map((heading) => String(heading.properties.id));
		expect(new Set(targets)).toEqual(new Set(sections));
	});

	it('is part of the search index', () => {
		expect(select('[data-pagefind-body] dl', tree)).toBeTruthy();
	});
});

describe('related links', () => {
	it('land on an existing page and anchor, in both languages', () => {
		const dead = terms.flatMap((term) =>
			term.related.flatMap((path) =>
				[path, `/en${path}`].flatMap((href) => {
					const why = deadLink(href);
					return why ? [`${term.id}: ${href}: ${why}`] : [];
				}),
			),
		);
		expect(dead).toEqual([]);
	});

	it('are rendered on the glossary pages as listed, with a label', () => {
		for (const [path, prefix] of [
			['/glossary/', ''],
			['/en/glossary/', '/en'],
		] as const) {
			const tree = page(path);
			for (const term of terms) {
				const links = selectAll(`[id="${term.id}"] .glossary-related a`, tree);
				expect(
					links.map((link) => String(link.properties.href)),
					term.id,
				).toEqual(term.related.map((related) => `${prefix}${related}`));
				for (const link of links) expect(toText(link).trim(), term.id).not.toBe('');
			}
		}
	});
});

describe('term links on guideline and SME pages', () => {
	const linked = htmlPages().filter((path) => /^\/(en\/)?(guideline|sme)\//.test(path));

	it('exist (the remark plugin is registered)', () => {
		const count = linked.reduce((sum, path) => sum + selectAll('a.glossary-link', page(path)).length, 0);
		expect(count).toBeGreaterThan(0);
	});

	it.each(linked)('%s: link each term once, to its entry in the same language, outside headings', (path) => {
		const tree = page(path);
		const links = selectAll('main a.glossary-link', tree).map((link) => String(link.properties.href));
		const prefix = path.startsWith('/en/') ? '/en/glossary/#' : '/glossary/#';
		for (const href of links) {
			expect(href.startsWith(prefix), href).toBe(true);
			expect(termIds.has(href.slice(prefix.length)), href).toBe(true);
		}
		expect(links.length).toBe(new Set(links).size);
		const nested = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a'].map((outer) => `${outer} a.glossary-link`).join(', ');
		expect(selectAll(nested, tree)).toEqual([]);
	});
});
