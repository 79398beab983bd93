import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBrowserOn } from '../support/browser.ts';

const dist = join(import.meta.dirname, '../../dist');
const doc = '/policy/002-443a7719d422e65c/';

const site = useBrowserOn(() => dist);

describe('policy documents', () => {
	it('lists the deck and its five chapters', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}${doc}`);
		expect(await page.locator('ol.chapters > li').count()).toBe(5);
		expect(await page.locator('ol.chapters > li').nth(3).innerText()).toContain('AIに関する取組');
		await page.close();
	});

	it('shows a chapter in Japanese with the growth fields as a table and slide anchors', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}${doc}02-growth-strategy-for-carbon-neutrality/`);
		expect(await page.getAttribute('html', 'lang')).toBe('ja');
		const fields = page.locator('table.extract').filter({ hasText: '成長が期待される14分野' });
		expect(await fields.locator('tbody tr').count()).toBe(14);
		expect(await page.locator('h2#slide-9').innerText()).toContain('スライド 9');
		await page.close();
	});

	it('scrolls to the slide a link points at', async () => {
		const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(`${site.url}${doc}04-initiatives-on-ai/#slide-28`);
		await expect
			.poll(() => page.locator('#slide-28').evaluate((el) => Math.round(el.getBoundingClientRect().top)))
			.toBeLessThan(200);
		expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
		await page.close();
	});

	it('shows the English chapter with English navigation and the text marked Japanese', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}/en${doc}04-initiatives-on-ai/`);
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		expect(await page.locator('h1').innerText()).toBe('Initiatives on AI');
		expect(await page.locator('main').innerText()).toContain('available in Japanese only');
		expect(await page.locator('main div[lang="ja"]').innerText()).toContain('機械学習品質マネジメント');
		expect(await page.locator('table.extract').filter({ hasText: 'ISO/IEC TR 24030' }).count()).toBe(1);
		await page.close();
	});
});
