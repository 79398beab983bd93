import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBrowserOn } from '../support/browser.ts';

const dist = join(import.meta.dirname, '../../dist');

const site = useBrowserOn(() => dist);

describe('the built site in Chromium', () => {
	it('shows the Japanese home page with an entry point for each audience', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}/`);
		expect(await page.getAttribute('html', 'lang')).toBe('ja');
		expect(await page.title()).toContain('産業AI導入ガイド');
		const main = page.locator('main');
		for (const audience of ['一般の読者', '中小企業の方', 'メンテナー'])
			await expect.poll(() => main.getByText(audience).count()).toBeGreaterThan(0);
		expect(await main.locator('a[href="/cases/"]').count()).toBeGreaterThan(0);
		await page.close();
	});

	it('shows the English home page in English', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}/en/`);
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		expect(await page.title()).toContain('Industrial AI Adoption Guide');
		expect(await page.locator('main').innerText()).not.toMatch(/[\p{Script=Hiragana}\p{Script=Katakana}]/u);
		await page.close();
	});

	it('switches language with the language picker and keeps the page', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}/contributing/`);
		await page.locator('starlight-lang-select select').first().selectOption({ label: 'English' });
		await page.waitForURL(`${site.url}/en/contributing/`);
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		await page.locator('starlight-lang-select select').first().selectOption({ label: '日本語' });
		await page.waitForURL(`${site.url}/contributing/`);
		expect(await page.getAttribute('html', 'lang')).toBe('ja');
		await page.close();
	});

	it('gives every page the <html lang> of its URL', async () => {
		const pages = readdirSync(dist, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile() && entry.name === 'index.html')
			.map((entry) => `/${relative(dist, entry.parentPath)}/`.replace(/\/+/g, '/'));
		expect(pages.length).toBeGreaterThan(4);
		const page = await site.browser.newPage();
		for (const path of pages) {
			await page.goto(`${site.url}${path}`);
			expect(await page.getAttribute('html', 'lang'), path).toBe(path.startsWith('/en/') ? 'en' : 'ja');
		}
		await page.close();
	});
});
