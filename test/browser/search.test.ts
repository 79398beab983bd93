import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { runInBrowser } from '../../scripts/search-eval/run-in-browser.ts';
import { expectedPages, readSiteTexts } from '../../scripts/search-eval/ground-truth.ts';
import { parseQueryFile } from '../../scripts/search-eval/query-file.ts';
import { spellingsOf } from '../../scripts/search-eval/spellings.ts';
import { foldText } from '../../src/core/search/normalize.ts';
import { searchUrl } from '../../src/core/urls.ts';
import { useBrowserOn } from '../support/browser.ts';
import { repo } from '../support/repo.ts';

const dist = () => join(inject('siteRoot'), 'dist');
const site = useBrowserOn(dist);

const done = (page: Page) => page.waitForSelector('[data-search-results][data-state="done"]', { state: 'attached' });
const resultPaths = (page: Page) =>
	page
		.locator('[data-search-results] li a')
		.evaluateAll((links) => links.map((a) => decodeURI(new URL((a as HTMLAnchorElement).href).pathname)));

async function searchFor(page: Page, path: string): Promise<void> {
	await page.goto(`${site.url}${path}`);
	await done(page);
}

describe('the search page', () => {
	it('finds exactly the pages containing a Japanese compound, with the match marked', async () => {
		const page = await site.browser.newPage();
		await searchFor(page, `/search/?q=${encodeURIComponent('生成AI')}`);
		const expected = [...expectedPages(readSiteTexts(dist()), 'ja', '生成AI')];
		expect(expected.length).toBeGreaterThan(2);
		expect((await resultPaths(page)).sort()).toEqual(expected.sort());
		const marks = await page.locator('[data-search-results] mark').allInnerTexts();
		expect(marks.length).toBeGreaterThan(0);
		for (const mark of marks) expect(mark.normalize('NFKC').toLowerCase()).toBe('生成ai');
		expect(await page.locator('[data-search-status]').innerText()).toContain(`${expected.length}件`);
		await page.close();
	});

	it('gives the same pages for width and case variants', async () => {
		const page = await site.browser.newPage();
		const results: string[][] = [];
		for (const query of ['ＡＢＣＩ', 'ABCI', 'abci']) {
			await searchFor(page, `/search/?q=${encodeURIComponent(query)}`);
			results.push((await resultPaths(page)).sort());
		}
		expect(results[0]!.length).toBeGreaterThan(0);
		expect(results[1]).toEqual(results[0]);
		expect(results[2]).toEqual(results[0]);
		await searchFor(page, `/search/?q=${encodeURIComponent('ｱｰｷﾃｸﾁｬ')}`);
		const half = (await resultPaths(page)).sort();
		await searchFor(page, `/search/?q=${encodeURIComponent('アーキテクチャ')}`);
		expect(half).toEqual((await resultPaths(page)).sort());
		expect(half.length).toBeGreaterThan(0);
		await page.close();
	});

	it('filters by a facet, keeps the search in the URL, and restores the previous one on back', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}/search/`);
		await done(page);
		await page.locator('#search-q').fill('導入');
		await page.locator('[data-search-form] button[type="submit"]').click();
		await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('導入');
		await done(page);
		const all = await resultPaths(page);
		expect(all.some((path) => path.startsWith('/cases/'))).toBe(true);
		expect(all.some((path) => !path.startsWith('/cases/'))).toBe(true);

		await page.locator('select[name="section"]').selectOption('case');
		await expect.poll(() => new URL(page.url()).searchParams.get('section')).toBe('case');
		await done(page);
		const cases = await resultPaths(page);
		expect(cases.length).toBeGreaterThan(0);
		expect(cases.every((path) => path.startsWith('/cases/'))).toBe(true);
		const option = await page.locator('select[name="section"] option[value="case"]').innerText();
		expect(option).toMatch(new RegExp(`\\(${cases.length}\\)$`, 'u'));

		// The URL alone brings the same search back (shared link, bookmark).
		const shared = await site.browser.newPage();
		await searchFor(shared, new URL(page.url()).pathname + new URL(page.url()).search);
		expect(await resultPaths(shared)).toEqual(cases);
		expect(await shared.locator('#search-q').inputValue()).toBe('導入');
		expect(await shared.locator('select[name="section"]').inputValue()).toBe('case');
		await shared.close();

		await page.goBack();
		await expect.poll(() => new URL(page.url()).searchParams.get('section')).toBeNull();
		await done(page);
		await expect.poll(() => resultPaths(page)).toEqual(all);
		expect(await page.locator('select[name="section"]').inputValue()).toBe('');
		await page.close();
	});

	it('filters case studies by industry and adoption year', async () => {
		const page = await site.browser.newPage();
		await searchFor(page, `/search/?industry=${encodeURIComponent('研究所')}`);
		expect(await resultPaths(page)).toEqual(['/cases/863-aist-national-institute-of-advanced-industrial-s/']);
		await searchFor(page, `/search/?q=${encodeURIComponent('導入')}&year=2023`);
		const paths = await resultPaths(page);
		expect(paths.length).toBeGreaterThan(0);
		expect(paths.every((path) => path.startsWith('/cases/'))).toBe(true);
		await page.close();
	});

	it.each([
		['/search/', 'ガベージコレクション', 'に一致するページはありません'],
		['/en/search/', 'garbage collection', 'No page matches'],
	])('says so when nothing matches (%s)', async (path, query, message) => {
		const page = await site.browser.newPage();
		await searchFor(page, `${path}?q=${encodeURIComponent(query)}`);
		expect(await page.locator('[data-search-results] li').count()).toBe(0);
		expect(await page.locator('[data-search-status]').innerText()).toContain(message);
		expect(await page.getAttribute('html', 'lang')).toBe(path.startsWith('/en/') ? 'en' : 'ja');
		await page.close();
	});

	it('shows English pages with English excerpts on the English search page', async () => {
		const page = await site.browser.newPage();
		await searchFor(page, '/en/search/?q=payback');
		const paths = await resultPaths(page);
		expect(paths.length).toBeGreaterThan(0);
		expect(paths.every((path) => path.startsWith('/en/'))).toBe(true);
		const excerpt = await page.locator('[data-search-results] .search-result__excerpt').first();
		expect(await excerpt.getAttribute('lang')).toBeNull();
		expect((await excerpt.innerText()).toLowerCase()).toContain('payback');
		await page.close();
	});

	it('runs a query for search:eval and counts the index bytes it fetched', async () => {
		const run = await runInBrowser(site.browser, site.url, { lang: 'ja', kind: 'kanji', query: '知的財産' });
		expect(run.urls.sort()).toEqual([...expectedPages(readSiteTexts(dist()), 'ja', '知的財産')].sort());
		expect(run.bytes).toBeGreaterThan(1000);
	});
});

/** The count a status line shows (「q」の検索結果：12件, 12 results for “q”), or 0 for the no-match line. */
async function shownTotal(page: Page): Promise<number> {
	const status = await page.locator('[data-search-status]').innerText();
	const count = /(\d+)\s*(?:件|results)/u.exec(status);
	return count ? Number(count[1]) : 0;
}

/** Every facet value the search page counts for its current results: [facet, value, count]. */
function countedFacets(page: Page): Promise<[string, string, number][]> {
	return page.locator('[data-search-form] select option[data-count]').evaluateAll((options) =>
		options
			.map((option) => {
				const o = option as HTMLOptionElement;
				return [o.closest('select')!.name, o.value, Number(o.dataset.count)] as [string, string, number];
			})
			.filter(([, , count]) => count > 0),
	);
}

describe('one result set on the search page', () => {
	const files = ['test/fixtures/search/queries.yaml', 'test/fixtures/search/variant-queries.yaml'];
	const queries = files.flatMap((file) => parseQueryFile(file, readFileSync(join(repo, file), 'utf8')).queries);

	it.each(queries.map((q) => [q.lang, q.query] as const))(
		'%s %s: the total, the facet counts and the list agree, and choosing a counted value lists exactly its count',
		async (lang, query) => {
			const page = await site.browser.newPage();
			await searchFor(page, searchUrl(lang, query));
			expect(await page.locator('[data-search-results]').getAttribute('data-verified')).toBe('true');
			const total = await shownTotal(page);
			expect(await page.locator('[data-search-results] li').count()).toBe(Math.min(total, 20));
			const counted = await countedFacets(page);
			// Every page has one section: the section counts add up to the total.
			expect(counted.filter(([facet]) => facet === 'section').reduce((sum, [, , n]) => sum + n, 0)).toBe(total);
			let previous: string | undefined;
			for (const [facet, value, count] of counted) {
				// One facet at a time: clear the one chosen before (the counts were read with none chosen).
				if (previous && previous !== facet) {
					await page.locator(`select[name="${previous}"]`).selectOption('');
					await expect.poll(() => new URL(page.url()).searchParams.get(previous!)).toBeNull();
				}
				previous = facet;
				await page.locator(`select[name="${facet}"]`).selectOption(value);
				await expect.poll(() => new URL(page.url()).searchParams.get(facet)).toBe(value);
				await done(page);
				const listed = await page.locator('[data-search-results] li').count();
				expect([facet, value, await shownTotal(page), listed]).toEqual([facet, value, count, Math.min(count, 20)]);
			}
			await page.close();
		},
	);

	it('lists the case for セキュリティー that it counts under 導入事例 (the issue 16 report)', async () => {
		const page = await site.browser.newPage();
		await searchFor(page, `/search/?q=${encodeURIComponent('セキュリティー')}`);
		const option = page.locator('select[name="section"] option[value="case"]');
		const count = Number(await option.getAttribute('data-count'));
		expect(await option.innerText()).toBe(`導入事例 (${count})`);
		await page.locator('select[name="section"]').selectOption('case');
		await expect.poll(() => new URL(page.url()).searchParams.get('section')).toBe('case');
		await done(page);
		expect(await page.locator('[data-search-results] li').count()).toBe(Math.min(count, 20));
		if (count === 0)
			expect(await page.locator('[data-search-status]').innerText()).toContain('一致するページはありません');
		else expect(await page.locator('[data-search-status]').innerText()).not.toContain('一致するページはありません');
		await page.close();
	});
});

describe('spelling variants on the search page', () => {
	it.each([
		['ja', '取り組み', '取組'],
		['en', '取り組み', '取組'],
		['ja', 'セキュリティー', 'セキュリティ'],
		['en', 'セキュリティー', 'セキュリティ'],
		['ja', 'コンピュータ', 'コンピューター'],
	] as const)(
		'on the %s site, %s finds every page that writes %s, exact spellings first',
		async (lang, query, other) => {
			const page = await site.browser.newPage();
			await searchFor(page, searchUrl(lang, query));
			const texts = readSiteTexts(dist());
			const ordered = await resultPaths(page);
			const found = [...ordered].sort();
			const withOther = expectedPages(texts, lang, other);
			const exact = expectedPages(texts, lang, query);
			expect(withOther.size).toBeGreaterThan(0);
			for (const path of withOther) expect(found).toContain(path);
			expect(found).toEqual([...expectedPages(texts, lang, query, 'variants')].sort());
			// Exact spellings first: the pages that write the query as typed lead the list.
			for (const path of ordered.slice(0, exact.size)) expect(exact.has(path), path).toBe(true);
			// Each mark is a spelling of the query as the page writes it.
			const spellings = spellingsOf(foldText(query));
			const marks = (await page.locator('[data-search-results] mark').allInnerTexts()).map((mark) => foldText(mark));
			expect(marks.length).toBeGreaterThan(0);
			for (const mark of marks)
				expect(
					[...spellings].some((spelling) => mark.startsWith(spelling)),
					mark,
				).toBe(true);
			if (exact.size < ordered.length) expect(marks.some((mark) => !mark.startsWith(foldText(query)))).toBe(true);
			await page.close();
		},
	);
});

describe('keyboard-only search', () => {
	/** Presses Tab until the focused element matches, as a keyboard user would. */
	async function tabTo(page: Page, selector: string): Promise<void> {
		for (let presses = 0; presses < 60; presses++) {
			if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
			await page.keyboard.press('Tab');
		}
		throw new Error(`Tab never reached ${selector}`);
	}

	it('types a query, narrows it with a facet and opens a result without a mouse', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}/search/`);
		await done(page);
		await tabTo(page, '#search-q');
		await page.keyboard.type('導入');
		await page.keyboard.press('Enter');
		await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('導入');
		await done(page);
		const before = (await resultPaths(page)).length;
		await tabTo(page, 'select[name="section"]');
		// On a closed select, the arrow keys choose the next option (and fire change) in Chromium.
		await page.keyboard.press('ArrowDown');
		await expect.poll(() => new URL(page.url()).searchParams.get('section')).toBe('guideline');
		await done(page);
		const guideline = await resultPaths(page);
		expect(guideline.length).toBeGreaterThan(0);
		expect(guideline.length).toBeLessThan(before);
		await tabTo(page, '[data-search-results] li a');
		const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
		await page.keyboard.press('Enter');
		await page.waitForURL(target);
		expect(new URL(page.url()).pathname).toBe(new URL(target).pathname);
		await page.close();
	});
});

describe('the header search', () => {
	it.each([
		['/en/', 'maintainers', '/en/'],
		['/', 'メンテナー', '/'],
	])('opens with Ctrl+K on %s, finds %s and links to the search page', async (path, query, expected) => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}${path}`);
		await page.keyboard.press('Control+k');
		const input = page.locator('header-search input[name="q"]');
		await expect.poll(() => input.evaluate((element) => element === document.activeElement)).toBe(true);
		await input.fill(query);
		await page.locator('header-search [data-results] li').first().waitFor();
		const hrefs = await page
			.locator('header-search [data-results] li a')
			.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(hrefs).toContain(expected);
		await page.keyboard.press('Enter');
		await page.waitForURL((url) => url.pathname === `${path}search/` && url.searchParams.get('q') === query);
		await done(page);
		expect(await resultPaths(page)).toContain(expected);
		await page.close();
	});

	it('is a link to the search page with JavaScript off', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.url}/en/guideline/`);
		expect(await page.locator('header-search a[data-open]').getAttribute('href')).toBe('/en/search/');
		await context.close();
	});
});
