import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist, page, select, selectAll, toText } from '../../support/site.ts';
import { sizeBand } from '../../../src/core/format.ts';
import { siteCases } from '../../support/site-cases.ts';

/** The HTML of the SME tools as built (the fixture site: real sources plus the fixture cases). */
const tools = ['self-check', 'estimator', 'consultation-sheet'];
const paths = tools.flatMap((tool) => [`/sme/${tool}/`, `/en/sme/${tool}/`]);

describe('the SME tools as built', () => {
	it.each(paths)('%s links only to existing pages and anchors', (path) => {
		const broken: string[] = [];
		for (const link of selectAll('main a[href^="/"]', page(path))) {
			const url = new URL(String(link.properties.href), 'https://site.invalid');
			if (!existsSync(join(dist(), url.pathname, 'index.html'))) broken.push(`${url.href}: no such page`);
			else if (url.hash && !select(`[id="${decodeURIComponent(url.hash.slice(1))}"]`, page(url.pathname)))
				broken.push(`${url.pathname}${url.hash}: no such anchor`);
		}
		expect(broken).toEqual([]);
	});

	it('renders the self-check as fieldsets with legends and labelled radio buttons', () => {
		const tree = page('/sme/self-check/');
		const questions = selectAll('fieldset.self-check-question', tree);
		expect(questions).toHaveLength(26);
		for (const question of questions) {
			expect(toText(select('legend', question)!).trim()).not.toBe('');
			const radios = selectAll('input[type="radio"]', question);
			expect(radios).toHaveLength(4);
			expect(selectAll('label > input[type="radio"]', question)).toHaveLength(4);
		}
		// Every theme links its next steps into the guideline in the page's language.
		const steps = selectAll('[data-theme-steps] a', page('/en/sme/self-check/'));
		expect(steps.length).toBeGreaterThanOrEqual(6);
		expect(steps.every((a) => String(a.properties.href).startsWith('/en/guideline/'))).toBe(true);
	});

	it('embeds only the four band summaries in the estimator, never the cases', () => {
		const json = select('script[data-band-summaries]', page('/sme/estimator/'));
		const summaries = JSON.parse(toText(json!));
		expect(Object.keys(summaries)).toEqual(['micro', 'small', 'medium', 'large']);
		// Worked out here from the collection's frontmatter: each band's published paybacks.
		const cases = siteCases();
		for (const band of ['micro', 'small', 'medium', 'large']) {
			const months = cases
				.filter((c) => sizeBand(c.data.employees) === band && c.data.roi.payback_months !== null)
				.map((c) => c.data.roi.payback_months as number)
				.sort((a, b) => a - b);
			const half = Math.floor(months.length / 2);
			const median = months.length % 2 ? months[half] : ((months[half - 1] ?? 0) + (months[half] ?? 0)) / 2;
			expect(summaries[band], band).toEqual(
				months.length === 0 ? null : { count: months.length, median, min: months[0], max: months.at(-1) },
			);
		}
		expect(Object.values(summaries).some((summary) => summary !== null)).toBe(true);
		expect(JSON.stringify(summaries).length).toBeLessThan(400);
	});

	it('lists at most ten cases per size band, each linked', () => {
		for (const row of selectAll('.payback-bands tbody tr', page('/en/sme/estimator/'))) {
			const cases = selectAll('li a', row);
			expect(cases.length).toBeLessThanOrEqual(10);
			for (const link of cases) expect(String(link.properties.href)).toMatch(/^\/en\/cases\/[^/]+\/$/);
		}
	});
});
