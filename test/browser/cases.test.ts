import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowserOn } from '../support/browser.ts';

const seed = '/cases/863-aist-national-institute-of-advanced-industrial-s/';

const site = useBrowserOn(() => join(inject('siteRoot'), 'dist'));

const rowNames = (page: Page) => page.locator('[data-case-rows] tr td:first-child > a').allInnerTexts();

describe('the case list', () => {
	it('lists every case as a table with JavaScript off, without the filter form', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.url}/cases/`);
		const names = await rowNames(page);
		expect(names).toHaveLength(9);
		expect(names).toContain('産業技術総合研究所');
		expect(await page.locator('[data-case-filters]').isVisible()).toBe(false);
		await context.close();
	});

	it('filters by industry through the search index, in the URL, and back', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}/cases/`);
		await page.locator('[data-case-filters] select[name="industry"]').selectOption('建設');
		await expect.poll(() => rowNames(page)).toEqual(['株式会社雲雀丘建設']);
		expect(new URL(page.url()).searchParams.get('industry')).toBe('建設');
		expect(await page.locator('[data-case-count]').innerText()).toBe('1件の事例');
		await page.goBack();
		await expect.poll(async () => (await rowNames(page)).length).toBe(9);
		await page.goForward();
		await expect.poll(() => rowNames(page)).toEqual(['株式会社雲雀丘建設']);
		expect(await page.locator('select[name="industry"]').inputValue()).toBe('建設');
		await page.close();
	});

	it('restores a shared filtered URL, in English too', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}/en/cases/?size=micro`);
		await expect.poll(async () => (await rowNames(page)).length).toBe(1);
		expect(await page.locator('[data-case-count]').innerText()).toBe('1 cases');
		await page.close();
	});
});

describe('a case page', () => {
	it('shows the Japanese page with its facts where the source had them', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}${seed}`);
		expect(await page.getAttribute('html', 'lang')).toBe('ja');
		expect(await page.locator('h1').innerText()).toBe('産業技術総合研究所');
		expect(await page.locator('[data-facts="budget"]').innerText()).toContain('4,500万円');
		expect(await page.locator('.metrics-table tbody tr').count()).toBe(4);
		expect(await page.locator('.metrics-chart svg rect').count()).toBe(6);
		expect(await page.locator('.timeline > li').count()).toBe(3);
		await page.close();
	});

	it('shows the English page with English labels and the narrative marked Japanese', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}/en${seed}`);
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		expect(await page.locator('h1').innerText()).toBe(
			'AIST (National Institute of Advanced Industrial Science and Technology)',
		);
		const budget = await page.locator('[data-facts="budget"]').innerText();
		expect(budget).toContain('¥45 million');
		expect(budget).toContain('Initial investment');
		expect(await page.locator('.case-header').innerText()).toContain('Research institute');
		expect(await page.locator('#narrative + p').innerText()).toContain('has not been translated');
		expect(await page.locator('.case-narrative').innerText()).toContain('導入背景');
		await page.close();
	});
});
