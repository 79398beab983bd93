import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowserOn } from '../support/browser.ts';

/** The compare page in Chromium, on the fixture site (the seed case 863 and fixture cases 1101–1108). */

const site = useBrowserOn(() => join(inject('siteRoot'), 'dist'));

const headings = (page: Page) => page.locator('.compare-table thead th a:not(.compare-remove)').allInnerTexts();
const rowLabels = (page: Page) => page.locator('.compare-table tbody th').allInnerTexts();
const message = (page: Page) => page.locator('[data-compare-message]');

/** Opens a compare URL and records which case files the page fetched. */
async function open(path: string): Promise<{ page: Page; fetched: string[] }> {
	const page = await site.browser.newPage();
	const fetched: string[] = [];
	page.on('request', (request) => {
		const { pathname } = new URL(request.url());
		if (pathname.startsWith('/data/')) fetched.push(pathname);
	});
	await page.goto(`${site.url}${path}`);
	return { page, fetched };
}

describe('the compare page in Japanese', () => {
	it('puts two cases side by side, fetching only those two', async () => {
		const { page, fetched } = await open('/cases/compare/?ids=863,1101');
		await expect.poll(() => headings(page)).toEqual(['産業技術総合研究所', '有限会社ミカゲ精工']);
		expect(fetched.sort()).toEqual(['/data/cases/1101.json', '/data/cases/863.json']);
		const labels = await rowLabels(page);
		expect(labels).toEqual(
			expect.arrayContaining(['初期投資', '投資回収期間', '導入フェーズ', '定量効果：時間', '定量効果：件数・回数']),
		);
		const payback = page.locator('.compare-table tbody tr', { hasText: '投資回収期間' }).locator('td');
		expect(await payback.allInnerTexts()).toEqual(['16か月', '24か月']);
		const time = await page
			.locator('.compare-table tbody tr', { hasText: '定量効果：時間' })
			.locator('td')
			.allInnerTexts();
		expect(time[0]).toBe('記載なし');
		expect(time[1]).toContain('段取り時間: 45分/ロット → 18分/ロット (60%短縮) · 単位：分/ロット');
		expect(await page.locator('input[name="ids"]').inputValue()).toBe('863,1101');
		expect(await message(page).isVisible()).toBe(false);
		await page.locator('.compare-table thead a').first().click();
		await page.waitForURL(/\/cases\/863-aist-/);
		await page.close();
	});

	it('lines up qualified figures by what they measure, showing the source text', async () => {
		const { page } = await open('/cases/compare/?ids=863,1104');
		await expect.poll(() => headings(page)).toEqual(['産業技術総合研究所', '株式会社雲雀丘建設']);
		const cells = async (label: string) =>
			page.locator('.compare-table tbody tr', { hasText: label }).locator('td').allInnerTexts();
		const [, time] = await cells('定量効果：時間');
		expect(time).toContain('週報の作成時間: 平均3時間 → 平均1時間 (約67%短縮) · 単位：時間');
		expect(time).toContain('3次元モデルの更新作業: 3〜5時間 → 1〜2時間 (約63%短縮) · 単位：時間');
		const [seed, counts] = await cells('定量効果：件数・回数');
		expect(seed).toContain('産業ガイドライン参考数: 0件 → 150社+ · 単位：件');
		expect(counts).toContain('社内ナレッジの検索: 月20件以上 → 月400件 (約20倍) · 単位：件/月');
		const [, money] = await cells('定量効果：金額');
		expect(money).toContain('積算業務の外注費: 約4,500万円 → 約3,000万円 (約33%削減) · 単位：円');
		await page.close();
	});

	it('takes four cases, and the form makes the shareable URL', async () => {
		const { page } = await open('/cases/compare/');
		await page.locator('input[name="ids"]').fill('863, 1101, 1102, 1103');
		await page.locator('.compare-form button[type="submit"]').click();
		await expect.poll(() => headings(page)).toHaveLength(4);
		expect(new URL(page.url()).searchParams.get('ids')).toBe('863, 1101, 1102, 1103');
		expect(await headings(page)).toEqual([
			'産業技術総合研究所',
			'有限会社ミカゲ精工',
			'株式会社潮見フーズ',
			'北星ロジスティクス株式会社',
		]);
		await page.close();
	});

	it('says which case number does not exist', async () => {
		const { page } = await open('/cases/compare/?ids=863,9999');
		await expect.poll(() => message(page).innerText()).toBe('事例番号 9999 の事例はありません。');
		// The case that exists is still shown, with the way to add another.
		await expect.poll(() => headings(page)).toEqual(['産業技術総合研究所']);
		await page.close();
	});

	it('shows one case without an error and asks for more; refuses more than four', async () => {
		const { page } = await open('/cases/compare/?ids=863');
		await expect.poll(() => headings(page)).toEqual(['産業技術総合研究所']);
		expect(await message(page).isVisible()).toBe(false);
		expect(await page.locator('[data-compare-note]').innerText()).toBe(
			'比べる事例を、下の欄からもう1件以上追加してください。',
		);
		expect(await page.locator('input[name="ids"]').inputValue()).toBe('863');
		await page.goto(`${site.url}/cases/compare/?ids=863,1101,1102,1103,1104`);
		await expect
			.poll(() => message(page).innerText())
			.toBe('一度に比較できるのは4件までです（5件が指定されています）。');
		await page.close();
	});

	it('explains itself without JavaScript', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.url}/cases/compare/?ids=863,1101`);
		expect(await page.locator('main').innerText()).toContain('比較表の表示にはJavaScriptが必要です');
		expect(await page.locator('input[name="ids"]').isVisible()).toBe(true);
		await context.close();
	});
});

describe('the compare page in English', () => {
	it('puts two cases side by side with English labels and Japanese source text marked', async () => {
		const { page } = await open('/en/cases/compare/?ids=1104,863');
		await expect
			.poll(() => headings(page))
			.toEqual([
				'Hibarigaoka Construction Co., Ltd.',
				'AIST (National Institute of Advanced Industrial Science and Technology)',
			]);
		const industry = page.locator('.compare-table tbody tr', { hasText: 'Industry' }).locator('td');
		expect(await industry.allInnerTexts()).toEqual(['Construction', 'Research institute']);
		const budget = page.locator('.compare-table tbody tr', { hasText: 'Initial investment' }).locator('td');
		expect(await budget.allInnerTexts()).toEqual(['¥350 million', '¥45 million']);
		expect(await rowLabels(page)).toContain('Measured effects: money');
		const unmarked = await page.locator('.compare-table').evaluate((table) => {
			const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
			const found: string[] = [];
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				if (
					/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(node.textContent ?? '') &&
					!node.parentElement?.closest('[lang="ja"]')
				)
					found.push(node.textContent ?? '');
			}
			return found;
		});
		expect(unmarked).toEqual([]);
		await page.close();
	});

	it('takes four cases', async () => {
		const { page } = await open('/en/cases/compare/?ids=1105,1106,1107,1108');
		await expect.poll(() => headings(page)).toHaveLength(4);
		await page.close();
	});

	it('says which case number does not exist, and what is not a number', async () => {
		const { page } = await open('/en/cases/compare/?ids=863,1101,4242');
		await expect.poll(() => message(page).innerText()).toBe('There is no case with the number 4242.');
		await expect.poll(() => headings(page)).toHaveLength(2);
		await page.goto(`${site.url}/en/cases/compare/?ids=863,abc`);
		await expect.poll(() => message(page).innerText()).toBe('"abc" is not a case number: enter numbers only.');
		await page.close();
	});
});
