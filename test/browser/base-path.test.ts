import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowserOn } from '../support/browser.ts';
import { ASTRO, childEnv } from '../support/build.ts';

/**
 * The site deployed as a GitHub Pages project site: built with SITE_URL under a path, served so
 * that only `/industrial-ai-guide/` holds the site, and used in Chromium through its own links,
 * searches and fetches. Every response is watched: a URL that misses the base answers 404.
 */

const BASE = '/industrial-ai-guide/';
const SITE_URL = `https://owner.github.io${BASE}`;
const out = () => join(inject('siteRoot'), 'dist-base');

// Built from the fixture site's sources (test/support/global-setup.ts) into a folder of its own.
beforeAll(() => {
	// vitest puts BASE_URL=/ in process.env, which Astro would use over the configured base: childEnv drops it.
	execFileSync(process.execPath, [ASTRO, 'build', '--silent'], {
		cwd: inject('siteRoot'),
		stdio: ['ignore', 'pipe', 'inherit'],
		env: childEnv({ SITE_URL, OUT_DIR: out() }),
	});
});
afterAll(() => rmSync(out(), { recursive: true, force: true }));

const site = useBrowserOn(out, BASE);

/** Responses of 400 and above, by URL, over every page the tests open. */
const failed: string[] = [];

/** Opens a page, recording failed responses; `watch` sees every response too. */
async function open(path: string, watch?: (response: Response) => void): Promise<Page> {
	const page = await site.browser.newPage();
	page.on('response', (response) => {
		if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
		watch?.(response);
	});
	// Aborted requests are not missing files: leaving a page, or a newer query, cancels fetches.
	page.on('requestfailed', (request) => {
		const error = request.failure()?.errorText ?? '';
		if (error !== 'net::ERR_ABORTED') failed.push(`${error} ${request.url()}`);
	});
	await page.goto(`${site.url}${path}`);
	return page;
}

const SEED = 'cases/863-aist-national-institute-of-advanced-industrial-s/';

describe(`a site built with SITE_URL=${SITE_URL}`, () => {
	it('is navigated through its own links: home → guideline → a case page', async () => {
		const page = await open(BASE);
		expect(await page.locator('h1').first().innerText()).toBe('産業AI導入ガイド');
		// The hero's actions come from frontmatter, the cards from MDX: both were written as `/cases/`,
		// `/guideline/` …, and every one of them leads under the base.
		const hrefs = (selector: string) =>
			page.locator(selector).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
		for (const links of [await hrefs('.hero .actions a'), await hrefs('.sl-link-card a')]) {
			expect(links).toContain(`${BASE}cases/`);
			expect(links.filter((href) => !href.startsWith(BASE))).toEqual([]);
		}
		await page.locator('a[rel="next"]').click();
		await page.waitForURL((url) => url.pathname === `${BASE}guideline/`);
		await page.locator('.sl-link-card a', { hasText: '段階的な導入' }).click();
		await page.waitForURL((url) => url.pathname === `${BASE}guideline/phased-rollout/`);
		await page.locator(`a[data-cite][href*="/${SEED}"]`).first().click();
		await page.waitForURL((url) => url.pathname === `${BASE}${SEED}`);
		expect(await page.locator('h1').first().innerText()).toContain('産業技術総合研究所');
		const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
		expect(canonical).toBe(`${SITE_URL}${SEED}`);
		expect(await page.locator('link[type="application/rss+xml"]').getAttribute('href')).toBe(`${BASE}cases/feed.xml`);
		await page.close();
	});

	it('finds pages from the header search, and the search page lists them under the base', async () => {
		const page = await open(`${BASE}en/`);
		await page.keyboard.press('Control+k');
		const input = page.locator('header-search input[name="q"]');
		await expect.poll(() => input.evaluate((element) => element === document.activeElement)).toBe(true);
		await input.fill('maintainers');
		await page.locator('header-search [data-results] li').first().waitFor();
		const hrefs = await page
			.locator('header-search [data-results] li a')
			.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(hrefs).toContain(`${BASE}en/`);
		await page.keyboard.press('Enter');
		await page.waitForURL((url) => url.pathname === `${BASE}en/search/`);

		await page.goto(`${site.url}${BASE}search/?q=${encodeURIComponent('生成AI')}`);
		await page.waitForSelector('[data-search-results][data-state="done"]', { state: 'attached' });
		const results = await page
			.locator('[data-search-results] li a')
			.evaluateAll((links) => links.map((a) => decodeURI(new URL((a as HTMLAnchorElement).href).pathname)));
		expect(results.length).toBeGreaterThan(2);
		for (const path of results) expect(path.startsWith(BASE), path).toBe(true);
		await page.locator('[data-search-results] li a').first().click();
		await page.waitForURL((url) => url.pathname === results[0]);
		await page.close();
	});

	it('filters the case list through the search index, with rows linking under the base', async () => {
		const page = await open(`${BASE}cases/`);
		await page.locator('[data-case-filters] select[name="industry"]').selectOption('建設');
		const rows = page.locator('[data-case-rows] tr td:first-child a');
		await expect.poll(() => rows.allInnerTexts()).toEqual(['株式会社雲雀丘建設']);
		expect(await rows.first().getAttribute('href')).toMatch(new RegExp(`^${BASE}cases/\\d+-`));
		await page.close();
	});

	it('compares two cases from their data files', async () => {
		const fetched: string[] = [];
		const page = await open(`${BASE}cases/compare/?ids=863,1101`, (response) => {
			const { pathname } = new URL(response.url());
			if (pathname.includes('/data/')) fetched.push(`${response.status()} ${pathname}`);
		});
		await expect
			.poll(() => page.locator('.compare-table thead th a:not(.compare-remove)').allInnerTexts())
			.toEqual(['産業技術総合研究所', '有限会社ミカゲ精工']);
		expect(fetched.sort()).toEqual([`200 ${BASE}data/cases/1101.json`, `200 ${BASE}data/cases/863.json`]);
		await page.close();
	});

	it('offers the open data downloads under the base', async () => {
		const page = await open(`${BASE}data/`);
		for (const name of ['cases.json', 'cases.csv']) {
			const link = page.locator(`main a[download][href$="/data/${name}"]`);
			expect(await link.getAttribute('href')).toBe(`${BASE}data/${name}`);
			const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
			expect(download.suggestedFilename()).toBe(name);
			const body = readFileSync(await download.path());
			expect(body.length).toBeGreaterThan(100);
		}
		await page.close();
	});

	it('requested nothing that was missing', () => {
		expect(failed).toEqual([]);
	});
});
