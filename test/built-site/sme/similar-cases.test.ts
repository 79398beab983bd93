import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { sizeBand } from '../../../src/core/format.ts';
import { fixtureCaseIds, siteCases } from '../../support/site-cases.ts';
import { htmlPages, page, select, selectAll, toText } from '../../support/site.ts';

/** What the test needs of a case: read from the MDX the importer generated for the fixture site. */
interface FixtureCase {
	id: string;
	caseId: number;
	industry: string;
	employees: number;
	nameJa: string;
	nameEn: string;
}

function fixtureCases(): FixtureCase[] {
	return siteCases().map(({ id, data }) => ({
		id,
		caseId: data.case_id,
		industry: data.industry,
		employees: data.employees,
		nameJa: data.company.name_ja,
		nameEn: data.company.name_en,
	}));
}

/** The cases a list should show, in the component's order: smallest first, at most eight. */
function expected(cases: FixtureCase[], industry?: string, size?: string): FixtureCase[] {
	return cases
		.filter((c) => industry === undefined || c.industry === industry)
		.filter((c) => size === undefined || sizeBand(c.employees) === size)
		.sort((a, b) => a.employees - b.employees || a.caseId - b.caseId);
}

const attr = (element: Element, name: string) => {
	const value = element.properties[name];
	return value === undefined ? undefined : String(value);
};

describe('SimilarCases', () => {
	const cases = fixtureCases();
	const lists = htmlPages()
		.filter((path) => /^(?:\/en)?\/sme\//.test(path))
		.flatMap((path) => selectAll('[data-similar-cases]', page(path)).map((element) => ({ path, element })));

	it('the fixture site has the fixture cases', () => {
		expect(cases.map((c) => c.caseId)).toEqual(expect.arrayContaining(fixtureCaseIds()));
	});

	it('is used on the SME pages, with and without matches', () => {
		const counts = lists.map(({ element }) => selectAll('a[data-case-id]', element).length);
		expect(counts.some((n) => n > 0)).toBe(true);
		expect(counts.some((n) => n === 0)).toBe(true);
	});

	it('lists exactly the cases of the asked industry and size band, smallest first, in the page language', () => {
		for (const { path, element } of lists) {
			const en = path.startsWith('/en/');
			const want = expected(cases, attr(element, 'dataIndustry'), attr(element, 'dataSize'));
			const links = selectAll('a[data-case-id]', element);
			const where = `${path} [industry=${attr(element, 'dataIndustry')} size=${attr(element, 'dataSize')}]`;
			expect(
				links.map((a) => a.properties.href),
				where,
			).toEqual(want.slice(0, 8).map((c) => `${en ? '/en' : ''}/cases/${c.id}/`));
			expect(
				links.map((a) => toText(a)),
				where,
			).toEqual(want.slice(0, 8).map((c) => (en ? c.nameEn : c.nameJa)));
			expect(select('[data-similar-none]', element) !== undefined, where).toBe(want.length === 0);
		}
	});

	it('shows the size bands of the first step with the fixture cases of each band', () => {
		const names = (path: string, size: string) => {
			const list = selectAll('[data-similar-cases]', page(path)).find((e) => attr(e, 'dataSize') === size);
			return list ? selectAll('a[data-case-id]', list).map((a) => toText(a)) : undefined;
		};
		// The first step is for small businesses: it lists the three bands below large.
		for (const size of ['micro', 'small', 'medium']) {
			const want = expected(cases, undefined, size).slice(0, 8);
			expect(names('/sme/first-use-case/', size), size).toEqual(want.map((c) => c.nameJa));
			expect(names('/en/sme/first-use-case/', size), size).toEqual(want.map((c) => c.nameEn));
		}
		// The fixture cases cover more than one band, so the lists are not all empty.
		expect(new Set(cases.map((c) => sizeBand(c.employees))).size).toBeGreaterThan(1);
	});

	it('says so and links the case list when nothing matches', () => {
		const none = lists.find(({ element }) => select('[data-similar-none]', element));
		expect(none).toBeTruthy();
		if (!none) return;
		const link = select('[data-similar-none] a', none.element);
		expect(link?.properties.href).toBe(none.path.startsWith('/en/') ? '/en/cases/' : '/cases/');
	});

	it('marks Japanese industry names on English pages', () => {
		for (const { path, element } of lists.filter(({ path }) => path.startsWith('/en/'))) {
			for (const span of selectAll('.similar-cases__meta > span', element)) {
				const text = toText(span);
				if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) {
					expect(span.properties.lang, `${path}: ${text}`).toBe('ja');
				}
			}
		}
	});
});
