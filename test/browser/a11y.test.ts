import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowserOn } from '../support/browser.ts';
import { isSearch, templatePages } from '../../scripts/browser/templates.ts';

const site = useBrowserOn(() => join(inject('siteRoot'), 'dist'));

const axeSource = readFileSync(fileURLToPath(import.meta.resolve('axe-core/axe.min.js')), 'utf8');

/** WCAG 2.0–2.2 success criteria at levels A and AA, as axe-core tags them. */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

interface AxeViolation {
	id: string;
	help: string;
	nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Runs axe-core on the page as it is and returns its WCAG A/AA violations, one line each. */
async function violations(page: Page): Promise<string[]> {
	// Expressive Code makes a code block that scrolls focusable from a ResizeObserver, a moment
	// after load: wait for it rather than report the block as unreachable by keyboard.
	await page.waitForFunction(() =>
		[...document.querySelectorAll('.expressive-code pre')].every(
			(pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex'),
		),
	);
	await page.evaluate(axeSource);
	const found = await page.evaluate(
		(tags) =>
			(
				window as unknown as {
					axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> };
				}
			).axe
				.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
				.then((result) => result.violations),
		WCAG_AA,
	);
	return found.flatMap((violation) =>
		violation.nodes.map((node) => `${violation.id}: ${violation.help} at ${node.target.join(' ')}`),
	);
}

/** Pages in the states their scripts produce: results, scores, errors, an open dialog. */
const STATES: { name: string; path: string; act: (page: Page) => Promise<void> }[] = [
	{
		name: 'self-check with weak, partial and ready themes',
		path: '/sme/self-check/',
		act: async (page) => {
			const answers = {
				'purpose-problem': '0',
				'data-location': '3',
				'data-digital': '3',
				'data-quality': '3',
				'data-classification': '3',
				'security-rules': '1',
			};
			for (const [name, value] of Object.entries(answers)) {
				await page.locator(`input[name="${name}"][value="${value}"]`).check();
			}
		},
	},
	{
		name: 'estimator with a result',
		path: '/en/sme/estimator/',
		act: async (page) => {
			for (const [name, value] of Object.entries({ initial: '45', running: '22', effect: '350', employees: '2100' })) {
				await page.locator(`#estimator-${name}`).fill(value);
			}
			await page.locator('[data-estimator] button[type="submit"]').click();
			await page.locator('[data-estimate-months]').waitFor();
		},
	},
	{
		name: 'estimator with input errors',
		path: '/sme/estimator/',
		act: async (page) => {
			await page.locator('#estimator-initial').fill('abc');
			await page.locator('[data-estimator] button[type="submit"]').click();
			await page.locator('[data-error-for="initial"]').waitFor();
		},
	},
	{
		name: 'header search dialog with results',
		path: '/guideline/',
		act: async (page) => {
			await page.keyboard.press('Control+k');
			await page.locator('#header-search-q').fill('導入');
			await page.locator('[data-results] li').first().waitFor();
		},
	},
	{
		name: 'case list with two cases picked to compare (the tray)',
		path: '/cases/',
		act: async (page) => {
			for (const box of (await page.locator('input[data-compare-toggle]').all()).slice(0, 2)) await box.check();
			await page.locator('[data-compare-tray-box]').waitFor();
		},
	},
	{
		name: 'case page picked to compare',
		path: '/en/cases/',
		act: async (page) => {
			await page.locator('[data-case-rows] a').first().click();
			await page.locator('.case-compare-toggle input').check();
			await page.locator('[data-compare-tray-box]').waitFor();
		},
	},
	{
		name: 'compare page with one case and a name search',
		path: '/cases/compare/?ids=1101',
		act: async (page) => {
			await page.locator('.compare-table').waitFor();
			await page.locator('#compare-pick-q').fill('株式会社');
			await page.locator('.compare-pick button').click();
			await page.locator('[data-compare-pick-results] li').first().waitFor();
		},
	},
	{
		name: 'estimator with the error summary',
		path: '/en/sme/estimator/',
		act: async (page) => {
			await page.locator('#estimator-initial').fill('1e30');
			await page.locator('#estimator-employees').fill('-5');
			await page.locator('[data-estimator] button[type="submit"]').click();
			await page.locator('[data-error-summary] li').first().waitFor();
		},
	},
	{
		name: 'case list filtered',
		path: '/en/cases/?size=micro',
		act: async (page) => {
			await expect.poll(() => page.locator('[data-case-rows] tr').count()).toBe(1);
		},
	},
];

describe('accessibility: axe-core finds no WCAG 2.2 A/AA violation', () => {
	for (const theme of ['light', 'dark'] as const) {
		it(`on every template, ja and en, ${theme} theme`, { timeout: 300_000 }, async () => {
			// The theme follows the reader's system setting until they pick one: emulate the setting.
			// bypassCSP lets axe-core be injected; the CSP itself is tested in csp.test.ts.
			const context = await site.browser.newContext({ colorScheme: theme, bypassCSP: true });
			const page = await context.newPage();
			const report: string[] = [];
			for (const [label, path] of templatePages()) {
				await page.goto(`${site.url}${path}`);
				expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
				if (isSearch(path)) await page.locator('[data-search-results] li').first().waitFor();
				for (const line of await violations(page)) report.push(`${label} ${path}: ${line}`);
			}
			await context.close();
			expect(report).toEqual([]);
		});
	}

	// At phone width Starlight hides parts of the header and shows others (menu button, mobile table
	// of contents): a page can be fine at 1280 px and not at 360 px (the search link lost its name).
	// Dark here is the reader's own pick (Starlight keeps it in localStorage), not the system's.
	for (const theme of ['light', 'dark'] as const) {
		it(`on every template at 360 px (a phone), ja and en, ${theme} theme`, { timeout: 300_000 }, async () => {
			const context = await site.browser.newContext({ viewport: { width: 360, height: 800 }, bypassCSP: true });
			await context.addInitScript((picked) => localStorage.setItem('starlight-theme', picked), theme);
			const page = await context.newPage();
			const report: string[] = [];
			for (const [label, path] of templatePages()) {
				await page.goto(`${site.url}${path}`);
				expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
				if (isSearch(path)) await page.locator('[data-search-results] li').first().waitFor();
				for (const line of await violations(page)) report.push(`${label} ${path}: ${line}`);
			}
			await context.close();
			expect(report).toEqual([]);
		});
	}

	for (const theme of ['light', 'dark'] as const) {
		it(`in the states scripts produce, ${theme} theme`, { timeout: 120_000 }, async () => {
			const context = await site.browser.newContext({ colorScheme: theme, bypassCSP: true });
			const page = await context.newPage();
			const report: string[] = [];
			for (const state of STATES) {
				await page.goto(`${site.url}${state.path}`);
				await state.act(page);
				for (const line of await violations(page)) report.push(`${state.name} ${state.path}: ${line}`);
			}
			await context.close();
			expect(report).toEqual([]);
		});
	}

	it('breaks Japanese headings so that no line holds a single character', async () => {
		const page = await site.browser.newPage({ viewport: { width: 360, height: 800 } });
		const report: string[] = [];
		for (const [label, path] of templatePages().filter(([label]) => label.endsWith('(ja)'))) {
			await page.goto(`${site.url}${path}`);
			for (const heading of await page.locator('main :is(h1, h2, h3)').all()) {
				const lines = await heading.evaluate(lineLengths);
				if (lines.length > 1 && lines.includes(1))
					report.push(`${label} ${path}: ${await heading.innerText()} → ${lines}`);
			}
		}
		await page.close();
		expect(report).toEqual([]);
	});
});

/** Characters per rendered line of an element's text (whitespace not counted). */
function lineLengths(element: Element): number[] {
	const lines: number[] = [];
	let top: number | undefined;
	const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
	while (walker.nextNode()) {
		const text = walker.currentNode as Text;
		for (let i = 0; i < text.length; i++) {
			if (/\s/.test(text.data[i] ?? '')) continue;
			const range = document.createRange();
			range.setStart(text, i);
			range.setEnd(text, i + 1);
			const rect = range.getClientRects()[0];
			if (!rect) continue;
			if (top === undefined || rect.top > top + rect.height / 2) {
				lines.push(0);
				top = rect.top;
			}
			lines[lines.length - 1] = (lines.at(-1) ?? 0) + 1;
		}
	}
	return lines;
}
