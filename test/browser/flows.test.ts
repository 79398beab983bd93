import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowserOn } from '../support/browser.ts';
import { repo } from '../support/repo.ts';

/**
 * Flows that lead somewhere (issue 16), walked in Chromium in both languages: compare from the
 * case list and from a case page, the estimator's inputs and error summary, the self-check's
 * starting step, and the SME pages' empty states. On the fixture site (the seed case 863 and the
 * fixture cases 1101–1108); the estimator's empty same-size list needs a size band without
 * cases, which only the real site (one case) has.
 */

const site = useBrowserOn(() => join(inject('siteRoot'), 'dist'));
const real = useBrowserOn(() => join(repo, 'dist'));

/** A page in a fresh profile (its own localStorage); `done()` closes it and fails on a script error. */
async function open(path: string, on = site): Promise<{ page: Page; done: () => Promise<void> }> {
	const context: BrowserContext = await on.browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(`${on.url}${path}`);
	return {
		page,
		done: async () => {
			await context.close();
			expect(errors).toEqual([]);
		},
	};
}

const toggle = (page: Page, name: string) =>
	page.locator('tr', { has: page.getByRole('link', { name, exact: true }) }).locator('input[data-compare-toggle]');
const tray = (page: Page) => page.locator('[data-compare-tray-box]');
const live = (page: Page) => page.locator('[data-compare-tray-live]');
const go = (page: Page) => page.locator('[data-compare-tray-go]');
const headings = (page: Page) => page.locator('.compare-table thead th a:not(.compare-remove)').allInnerTexts();
const compareMessage = (page: Page) => page.locator('[data-compare-message]');

/** Ticks a checkbox with the keyboard, as a keyboard user would: focus, then Space. */
async function tick(page: Page, box: ReturnType<Page['locator']>): Promise<void> {
	await box.focus();
	await page.keyboard.press('Space');
}

describe('compare from the case list and from case pages, in Japanese', () => {
	it('picks cases on the list, remembers them on a case page, and compares them without an error', async () => {
		const { page, done } = await open('/cases/');
		expect(await tray(page).isVisible()).toBe(false);
		await tick(page, toggle(page, '有限会社ミカゲ精工'));
		await expect.poll(() => live(page).innerText()).toBe('「有限会社ミカゲ精工」を比較に追加しました（1件）。');
		await tick(page, toggle(page, '株式会社潮見フーズ'));
		await expect.poll(() => go(page).innerText()).toBe('比較する（2件）');
		expect(await tray(page).innerText()).toContain('2件を選んでいます。2〜4件を比較できます。');

		// On a case page the pick is still there, and this case can be added too.
		await page.getByRole('link', { name: '北星ロジスティクス株式会社', exact: true }).click();
		await page.waitForURL(/\/cases\/1103-/);
		await expect.poll(() => go(page).innerText()).toBe('比較する（2件）');
		const here = page.locator('.case-compare-toggle input[data-compare-toggle]');
		expect(await here.isChecked()).toBe(false);
		await tick(page, here);
		await expect.poll(() => go(page).innerText()).toBe('比較する（3件）');

		await go(page).click();
		await page.waitForURL(/\/cases\/compare\/\?ids=1101,1102,1103$/);
		await expect
			.poll(() => headings(page))
			.toEqual(['有限会社ミカゲ精工', '株式会社潮見フーズ', '北星ロジスティクス株式会社']);
		expect(await compareMessage(page).isVisible()).toBe(false);
		await done();
	});

	it('takes a case out of the tray with its button, and refuses a fifth with a message', async () => {
		const { page, done } = await open('/cases/');
		for (const name of ['有限会社ミカゲ精工', '株式会社潮見フーズ', '北星ロジスティクス株式会社', '株式会社雲雀丘建設'])
			await tick(page, toggle(page, name));
		await expect.poll(() => go(page).innerText()).toBe('比較する（4件）');
		const fifth = toggle(page, '株式会社ハルカゼ');
		await tick(page, fifth);
		await expect
			.poll(() => live(page).innerText())
			.toBe('一度に比較できるのは4件までです。ほかの事例を外してから追加してください。');
		expect(await fifth.isChecked()).toBe(false);

		await tray(page)
			.getByRole('button', { name: /^外す\s*: 株式会社潮見フーズ$/ })
			.click();
		await expect.poll(() => live(page).innerText()).toBe('「株式会社潮見フーズ」を比較から外しました（3件）。');
		expect(await toggle(page, '株式会社潮見フーズ').isChecked()).toBe(false);
		// Focus stays in the tray, on the next case's button.
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('外す: 北星ロジスティクス株式会社');
		await page.reload();
		await expect.poll(() => go(page).innerText()).toBe('比較する（3件）');
		await tray(page).getByRole('button', { name: 'すべて外す' }).click();
		expect(await tray(page).isVisible()).toBe(false);
		expect(await live(page).innerText()).toBe('比較する事例をすべて外しました。');
		await done();
	});

	it('keeps the checkboxes on rows the filter writes', async () => {
		const { page, done } = await open('/cases/');
		await tick(page, toggle(page, '株式会社潮見フーズ'));
		await page.locator('select[name="industry"]').selectOption('食品製造');
		await expect.poll(() => page.locator('[data-case-rows] tr').count()).toBe(1);
		await expect.poll(() => toggle(page, '株式会社潮見フーズ').isChecked()).toBe(true);
		expect(await toggle(page, '株式会社潮見フーズ').isVisible()).toBe(true);
		await done();
	});

	it("starts from a case page's compare link: one case, no error, and a case found by name", async () => {
		const { page, done } = await open('/cases/');
		await page.getByRole('link', { name: '有限会社ミカゲ精工', exact: true }).click();
		await page.getByRole('link', { name: 'この事例をほかの事例と比較' }).click();
		await page.waitForURL(/\/cases\/compare\/\?ids=1101$/);
		await expect.poll(() => headings(page)).toEqual(['有限会社ミカゲ精工']);
		expect(await compareMessage(page).isVisible()).toBe(false);
		expect(await page.locator('[data-compare-note]').innerText()).toBe(
			'比べる事例を、下の欄からもう1件以上追加してください。',
		);

		await page.getByLabel('事例を名前で探して追加').fill('潮見');
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('[data-compare-pick-status]').innerText()).toBe('1件見つかりました。');
		await page.getByRole('link', { name: '「株式会社潮見フーズ」を追加' }).click();
		await page.waitForURL(/\?ids=1101,1102$/);
		await expect.poll(() => headings(page)).toEqual(['有限会社ミカゲ精工', '株式会社潮見フーズ']);
		expect(await page.locator('[data-compare-note]').isVisible()).toBe(false);

		await page.getByRole('link', { name: /^外す\s*: 有限会社ミカゲ精工$/ }).click();
		await page.waitForURL(/\?ids=1102$/);
		await expect.poll(() => headings(page)).toEqual(['株式会社潮見フーズ']);
		expect(await compareMessage(page).isVisible()).toBe(false);

		await page.getByLabel('事例を名前で探して追加').fill('存在しない会社');
		await page.keyboard.press('Enter');
		await expect
			.poll(() => page.locator('[data-compare-pick-status]').innerText())
			.toBe('「存在しない会社」を含む事例は見つかりませんでした。');
		await done();
	});

	it('names real cases in its hints and placeholders, and opens empty without an error', async () => {
		const { page, done } = await open('/cases/compare/');
		expect(await compareMessage(page).isVisible()).toBe(false);
		const ids = (await page.locator('#compare-ids').getAttribute('placeholder'))?.split(', ') ?? [];
		expect(ids.length).toBe(2);
		for (const id of ids) {
			const response = await page.request.get(`${site.url}/data/cases/${id}.json`);
			expect(response.ok()).toBe(true);
		}
		const first = (await (await page.request.get(`${site.url}/data/cases/${ids[0]}.json`)).json()) as {
			company: { name_ja: string };
		};
		expect(await page.locator('#compare-pick-q').getAttribute('placeholder')).toBe(first.company.name_ja);
		expect(await page.locator('#compare-pick-hint').innerText()).toContain(first.company.name_ja);
		expect(await page.locator('#compare-ids-hint').innerText()).toContain(`/cases/${ids[0]}-…/`);
		await done();
	});
});

describe('compare in English', () => {
	it('adds a case on its page and one on the list, then compares them', async () => {
		const { page, done } = await open('/en/cases/');
		await page.getByRole('link', { name: 'Hibarigaoka Construction Co., Ltd.', exact: true }).click();
		await tick(page, page.locator('.case-compare-toggle input[data-compare-toggle]'));
		await expect
			.poll(() => live(page).innerText())
			.toBe('Added Hibarigaoka Construction Co., Ltd. to compare (1 selected).');
		expect(await go(page).innerText()).toBe('Compare (1)');
		await page.goto(`${site.url}/en/cases/`);
		expect(await toggle(page, 'Hibarigaoka Construction Co., Ltd.').isChecked()).toBe(true);
		await tick(page, toggle(page, 'Mikage Seiko Ltd.'));
		await expect.poll(() => go(page).innerText()).toBe('Compare (2)');
		await go(page).click();
		await page.waitForURL(/\/en\/cases\/compare\/\?ids=1104,1101$/);
		await expect.poll(() => headings(page)).toEqual(['Hibarigaoka Construction Co., Ltd.', 'Mikage Seiko Ltd.']);
		expect(await compareMessage(page).isVisible()).toBe(false);
		await done();
	});

	it('finds a case by its English name from a one-case comparison', async () => {
		const { page, done } = await open('/en/cases/compare/?ids=1104');
		await expect.poll(() => headings(page)).toEqual(['Hibarigaoka Construction Co., Ltd.']);
		expect(await page.locator('[data-compare-note]').innerText()).toBe(
			'Add at least one more case below to compare it with.',
		);
		await page.getByLabel('Find a case by name to add').fill('Shiomi');
		await page.keyboard.press('Enter');
		await page.getByRole('link', { name: 'Add Shiomi Foods Co., Ltd.' }).click();
		await expect.poll(() => headings(page)).toEqual(['Hibarigaoka Construction Co., Ltd.', 'Shiomi Foods Co., Ltd.']);
		await done();
	});
});

describe('the estimator reads amounts and explains what it refuses', () => {
	const fill = async (page: Page, values: Record<string, string>) => {
		for (const [name, value] of Object.entries(values)) await page.locator(`#estimator-${name}`).fill(value);
		await page.locator('[data-estimator] button[type="submit"]').click();
	};
	const summary = (page: Page) => page.locator('[data-error-summary]');

	it('accepts 300万円, ３００万 and 1.2億', async () => {
		const { page, done } = await open('/sme/estimator/');
		await fill(page, { initial: '300万円', running: '３００万', effect: '1.2億' });
		// 3,000,000 ÷ (120,000,000 − 3,000,000) × 12 = 0.307… months, rounded up to 0.4.
		expect(await page.locator('[data-estimate-months]').innerText()).toBe('投資回収期間の目安：0.4か月');
		expect(await summary(page).isVisible()).toBe(false);
		await fill(page, { initial: '1', running: '0', effect: '1.2億' });
		expect(await page.locator('[data-estimate-months]').innerText()).toBe('投資回収期間の目安：0.1か月未満');
		await done();
	});

	it('rejects -5 and 1e30 with an error summary that takes the focus and links to the fields', async () => {
		const { page, done } = await open('/sme/estimator/');
		await fill(page, { initial: '-5', running: '300万円', effect: '1e30', employees: '45,000,000' });
		await expect.poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-error-summary'))).toBe(true);
		expect(await summary(page).getAttribute('role')).toBe('alert');
		expect(await summary(page).locator('h2').innerText()).toBe('入力内容を確認してください');
		const links = summary(page).locator('a');
		expect(await links.allInnerTexts()).toEqual([
			'初期投資（円）：0以上の値を入力してください。マイナスの値は使えません。',
			'年間効果（円）：「1e30」のような指数表記は使えません。数字で入力してください（例：45,000,000、4,500万円）。',
			'従業員数（任意）：従業員1,000,000名以下で入力してください。',
		]);
		expect(await page.locator('#estimator-effect').getAttribute('aria-invalid')).toBe('true');
		expect(await page.locator('#estimator-effect').getAttribute('aria-describedby')).toContain(
			'estimator-effect-error',
		);
		expect(await page.locator('#estimator-effect-error').innerText()).toContain('指数表記');
		expect(await page.locator('[data-estimate]').isVisible()).toBe(false);

		await links.nth(1).click();
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('estimator-effect');
		// Fixing every field takes the summary away.
		await page.locator('#estimator-initial').fill('300万円');
		await page.locator('#estimator-effect').fill('1.2億');
		await page.locator('#estimator-employees').fill('45');
		await expect.poll(() => summary(page).isVisible()).toBe(false);
		await done();
	});

	it('does the same in English', async () => {
		const { page, done } = await open('/en/sme/estimator/');
		await fill(page, { initial: '-5', running: '3,000,000', effect: '1e30' });
		await expect.poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-error-summary'))).toBe(true);
		expect(await summary(page).locator('h2').innerText()).toBe('Check what you entered');
		expect(await summary(page).locator('a').allInnerTexts()).toEqual([
			'Initial investment (yen): Enter zero or more: negative values cannot be used.',
			'Expected yearly effect (yen): Exponent notation such as 1e30 cannot be used: enter the number, e.g. 45,000,000 or 4,500万円.',
		]);
		await fill(page, { initial: '100億1円', running: '3,000,000', effect: '1.2億' });
		expect(await summary(page).locator('a').allInnerTexts()).toEqual([
			'Initial investment (yen): Enter at most ¥10 billion.',
		]);
		await fill(page, { initial: '1', running: '0', effect: '1.2億' });
		expect(await page.locator('[data-estimate-months]').innerText()).toBe('Estimated payback period: under 0.1 months');
		await done();
	});
});

describe('the self-check names the step to start with', () => {
	const verdict = (page: Page) => page.locator('[data-verdict]');

	it('gives the overall result and links the step of the lowest-scoring theme, also in print', async () => {
		const { page, done } = await open('/sme/self-check/');
		expect(await verdict(page).innerText()).toContain(
			'質問に答えると、総合判定と最初に取り組むステップが表示されます。',
		);
		// Purpose: 6 of 12 (50%, almost there); budget: 1 of 6 (17%, needs work).
		for (const [id, value] of [
			['purpose-problem', 3],
			['purpose-current-cost', 1],
			['purpose-owner', 2],
			['purpose-scope', 0],
			['budget-estimate', 1],
			['budget-indicator', 0],
		] as const)
			await page.locator(`input[name="${id}"][value="${value}"]`).check();
		expect(await verdict(page).locator('[data-verdict-text]').innerText()).toBe(
			'要対応のテーマがあります。先にそのテーマの準備から始めてください。',
		);
		const link = verdict(page).locator('[data-verdict-link]');
		expect(await link.innerText()).toBe('ステップ5 効果を測る');
		expect(await link.getAttribute('href')).toBe('/sme/measuring-effects/');
		expect(await verdict(page).locator('[data-verdict-start]').innerText()).toBe(
			'最初に取り組むステップ：ステップ5 効果を測る（最も点数の低いテーマ「予算と効果測定」：17%）',
		);
		// The rule is on the page itself.
		expect(await page.locator('main').innerText()).toContain('最初に取り組むステップは、満点の8割に届かないテーマ');

		await page.emulateMedia({ media: 'print' });
		expect(await verdict(page).isVisible()).toBe(true);
		expect(await link.isVisible()).toBe(true);
		expect(await page.locator('input[name="budget-estimate"][value="1"]').isChecked()).toBe(true);
		await done();
	});

	it('starts at step 1 when every answered theme is ready, in English', async () => {
		const { page, done } = await open('/en/sme/self-check/');
		await page.locator('input[name="data-location"][value="3"]').check();
		expect(await verdict(page).locator('[data-verdict-text]').innerText()).toBe('Every theme you answered is ready.');
		const link = verdict(page).locator('[data-verdict-link]');
		expect(await link.getAttribute('href')).toBe('/en/sme/first-use-case/');
		await page.locator('input[name="data-digital"][value="0"]').check();
		// Data: 3 of 6 (50%), almost there; its step is step 2.
		expect(await link.getAttribute('href')).toBe('/en/sme/small-trial/');
		expect(await verdict(page).locator('[data-verdict-reason]').innerText()).toBe('(lowest-scoring theme: Data, 50%)');
		await done();
	});
});

describe('honest empty states', () => {
	it('says so in one sentence, with links to all cases and to contributing, instead of an empty list', async () => {
		for (const [path, cases, contributing] of [
			['/sme/first-use-case/', '/cases/', '/contributing/#事例を追加する'],
			['/en/sme/first-use-case/', '/en/cases/', '/en/contributing/#adding-a-case'],
		] as const) {
			const { page, done } = await open(path);
			// No fixture case is in 製造業.
			const group = page.locator('[data-similar-cases][data-industry="製造業"]');
			expect(await group.locator('ul').count()).toBe(0);
			const none = group.locator('[data-similar-none]');
			expect(await none.isVisible()).toBe(true);
			const hrefs = await none.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
			expect(hrefs).toEqual([cases, contributing]);
			// The contributing link lands on its section.
			await none.locator('a').nth(1).click();
			await page.waitForURL(/\/contributing\//);
			const target = decodeURIComponent(new URL(page.url()).hash.slice(1));
			expect(await page.locator(`[id="${target}"]`).count()).toBe(1);
			await done();
		}
	});

	it("replaces the estimator's same-size list by the sentence when no case of that size is published", async () => {
		for (const [path, sentence] of [
			['/sme/estimator/', '同じ規模（20名未満）の事例は、まだ掲載されていません。'],
			['/en/sme/estimator/', 'No published case of this size (Under 20) is listed yet.'],
		] as const) {
			const { page, done } = await open(path, real);
			for (const [name, value] of Object.entries({
				initial: '300万',
				running: '50万',
				effect: '400万',
				employees: '8',
			}))
				await page.locator(`#estimator-${name}`).fill(value);
			await page.locator('[data-estimator] button[type="submit"]').click();
			const none = page.locator('[data-estimate-similar-none]');
			await expect.poll(() => none.isVisible()).toBe(true);
			expect(await none.innerText()).toContain(sentence);
			expect(await none.locator('a').count()).toBe(2);
			expect(await page.locator('[data-estimate-similar]').isVisible()).toBe(false);
			// Said once: no second sentence about the size's published paybacks.
			expect(await page.locator('[data-estimate-compare]').isVisible()).toBe(false);
			await done();
		}
	});
});
