import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { serveStatic } from '../support/server.ts';

/**
 * The SME self-service tools in Chromium, on the site built from the real sources plus the
 * fixture cases (nine cases in all four size bands, so the estimator has paybacks to compare).
 */
let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let closeBrowser: () => Promise<void>;

beforeAll(async () => {
	server = await serveStatic(join(inject('siteRoot'), 'dist'));
	({ browser, close: closeBrowser } = await launchChromium());
});
afterAll(async () => {
	await closeBrowser?.();
	await server?.close();
});

/**
 * Opens a page in a fresh browser profile (its own localStorage), with or without JavaScript.
 * `done()` closes it and fails the test if a script threw meanwhile: a script error would leave
 * a tool half-working without any assertion noticing.
 */
async function open(
	path: string,
	options: { javaScriptEnabled?: boolean } = {},
): Promise<{ page: Page; done: () => Promise<void> }> {
	const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(`${server.url}${path}`);
	return {
		page,
		done: async () => {
			await context.close();
			expect(errors).toEqual([]);
		},
	};
}

/** Whether any element matching the selector takes up space on the rendered page. */
function shows(page: Page, selector: string): Promise<boolean> {
	return page.locator(selector).evaluateAll((elements) =>
		elements.some((el) => {
			const box = el.getBoundingClientRect();
			return getComputedStyle(el).visibility !== 'hidden' && box.width > 0 && box.height > 0;
		}),
	);
}

/** The site's navigation chrome, which a printed page must not show. */
const CHROME = [
	'header-search',
	'starlight-lang-select',
	'starlight-theme-select',
	'#starlight__sidebar',
	'.pagination-links',
];

async function expectPrintsWithoutChrome(page: Page): Promise<void> {
	await page.emulateMedia({ media: 'print' });
	for (const selector of CHROME) expect(await shows(page, selector), `${selector} in print`).toBe(false);
	expect(await shows(page, '.sme-actions'), 'buttons in print').toBe(false);
	expect(await page.locator('main h1').isVisible()).toBe(true);
}

describe('the readiness self-check', () => {
	/** Answers the four questions of the purpose theme: 3 + 1 + 2 + 0 = 6 of 12 points. */
	async function answerPurpose(page: Page): Promise<void> {
		for (const [id, value] of [
			['purpose-problem', 3],
			['purpose-current-cost', 1],
			['purpose-owner', 2],
			['purpose-scope', 0],
		] as const)
			await page.locator(`input[name="${id}"][value="${value}"]`).check();
	}
	const themeScore = (page: Page, theme: string) => page.locator(`[data-theme="${theme}"] [data-theme-score]`);
	const themeSteps = (page: Page, theme: string) => page.locator(`[data-theme="${theme}"] [data-theme-steps]`);
	const summary = (page: Page, theme: string) => page.locator(`[data-summary-row="${theme}"]`);

	it('scores each theme and shows next steps for the themes that are not ready', async () => {
		const { page, done } = await open('/sme/self-check/');
		await answerPurpose(page);
		for (const id of ['data-location', 'data-digital', 'data-quality', 'data-classification'])
			await page.locator(`input[name="${id}"][value="3"]`).check();
		await page.locator('input[name="security-rules"][value="0"]').check();

		expect(await themeScore(page, 'purpose').innerText()).toBe('あと一歩：6 / 12点（50%）');
		expect(await themeSteps(page, 'purpose').isVisible()).toBe(true);
		expect(await themeSteps(page, 'purpose').locator('a').first().getAttribute('href')).toBe(
			'/guideline/purpose-and-scope/#g-1-1',
		);
		expect(await themeScore(page, 'data').innerText()).toBe('準備済み：12 / 12点（100%）');
		expect(await themeSteps(page, 'data').isVisible()).toBe(false);
		expect(await themeScore(page, 'security').innerText()).toBe('要対応：0 / 3点（0%）（3問は未回答）');
		expect(await themeSteps(page, 'security').isVisible()).toBe(true);
		expect(await themeScore(page, 'budget').isVisible()).toBe(false);
		expect(await themeSteps(page, 'budget').isVisible()).toBe(false);

		expect(await summary(page, 'purpose').innerText()).toBe(
			'目的と課題\t6 / 12点（50%）\tあと一歩\tステップ1 最初のユースケースを見つける',
		);
		expect(await summary(page, 'budget').innerText()).toBe('予算と効果測定\t–\t未回答\tステップ5 効果を測る');
		expect(await page.locator('[data-progress]').innerText()).toBe('26問中9問に回答しました。');
		await done();
	});

	it('keeps the answers across reloads and in the other language, until reset', async () => {
		const { page, done } = await open('/sme/self-check/');
		await answerPurpose(page);
		await page.reload();
		expect(await page.locator('input[name="purpose-problem"][value="3"]').isChecked()).toBe(true);
		expect(await page.locator('input[name="purpose-scope"][value="0"]').isChecked()).toBe(true);
		expect(await themeScore(page, 'purpose').innerText()).toBe('あと一歩：6 / 12点（50%）');

		await page.goto(`${server.url}/en/sme/self-check/`);
		expect(await page.locator('input[name="purpose-owner"][value="2"]').isChecked()).toBe(true);
		expect(await themeScore(page, 'purpose').innerText()).toBe('Nearly there: 6 of 12 points (50%)');
		expect(await themeSteps(page, 'purpose').locator('a').first().getAttribute('href')).toBe(
			'/en/guideline/purpose-and-scope/#g-1-1',
		);

		await page.getByRole('button', { name: 'Reset the answers' }).click();
		// The form is cleared first and the scores and storage follow: each is awaited, not read once.
		await expect.poll(() => page.locator('input[type="radio"]:checked').count()).toBe(0);
		await expect.poll(() => themeScore(page, 'purpose').isVisible()).toBe(false);
		await expect
			.poll(() => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('sme-self-check:'))))
			.toEqual([]);
		await page.reload();
		expect(await page.locator('input[type="radio"]:checked').count()).toBe(0);
		await done();
	});

	it('is a printable checklist with JavaScript off', async () => {
		const { page, done } = await open('/sme/self-check/', { javaScriptEnabled: false });
		expect(await page.locator('fieldset.self-check-question').count()).toBe(26);
		expect(await page.locator('fieldset.self-check-question legend').first().innerText()).toContain(
			'AIで解決したい業務上の課題',
		);
		expect(await page.locator('input[type="radio"][name="purpose-problem"]').count()).toBe(4);
		// Without scores, every theme shows its next steps; the buttons that need a script do not show.
		expect(await page.locator('[data-theme-steps]:visible').count()).toBe(6);
		expect(await shows(page, '.sme-actions')).toBe(false);
		expect(await shows(page, '[data-summary]')).toBe(false);
		await done();
	});

	it('prints the answers and scores without the buttons or the site navigation', async () => {
		const { page, done } = await open('/sme/self-check/');
		await answerPurpose(page);
		await expectPrintsWithoutChrome(page);
		expect(await themeScore(page, 'purpose').isVisible()).toBe(true);
		expect(await page.locator('[data-summary]').isVisible()).toBe(true);
		expect(await page.locator('input[name="purpose-problem"][value="3"]').isVisible()).toBe(true);
		await done();
	});

	it('can be answered with the keyboard alone', async () => {
		const { page, done } = await open('/sme/self-check/');
		await page.locator('input[name="purpose-problem"]').first().focus();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		expect(await page.locator('input[name="purpose-problem"][value="2"]').isChecked()).toBe(true);
		expect(await themeScore(page, 'purpose').innerText()).toBe('あと一歩：2 / 3点（67%）（3問は未回答）');
		await done();
	});
});

describe('the payback estimator', () => {
	async function estimate(page: Page, values: Record<string, string>, industry = ''): Promise<void> {
		for (const [name, value] of Object.entries(values)) await page.locator(`#estimator-${name}`).fill(value);
		if (industry) await page.locator('#estimator-industry').selectOption(industry);
		await page.locator('[data-estimator] button[type="submit"]').click();
	}
	const errorOf = (page: Page, name: string) => page.locator(`[data-error-for="${name}"]`);

	it('computes the payback and compares it with the cases of the same size', async () => {
		const { page, done } = await open('/sme/estimator/');
		await estimate(
			page,
			{ initial: '45,000,000', running: '22000000', effect: '350,000,000', employees: '2,100' },
			'研究所',
		);
		// 45,000,000 ÷ (350,000,000 − 22,000,000) × 12 = 1.646… months, rounded up to 1.7.
		expect(await page.locator('[data-estimate-months]').innerText()).toBe('投資回収期間の目安：1.7か月');
		expect(await page.locator('[data-estimate-formula]').innerText()).toBe(
			'計算：4,500万円 ÷ 年間の純効果 3億2,800万円 × 12 = 1.7か月（0.1か月単位で切り上げ）',
		);
		// Large band of the fixture site: 8, 16, 18 and 36 months.
		expect(await page.locator('[data-estimate-compare]').innerText()).toBe(
			'同じ規模（1,000名以上）で投資回収期間を公開している事例4件：中央値17か月（8か月〜36か月）',
		);
		const similar = page.locator('[data-estimate-cases] li');
		expect(await similar.count()).toBe(4);
		expect(await similar.first().innerText()).toBe('産業技術総合研究所（研究所、16か月）（同じ業種）');
		expect(await similar.first().locator('a').getAttribute('href')).toBe(
			'/cases/863-aist-national-institute-of-advanced-industrial-s/',
		);
		expect(await page.locator('[data-estimate-browse]').getAttribute('href')).toBe(
			`/cases/?industry=${encodeURIComponent('研究所')}&size=large`,
		);
		expect(await page.locator('tr[data-band="large"]').getAttribute('data-current')).toBe('');
		expect(await page.locator('[data-no-payback]').isVisible()).toBe(false);
		await done();
	});

	it('reads amounts as Japanese users type them: 万, 億, full-width digits, a yearly period', async () => {
		const { page, done } = await open('/sme/estimator/');
		await estimate(page, {
			initial: '4,500万円',
			running: '年間2,200万円',
			effect: '３．５億円',
			employees: '2,100名',
		});
		expect(await page.locator('[data-estimate-months]').innerText()).toBe('投資回収期間の目安：1.7か月');
		expect(await page.locator('[data-estimate-formula]').innerText()).toBe(
			'計算：4,500万円 ÷ 年間の純効果 3億2,800万円 × 12 = 1.7か月（0.1か月単位で切り上げ）',
		);
		await estimate(page, { initial: '300〜500万円', running: '月30万円', effect: '３００万', employees: '' });
		expect(await errorOf(page, 'initial').innerText()).toBe(
			'範囲（300〜500万円）や「以上」「以下」ではなく、見込みの値を1つ入力してください。',
		);
		expect(await errorOf(page, 'running').innerText()).toBe(
			'初期投資は1回分、年間運用費と年間効果は1年分の金額で入力してください（月額なら12倍した額）。',
		);
		expect(await errorOf(page, 'effect').isVisible()).toBe(false);
		await done();
	});

	it('follows edits after the first calculation, for a smaller company', async () => {
		const { page, done } = await open('/sme/estimator/');
		await estimate(page, { initial: '3500000', running: '600000', effect: '3000000', employees: '45' });
		expect(await page.locator('[data-estimate-months]').innerText()).toBe('投資回収期間の目安：17.5か月');
		expect(await page.locator('[data-estimate-compare]').innerText()).toBe(
			'同じ規模（20〜99名）で投資回収期間を公開している事例1件：中央値14か月',
		);
		await page.locator('#estimator-initial').fill('12,000,000');
		await expect.poll(() => page.locator('[data-estimate-months]').innerText()).toBe('投資回収期間の目安：60か月');
		await done();
	});

	it('explains each input it cannot use, in Japanese', async () => {
		const { page, done } = await open('/sme/estimator/');
		await estimate(page, { initial: '-5', running: 'abc', effect: '', employees: '12.5' });
		expect(await errorOf(page, 'initial').innerText()).toBe('0以上の値を入力してください。マイナスの値は使えません。');
		expect(await errorOf(page, 'running').innerText()).toBe('数字で入力してください（例：45,000,000、4,500万円）。');
		expect(await errorOf(page, 'effect').innerText()).toBe('値を入力してください。');
		expect(await errorOf(page, 'employees').innerText()).toBe('人数は小数点のない整数で入力してください（例：45）。');
		expect(await page.locator('#estimator-initial').getAttribute('aria-invalid')).toBe('true');
		expect(await page.locator('[data-estimate]').isVisible()).toBe(false);

		await estimate(page, { initial: '1,000,000', running: '5,000,000', effect: '5,000,000', employees: '' });
		expect(await errorOf(page, 'initial').isVisible()).toBe(false);
		expect(await page.locator('[data-no-payback]').innerText()).toContain('投資を回収できません');
		expect(await page.locator('[data-estimate]').isVisible()).toBe(false);
		await done();
	});

	it('works in English, with amounts in millions', async () => {
		const { page, done } = await open('/en/sme/estimator/');
		await estimate(page, { initial: '45,000,000', running: '22,000,000', effect: '350,000,000', employees: '2100' });
		expect(await page.locator('[data-estimate-months]').innerText()).toBe('Estimated payback period: 1.7 months');
		expect(await page.locator('[data-estimate-formula]').innerText()).toBe(
			'Calculation: ¥45 million ÷ net yearly effect ¥328 million × 12 = 1.7 months (rounded up to a tenth of a month)',
		);
		expect(await page.locator('[data-estimate-compare]').innerText()).toBe(
			'Published cases of the same size (1,000 and more): 4, with a median payback of 17 months (range 8 months to 36 months)',
		);
		expect(await page.locator('[data-estimate-cases] a').first().getAttribute('href')).toMatch(/^\/en\/cases\//);

		await estimate(page, { initial: '-1', running: '22,000,000', effect: '350,000,000', employees: '' });
		expect(await errorOf(page, 'initial').innerText()).toBe('Enter zero or more: negative values cannot be used.');
		await estimate(page, { initial: '1', running: '22,000,000', effect: '21,000,000', employees: '' });
		expect(await page.locator('[data-no-payback]').innerText()).toBe(
			'The yearly effect does not exceed the yearly running cost, so the investment does not pay back. Look for a larger effect or a lower running cost.',
		);
		await done();
	});

	it('shows the formula and the published paybacks by size band with JavaScript off', async () => {
		const { page, done } = await open('/sme/estimator/', { javaScriptEnabled: false });
		expect(await page.locator('[data-estimator]').isVisible()).toBe(false);
		expect(await page.locator('main').innerText()).toContain(
			'投資回収期間（月）＝ 初期投資 ÷（年間効果 − 年間運用費）× 12',
		);
		expect(await page.locator('main noscript').count()).toBe(1);
		const rows = page.locator('.payback-bands tbody tr');
		expect(await rows.allInnerTexts()).toHaveLength(4);
		expect(await page.locator('tr[data-band="medium"]').innerText()).toContain('24か月');
		expect(await page.locator('tr[data-band="medium"] a').count()).toBe(2);
		await done();
	});

	it('prints without the site navigation', async () => {
		const { page, done } = await open('/sme/estimator/');
		await estimate(page, { initial: '45,000,000', running: '22,000,000', effect: '350,000,000', employees: '' });
		await expectPrintsWithoutChrome(page);
		expect(await page.locator('[data-estimate-months]').isVisible()).toBe(true);
		await done();
	});
});

describe('the consultation preparation sheet', () => {
	async function fillSheet(page: Page): Promise<void> {
		await page.locator('#sheet-industry').fill('印刷');
		await page.locator('#sheet-employees').fill('45');
		await page.locator('#sheet-problem').fill('見積書の作成に毎日2時間かかる。\n# 担当者は1人だけ');
		await page.locator('input[name="budget"][value="1to5m"]').check();
	}

	async function download(page: Page, name: string): Promise<string> {
		const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
		expect(file.suggestedFilename()).toBe('consultation-sheet.md');
		return readFile((await file.path())!, 'utf8');
	}

	it('downloads the filled sheet as Markdown in Japanese', async () => {
		const { page, done } = await open('/sme/consultation-sheet/');
		await fillSheet(page);
		const markdown = await download(page, 'Markdownファイルで保存');
		expect(markdown).toMatch(
			/^# 相談準備シート\n\n作成日：\d{4}年\d{1,2}月\d{1,2}日\n\n## 会社名（任意）\n\n（未記入）\n\n/,
		);
		expect(markdown).toContain('## 業種\n\n印刷\n\n## 従業員数\n\n45（20〜99名）\n\n');
		expect(markdown).toContain('## いま困っていること\n\n見積書の作成に毎日2時間かかる。\n\\# 担当者は1人だけ\n\n');
		expect(markdown).toContain('## 予算の目安\n\n100万〜500万円\n\n## 導入したい時期\n\n（未記入）\n\n');
		expect(markdown.endsWith('## 相談員に聞きたいこと\n\n（未記入）\n')).toBe(true);
		await done();
	});

	it('keeps the entries across reloads, in English too, until cleared', async () => {
		const { page, done } = await open('/sme/consultation-sheet/');
		await fillSheet(page);
		await page.reload();
		expect(await page.locator('#sheet-problem').inputValue()).toBe(
			'見積書の作成に毎日2時間かかる。\n# 担当者は1人だけ',
		);
		expect(await page.locator('input[name="budget"][value="1to5m"]').isChecked()).toBe(true);

		await page.goto(`${server.url}/en/sme/consultation-sheet/`);
		await page.locator('#sheet-industry').fill('Printing');
		const markdown = await download(page, 'Save as a Markdown file');
		expect(markdown).toMatch(/^# Consultation preparation sheet\n\nPrepared on [A-Z][a-z]+ \d{1,2}, \d{4}\n\n/);
		expect(markdown).toContain('## Company name (optional)\n\n(not filled in)\n\n## Industry\n\nPrinting\n\n');
		expect(markdown).toContain('## Number of employees\n\n45 (20–99)\n\n');
		expect(markdown).toContain('## Budget\n\n¥1–5 million\n\n');

		await page.getByRole('button', { name: 'Clear the sheet' }).click();
		await page.reload();
		expect(await page.locator('#sheet-industry').inputValue()).toBe('');
		expect(await page.locator('input[name="budget"]:checked').count()).toBe(0);
		expect(
			await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('sme-consultation-sheet:'))),
		).toEqual([]);
		await done();
	});

	it('is a blank printable sheet with JavaScript off', async () => {
		const { page, done } = await open('/sme/consultation-sheet/', { javaScriptEnabled: false });
		expect(await page.locator('[data-sheet-field]').count()).toBe(9);
		expect(await page.locator('textarea').count()).toBe(4);
		expect(await shows(page, '.sme-actions')).toBe(false);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('#sheet-problem').isVisible()).toBe(true);
		await done();
	});

	it('prints the filled sheet in full, without buttons or the site navigation', async () => {
		const { page, done } = await open('/sme/consultation-sheet/');
		const long = Array.from({ length: 12 }, (_, i) => `${i + 1}行目の説明`).join('\n');
		await page.locator('#sheet-problem').fill(long);
		await expectPrintsWithoutChrome(page);
		// The text area grows to its content in print, so no line is cut off.
		const { scroll, client } = await page
			.locator('#sheet-problem')
			.evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
		expect(scroll).toBeLessThanOrEqual(client + 1);
		await done();
	});
});
