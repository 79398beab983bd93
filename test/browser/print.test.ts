import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useBrowserOn } from '../support/browser.ts';

const site = useBrowserOn(() => join(inject('siteRoot'), 'dist'));

/** Navigation chrome that a printed page must not show. */
const CHROME = [
	'header-search',
	'starlight-lang-select',
	'starlight-theme-select',
	'#starlight__sidebar',
	'starlight-toc',
	'mobile-starlight-toc',
	'.pagination-links',
	'[data-case-filters]',
	'.chapter-nav',
];

const templates = [
	'/',
	'/en/',
	'/contributing/',
	'/cases/',
	'/cases/863-aist-national-institute-of-advanced-industrial-s/',
	'/en/cases/863-aist-national-institute-of-advanced-industrial-s/',
	'/policy/',
	'/policy/002-443a7719d422e65c/',
	'/policy/002-443a7719d422e65c/04-initiatives-on-ai/',
	'/en/policy/002-443a7719d422e65c/04-initiatives-on-ai/',
	'/guideline/',
	'/guideline/phased-rollout/',
	'/en/guideline/effects-and-roi/',
	'/sme/',
	'/en/sme/pilot/',
	'/sme/self-check/',
	'/en/sme/estimator/',
	'/sme/consultation-sheet/',
	'/glossary/',
	'/en/glossary/',
];

describe('pages print without navigation chrome', () => {
	it.each(templates)('%s', async (path) => {
		const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.emulateMedia({ media: 'print' });
		await page.goto(`${site.url}${path}`);
		for (const selector of CHROME) {
			const visible = await page.locator(selector).evaluateAll((elements) =>
				elements.some((el) => {
					const box = (el as HTMLElement).getBoundingClientRect();
					return getComputedStyle(el).visibility !== 'hidden' && box.width > 0 && box.height > 0;
				}),
			);
			expect(visible, `${selector} is visible in print`).toBe(false);
		}
		expect(await page.locator('main h1').isVisible()).toBe(true);
		await page.close();
	});
});
