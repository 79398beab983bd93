import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { formatMonths } from '../../../src/core/format.ts';
import type { CaseData } from '../../../src/core/schemas/case.ts';
import { casePayback } from '../../../src/core/payback.ts';
import { dist, htmlLang, htmlPages, page, select, selectAll, toText } from '../../support/site.ts';

/**
 * Every payback figure on the site comes from one computation: a page quotes a case's payback
 * through `CasePayback.astro` (which marks its output `data-payback`), and the case pages, case
 * list and estimator table mark the figures they take from a case's data. A month figure beside
 * 回収 or "payback" outside such a mark was typed into a page, and may disagree with the rest
 * (issue 18: 1.7 months on one page, 1.6 on another).
 */

/** A number of months as pages write it: 16か月, 1.7ヶ月, 16 months. */
const MONTHS = /\d+(?:\.\d+)?\s*(?:か月|ヶ月|カ月|ヵ月|ケ月|箇月|months?\b)/giu;
/** Words that make a nearby month figure a payback period. */
const PAYBACK = /回収|pay\s?back|paid back|pays back|recover/iu;
/** How many characters on either side of a month figure are searched for such a word. */
const NEAR = 30;
/** Elements whose text is read on its own: a word in the next cell or paragraph is not "beside". */
const BLOCKS = 'p, li, td, th, dt, dd, caption, figcaption, summary, h1, h2, h3, h4, h5, h6';
/** Marks the edge of a block in the text (see unmarkedBlocks). */
const EDGE = '\u2029';

const pages = htmlPages().filter((path) => !path.startsWith('/pagefind'));
// page() reads each built page once per test file.
const trees = pages.map((path) => [path, page(path)] as const);

/** The page's readable text, block by block, with every marked payback replaced by a placeholder. */
function unmarkedBlocks(tree: Root): string[] {
	const copy = structuredClone(select('main', tree) ?? select('body', tree) ?? tree) as Element;
	for (const mark of selectAll('[data-payback]', copy)) mark.children = [{ type: 'text', value: '〔payback〕' }];
	for (const block of selectAll(BLOCKS, copy)) {
		block.children = [{ type: 'text', value: EDGE }, ...block.children, { type: 'text', value: EDGE }];
	}
	return toText(copy)
		.split(EDGE)
		.map((text) => text.replace(/\s+/g, ' '));
}

/** The case data published with the site, which the pages were built from. */
function caseData(caseId: string): CaseData {
	return JSON.parse(readFileSync(join(dist(), 'data', 'cases', `${caseId}.json`), 'utf8')) as CaseData;
}

describe('payback figures', () => {
	it('no page states a payback period outside a marked figure', () => {
		const typed: string[] = [];
		for (const [path, tree] of trees) {
			for (const text of unmarkedBlocks(tree)) {
				for (const match of text.matchAll(MONTHS)) {
					const around = text.slice(Math.max(0, match.index - NEAR), match.index + match[0].length + NEAR);
					if (PAYBACK.test(around)) typed.push(`${path}: “…${around}…”`);
				}
			}
		}
		expect(typed).toEqual([]);
	});

	const marks = trees.flatMap(([path, tree]) =>
		selectAll('[data-payback][data-case]', tree).map((element) => ({
			path,
			lang: htmlLang(tree),
			kind: String(element.properties.dataPayback),
			caseId: String(element.properties.dataCase),
			text: toText(element).replace(/\s+/g, ' '),
		})),
	);

	it('the pages quote payback figures through the shared component', () => {
		// The guideline's worked example, the SME pages and the estimator at least.
		expect(new Set(marks.map((mark) => mark.path)).size).toBeGreaterThanOrEqual(4);
	});

	it('every computed figure is the shared computation, the same on every page', () => {
		const wrong = marks
			.filter((mark) => mark.kind === 'computed')
			.flatMap((mark) => {
				const payback = casePayback(caseData(mark.caseId));
				const expected = payback && formatMonths(payback.months, mark.lang === 'en' ? 'en' : 'ja');
				// The rounding rule (0.1か月単位で切り上げ) names a unit, not a period.
				const figures = mark.text.replace(/0\.1\s*か月単位/gu, '').match(MONTHS) ?? [];
				return expected && figures.length === 1 && figures[0] === expected
					? []
					: [`${mark.path}: “${mark.text}” (expected ${expected ?? 'no payback'})`];
			});
		expect(wrong).toEqual([]);
	});

	it('a stated figure comes with the computed one when they disagree', () => {
		const wrong = marks
			.filter((mark) => mark.kind === 'stated')
			.flatMap((mark) => {
				const lang = mark.lang === 'en' ? 'en' : 'ja';
				const payback = casePayback(caseData(mark.caseId));
				if (!payback || payback.stated === null) return [`${mark.path}: case ${mark.caseId} states no payback`];
				const stated = formatMonths(payback.stated, lang);
				const computed = formatMonths(payback.months, lang);
				if (!mark.text.startsWith(stated)) return [`${mark.path}: “${mark.text}” does not start with ${stated}`];
				if (Math.abs(payback.stated - payback.months) > 1 && !mark.text.includes(computed)) {
					return [`${mark.path}: “${mark.text}” lacks its caveat (${computed} by the case's figures)`];
				}
				return [];
			});
		expect(wrong).toEqual([]);
	});
});
