import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowserOn } from '../support/browser.ts';
import { isSearch, templatePages } from '../../scripts/browser/templates.ts';

const root = () => join(inject('siteRoot'), 'dist');
const site = useBrowserOn(root);

/** The headers `_headers` sends with every response (its `/*` rule), as a static host would. */
function siteWideHeaders(): Record<string, string> {
	const rule = readFileSync(join(root(), '_headers'), 'utf8').split('\n\n')[0]?.split('\n') ?? [];
	const lines = rule.slice(rule.indexOf('/*') + 1).map((line) => line.trim());
	return Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 2)]));
}

/**
 * A context whose responses carry the site-wide headers, so that both policies apply: the
 * `<meta>` one of each page and the header one of the host.
 */
async function contextWithHeaders(): Promise<BrowserContext> {
	const context = await site.browser.newContext();
	const headers = siteWideHeaders();
	expect(headers['Content-Security-Policy']).toContain("script-src 'self'");
	await context.route('**/*', async (route) => {
		const response = await route.fetch();
		await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
	});
	// Runs before any page script and outside the policy: records what the policy blocks.
	await context.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (event) =>
			seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`),
		);
	});
	return context;
}

/** Records console errors and uncaught exceptions of a page. */
function recordErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
	return errors;
}

const violations = (page: Page) =>
	page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

describe('strict CSP: every template works with the policy enforced', () => {
	it('loads every template, ja and en, with no CSP violation or console error', { timeout: 120_000 }, async () => {
		const context = await contextWithHeaders();
		const page = await context.newPage();
		const errors = recordErrors(page);
		const report: string[] = [];
		for (const [label, path] of templatePages()) {
			errors.length = 0;
			await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
			// Proof that the inline scripts ran: Starlight's theme script sets data-theme.
			expect(await page.evaluate(() => document.documentElement.dataset.theme), label).toMatch(/^(light|dark)$/);
			if (isSearch(path)) await page.locator('[data-search-results] li').first().waitFor();
			for (const line of [...(await violations(page)), ...errors]) report.push(`${label} ${path}: ${line}`);
		}
		await context.close();
		expect(report).toEqual([]);
	});

	it('runs the search, the case filter and the self-check under the policy', async () => {
		const context = await contextWithHeaders();
		const page = await context.newPage();
		const errors = recordErrors(page);

		await page.goto(`${site.url}/guideline/`);
		await page.keyboard.press('Control+k');
		await page.locator('#header-search-q').fill('導入');
		await page.locator('[data-results] li').first().waitFor();

		await page.goto(`${site.url}/cases/`);
		await page.locator('[data-case-filters] select[name="industry"]').selectOption('建設');
		await expect.poll(() => page.locator('[data-case-rows] tr').count()).toBe(1);

		await page.goto(`${site.url}/en/sme/self-check/`);
		await page.locator('input[type="radio"]').first().check();
		await expect.poll(() => page.locator('[data-progress]').textContent()).toMatch(/^1 of /);

		expect(await violations(page)).toEqual([]);
		await context.close();
		expect(errors).toEqual([]);
	});
});
