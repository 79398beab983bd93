import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useBrowserOn } from '../support/browser.ts';
import { isSearch, templatePages } from '../../scripts/browser/templates.ts';

const site = useBrowserOn(() => join(inject('siteRoot'), 'dist'));

/** Phone, tablet, laptop and desktop widths. */
const WIDTHS = [360, 768, 1280, 1440];

const CASE_PAGES = [
	'/cases/863-aist-national-institute-of-advanced-industrial-s/',
	'/en/cases/863-aist-national-institute-of-advanced-industrial-s/',
];

describe('layout at phone, tablet and desktop widths', () => {
	it.each(WIDTHS)('no template is wider than the window at %i px, ja and en', { timeout: 300_000 }, async (width) => {
		const page = await site.browser.newPage({ viewport: { width, height: 900 } });
		const wide: string[] = [];
		for (const [label, path] of templatePages()) {
			await page.goto(`${site.url}${path}`);
			if (isSearch(path)) await page.locator('[data-search-results] li').first().waitFor();
			const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
			if (scrollWidth > width) wide.push(`${label} ${path}: ${scrollWidth} px`);
		}
		await page.close();
		expect(wide).toEqual([]);
	});

	it.each(WIDTHS)(
		'a case page shows its facts as label/value pairs at %i px, no column narrower than three characters',
		async (width) => {
			const page = await site.browser.newPage({ viewport: { width, height: 900 } });
			for (const path of CASE_PAGES) {
				await page.goto(`${site.url}${path}`);
				const narrow = await page.evaluate(() =>
					[...document.querySelectorAll('.case-facts dt, .case-facts dd')].flatMap((cell) => {
						const text = cell.textContent?.trim() ?? '';
						const em = parseFloat(getComputedStyle(cell).fontSize);
						const { width } = cell.getBoundingClientRect();
						return text.length >= 3 && width < 3 * em ? [`${text.slice(0, 20)}: ${Math.round(width)} px`] : [];
					}),
				);
				expect(narrow, path).toEqual([]);
				// A label and its value sit side by side, or the value directly below its label.
				const pairs = await page.evaluate(() =>
					[...document.querySelectorAll('.case-facts dt')].map((dt) => {
						const dd = dt.nextElementSibling as HTMLElement | null;
						const a = dt.getBoundingClientRect();
						const b = dd?.getBoundingClientRect();
						return {
							beside: b !== undefined && Math.abs(a.top - b.top) < 2 && b.left >= a.right,
							below: b !== undefined && b.top >= a.bottom - 1 && Math.abs(b.left - a.left) < 40,
						};
					}),
				);
				expect(pairs.length, path).toBeGreaterThan(0);
				expect(
					pairs.filter((pair) => !pair.beside && !pair.below),
					path,
				).toEqual([]);
			}
			await page.close();
		},
	);

	it('the header search has an accessible name at phone width, on every page', async () => {
		const page = await site.browser.newPage({ viewport: { width: 360, height: 800 } });
		for (const [label, path] of templatePages()) {
			await page.goto(`${site.url}${path}`);
			const named = page.getByRole('link', { name: /^(検索|Search)$/u });
			expect(await named.count(), label).toBe(1);
			expect(await named.isVisible(), label).toBe(true);
		}
		await page.close();
	});
});
