import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findFrontmatter } from '../../../src/core/frontmatter.ts';
import { CaseSchema, type CaseData } from '../../../src/core/schemas/case.ts';
import { PolicyChapterSchema } from '../../../src/core/schemas/policy.ts';
import { caseFeedItems } from '../../../src/features/cases/case-feed.ts';
import { caseSummary } from '../../../src/features/cases/case-summary.ts';
import { hasJapanese } from '../../../src/core/japanese.ts';
import { chapterSummary, documentSummary } from '../../../src/features/policy/policy-summary.ts';
import { repo } from '../../support/repo.ts';

const frontmatter = (path: string) => parse(findFrontmatter(readFileSync(join(repo, path), 'utf8'))?.yaml ?? '');
const seed = CaseSchema.parse(
	frontmatter('src/content/cases/863-aist-national-institute-of-advanced-industrial-s.mdx'),
);
const chapter = PolicyChapterSchema.parse(
	frontmatter('src/content/policy/002-443a7719d422e65c/04-initiatives-on-ai.mdx'),
);

describe('case summaries', () => {
	it('say who adopted AI, when, with what, at what cost and payback', () => {
		expect(caseSummary(seed, 'ja')).toBe(
			'産業技術総合研究所（研究所・日本・従業員2,100名）は2023年にAIを導入。使用ツール：ChatGPT、Claude。初期投資4,500万円、投資回収16か月。定量効果4項目。',
		);
		expect(caseSummary(seed, 'en')).toBe(
			'AIST (National Institute of Advanced Industrial Science and Technology) (Research institute, Japan, 2,100 employees) adopted AI in 2023. Tools: ChatGPT, Claude. Initial investment ¥45 million, payback in 16 months. 4 measured effects.',
		);
	});

	it('leave out in English what has no English name, and stay short', () => {
		const local: CaseData = {
			...seed,
			industry: '未知の業界',
			country: '架空国',
			tools: [{ name: '社内ツール', note: null }],
		};
		const english = caseSummary(local, 'en');
		expect(hasJapanese(english)).toBe(false);
		expect(english).toContain('(2,100 employees)');
		const long: CaseData = { ...seed, company: { name_ja: '長'.repeat(300), name_en: 'Long '.repeat(60) } };
		expect(caseSummary(long, 'ja').length).toBeLessThanOrEqual(240);
		expect(caseSummary(long, 'en').length).toBeLessThanOrEqual(240);
	});
});

describe('policy summaries', () => {
	it('name the document, the chapter and its slides', () => {
		expect(chapterSummary(chapter, 'en')).toBe(
			"METI: science, technology and innovation policy, and the ministry's initiatives, chapter 4: Initiatives on AI (slides 25–29). The slides are in Japanese.",
		);
		expect(chapterSummary(chapter, 'ja')).toMatch(
			/^科学技術・イノベーションを取り巻く状況と経済産業省の取組、第4章「AIに関する取組」（スライド25〜29）。/,
		);
		expect(documentSummary(chapter.document, 5, { first: 2, last: 31 }, 'en')).toBe(
			"METI: science, technology and innovation policy, and the ministry's initiatives (METI, 2021): 5 chapters, slides 2–31, with their sources. The slides are in Japanese.",
		);
	});
});

describe('caseFeedItems', () => {
	const at = (id: number, updated: string | null) => ({
		id: `${id}-x`,
		data: { ...seed, case_id: id, updated },
	});

	it('orders by 更新日, newest first, then by case number; undated cases last, without a date', () => {
		const items = caseFeedItems([at(1, '2023-01-01'), at(2, null), at(3, '2024-05-01'), at(4, '2023-01-01')], 'ja');
		expect(items.map((item) => item.link)).toEqual(['/cases/3-x/', '/cases/4-x/', '/cases/1-x/', '/cases/2-x/']);
		expect(items[0]?.pubDate?.toISOString()).toBe('2024-05-01T00:00:00.000Z');
		expect(items[3]).not.toHaveProperty('pubDate');
	});

	it('keeps a fixed number of items, and uses English titles and links in English', () => {
		const many = Array.from({ length: 80 }, (_, i) => at(i + 1, '2024-01-01'));
		expect(caseFeedItems(many, 'en')).toHaveLength(50);
		const [item] = caseFeedItems([at(863, '2024-01-21')], 'en');
		expect(item).toMatchObject({
			title: 'AIST (National Institute of Advanced Industrial Science and Technology): AI adoption case study',
			link: '/en/cases/863-x/',
			categories: ['Research institute'],
		});
	});
});
