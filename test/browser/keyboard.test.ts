import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowserOn } from '../support/browser.ts';

const site = useBrowserOn(() => join(inject('siteRoot'), 'dist'));

/**
 * Presses Tab until the focused element matches the selector, as a keyboard user moves through
 * the page; fails when it is not reached.
 */
async function tabTo(page: Page, selector: string, limit = 80): Promise<void> {
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
	}
	throw new Error(`${selector} not reached with ${limit} presses of Tab`);
}

/** Whether the focused element shows a focus indicator (an outline or a box shadow). */
const focusVisible = (page: Page) =>
	page.evaluate(() => {
		const element = document.activeElement;
		if (!element) return false;
		const style = getComputedStyle(element);
		return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
	});

describe('keyboard only', () => {
	it('filters the case list and resets it', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}/cases/`);
		const rows = () => page.locator('[data-case-rows] tr').count();
		const all = await rows();
		await tabTo(page, '[data-case-filters] select[name="industry"]');
		expect(await focusVisible(page)).toBe(true);
		// Arrow keys change a closed <select> on Linux and Windows, one option at a time.
		for (let i = 0; i < 20 && (await page.locator('select[name="industry"]').inputValue()) !== '建設'; i++) {
			await page.keyboard.press('ArrowDown');
		}
		await expect.poll(rows).toBe(1);
		await tabTo(page, '[data-case-filters] button[type="reset"]');
		expect(await focusVisible(page)).toBe(true);
		await page.keyboard.press('Enter');
		await expect.poll(rows).toBe(all);
		await page.close();
	});

	it('answers the self-check with Tab, arrows and Space', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}/en/sme/self-check/`);
		const questions = page.locator('[data-question]');
		const firstName = await questions.first().locator('input').first().getAttribute('name');
		const secondName = await questions.nth(1).locator('input').first().getAttribute('name');

		await tabTo(page, `input[name="${firstName}"]`);
		expect(await focusVisible(page)).toBe(true);
		await page.keyboard.press('Space');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		// Tab leaves the radio group for the next question.
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe(secondName);
		await page.keyboard.press('Space');

		expect(await page.locator(`input[name="${firstName}"]:checked`).getAttribute('value')).toBe(
			await questions.first().locator('input').nth(2).getAttribute('value'),
		);
		expect(await page.locator(`input[name="${secondName}"]:checked`).count()).toBe(1);
		await expect.poll(() => page.locator('[data-progress]').textContent()).toMatch(/^2 of /);
		await page.close();
	});
});
