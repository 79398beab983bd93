import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowserOn } from '../support/browser.ts';
import { isSearch, templatePages } from '../../scripts/browser/templates.ts';
import { IMPORTER_VERSION } from '../../scripts/import/types.ts';
import { repo } from '../support/repo.ts';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const site = useBrowserOn(() => join(inject('siteRoot'), 'dist'));

/** Phone, tablet, laptop and desktop widths. */
const WIDTHS = [360, 768, 1280, 1440];

const CASE_PAGES = [
	'/cases/863-aist-national-institute-of-advanced-industrial-s/',
	'/en/cases/863-aist-national-institute-of-advanced-industrial-s/',
];

describe('layout at phone, tablet and desktop widths', () => {
	// One visit per page and width checks both: these loops are most of this file's time.
	it.each(WIDTHS)(
		'no template is wider than the window, and header, sidebar, table of contents and content do not overlap, at %i px, ja and en',
		{ timeout: 300_000 },
		async (width) => {
			const page = await site.browser.newPage({ viewport: { width, height: 900 } });
			const wide: string[] = [];
			const overlaps: string[] = [];
			for (const [label, path] of templatePages()) {
				await page.goto(`${site.url}${path}`);
				if (isSearch(path)) await page.locator('[data-search-results] li').first().waitFor();
				const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
				if (scrollWidth > width) wide.push(`${label} ${path}: ${scrollWidth} px`);
				for (const line of await overlappingRegions(page)) overlaps.push(`${label} ${path}: ${line}`);
			}
			await page.close();
			expect(wide).toEqual([]);
			expect(overlaps).toEqual([]);
		},
	);

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

	it.each(['/', '/en/'])('the home page %s leads a phone reader everywhere', async (path) => {
		const page = await site.browser.newPage({ viewport: { width: 360, height: 800 } });
		await page.goto(`${site.url}${path}`);
		const en = path === '/en/' ? '/en' : '';
		const main = page.locator('main');
		// On the page itself: the guideline, the SME path and the cases, without opening anything.
		for (const href of [`${en}/guideline/`, `${en}/sme/`, `${en}/cases/`]) {
			expect(await main.locator(`a[href="${href}"]`).first().isVisible(), href).toBe(true);
		}
		// The audience card for SMEs leads to the SME path.
		const smeCard = main.locator('article.card', { hasText: /中小企業の方|Small and medium enterprises/ });
		expect(await smeCard.locator(`a[href="${en}/sme/"]`).count()).toBe(1);
		// No keyboard shortcut a phone does not have.
		expect(await main.innerText()).not.toMatch(/Ctrl/);
		// The search is in the header; the menu holds every section, the other language and the theme.
		expect(await page.getByRole('link', { name: /^(検索|Search)$/u }).isVisible()).toBe(true);
		await page.locator('button[popovertarget="starlight__sidebar"]').click();
		const menu = page.locator('#starlight__sidebar');
		expect(await menu.locator(`a[href="${en}/guideline/purpose-and-scope/"]`).isVisible()).toBe(true);
		expect(await menu.locator('starlight-lang-select select').isVisible()).toBe(true);
		expect(await menu.locator('starlight-theme-select select').isVisible()).toBe(true);
		await page.close();
	});

	it.each(['/', '/en/'])('the site title on %s fits the header beside the buttons at 360 px', async (path) => {
		const page = await site.browser.newPage({ viewport: { width: 360, height: 800 } });
		await page.goto(`${site.url}${path}`);
		const box = await page.evaluate(() => {
			const title = document.querySelector<HTMLElement>('.site-title');
			const header = document.querySelector<HTMLElement>('.page > header');
			const search = document.querySelector<HTMLElement>('header .header-search__open');
			const menu = document.querySelector<HTMLElement>('button[popovertarget="starlight__sidebar"]');
			if (!title || !header || !search || !menu) return undefined;
			const rect = (element: Element) => element.getBoundingClientRect();
			return {
				// Starlight clips the title's text in its span (overflow: hidden).
				clipped: [...title.querySelectorAll('span')].some(
					(span) => span.scrollWidth > span.clientWidth + 1 || span.scrollHeight > span.clientHeight + 1,
				),
				titleRight: rect(title).right,
				titleBottom: rect(title).bottom,
				headerBottom: rect(header).bottom,
				searchLeft: rect(search).left,
				menuRight: rect(menu).right,
			};
		});
		expect(box).toBeDefined();
		if (!box) return;
		expect(box.clipped).toBe(false);
		expect(box.titleRight).toBeLessThanOrEqual(box.searchLeft);
		expect(box.titleBottom).toBeLessThanOrEqual(box.headerBottom);
		expect(box.menuRight).toBeLessThanOrEqual(360);
	});

	it.each([
		'/cases/863-aist-national-institute-of-advanced-industrial-s/',
		'/en/cases/863-aist-national-institute-of-advanced-industrial-s/',
	])('a case page %s ends with its provenance, closed', async (path) => {
		const page = await site.browser.newPage({ viewport: { width: 360, height: 800 } });
		await page.goto(`${site.url}${path}`);
		const source = page.locator('details.case-source');
		expect(await source.locator('summary').innerText()).toBe(
			path.startsWith('/en/') ? 'Source and verification' : '出典と検証',
		);
		expect(await source.evaluate((details: HTMLDetailsElement) => details.open)).toBe(false);
		// Last in the content, after the comparison link.
		expect(await source.evaluate((details) => details.nextElementSibling === null)).toBe(true);
		await source.locator('summary').click();
		const text = await source.innerText();
		// The seed case's provenance as the importer recorded it: its file, the file's hash, the importer.
		const file = 'sources/000_186593a879ea8978.txt';
		for (const part of [file, sha256(readFileSync(join(repo, file))), IMPORTER_VERSION]) {
			expect(text).toContain(part);
		}
		await page.close();
	});

	it('the self-check shows each level on one line at 360 px', async () => {
		const page = await site.browser.newPage({ viewport: { width: 360, height: 800 } });
		for (const path of ['/sme/self-check/', '/en/sme/self-check/']) {
			await page.goto(`${site.url}${path}`);
			// One answer in each of the levels: weak, partial, ready; the rest stay unanswered.
			for (const [name, value] of Object.entries({
				'purpose-problem': '0',
				'data-location': '3',
				'data-digital': '3',
				'data-quality': '3',
				'data-classification': '3',
				'security-rules': '2',
			})) {
				await page.locator(`input[name="${name}"][value="${value}"]`).check();
			}
			const lines = await page.locator('[data-summary-level]').evaluateAll((cells) =>
				cells.map((cell) => {
					const range = document.createRange();
					range.selectNodeContents(cell);
					const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
					return { text: cell.textContent, lines: tops.size, fits: cell.getBoundingClientRect().right <= 360 };
				}),
			);
			expect(new Set(lines.map((line) => line.text)).size, path).toBeGreaterThanOrEqual(3);
			// A Japanese level (one word) stays on one line; an English one may wrap at its space.
			if (!path.startsWith('/en/'))
				expect(
					lines.filter((line) => line.lines !== 1),
					path,
				).toEqual([]);
			expect(
				lines.filter((line) => !line.fits),
				path,
			).toEqual([]);
		}
		await page.close();
	});

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

/**
 * The page's regions at the top of the page, as boxes of what they show: header, sidebar (at
 * desktop width, or the open menu), table of contents (desktop column or the phone's bar) and the
 * content column. Returns a line for each pair that overlaps by more than a pixel.
 */
async function overlappingRegions(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		window.scrollTo(0, 0);
		const regions: Record<string, string> = {
			header: '.page > header',
			sidebar: 'nav.sidebar .sidebar-content',
			'table of contents': '.right-sidebar-panel .sl-container',
			'phone table of contents': 'mobile-starlight-toc nav',
			content: 'main .sl-container',
		};
		const boxes = Object.entries(regions).flatMap(([name, selector]) =>
			[...document.querySelectorAll(selector)]
				.filter((element) => element.checkVisibility({ visibilityProperty: true }))
				.map((element) => ({ name, rect: element.getBoundingClientRect() }))
				.filter(({ rect }) => rect.width > 0 && rect.height > 0),
		);
		const lines: string[] = [];
		for (const [i, a] of boxes.entries()) {
			for (const b of boxes.slice(i + 1)) {
				if (a.name === b.name) continue;
				const x = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
				const y = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
				if (x > 1 && y > 1) lines.push(`${a.name} overlaps ${b.name} by ${Math.round(x)} × ${Math.round(y)} px`);
			}
		}
		return lines;
	});
}
