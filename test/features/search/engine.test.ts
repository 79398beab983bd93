import { describe, expect, it } from 'vitest';
import { buildIndex, type IndexedPage } from '../../../src/postbuild/search-index/build-index.ts';
import type { ExtractedPage } from '../../../src/postbuild/search-index/extract-page.ts';
import { SearchEngine } from '../../../src/features/search/engine.ts';

/** A page as the extractor would give it. */
function page(url: string, title: string, text: string, extra: Partial<ExtractedPage> = {}): IndexedPage {
	return {
		url,
		page: { lang: 'ja', title, text: `${title}\n${text}`, headings: [], filters: {}, sorts: {}, meta: {}, ...extra },
	};
}

const pages: IndexedPage[] = [
	page('/cases/1-a/', '株式会社アルファ', '生成AIで品質検査を自動化した。ｱｰｷﾃｸﾁｬを見直した。', {
		filters: { industry: ['製造業'], year: ['2023'] },
		sorts: { employees: '120' },
		meta: { name_en: 'Alpha' },
	}),
	page('/cases/2-b/', 'ベータ工業', '品質管理の記録。生成した文書をAIが確認。', {
		filters: { industry: ['製造業'], year: ['2024'] },
		sorts: { employees: '30' },
	}),
	page('/cases/3-c/', 'ガンマ研究所', 'ABCIを使った研究。', {
		filters: { industry: ['研究所'], year: ['2024'] },
		sorts: { employees: '2100' },
	}),
	page('/guideline/quality/', '品質マネジメント', 'この章は生成AIの品質を扱う。', {
		headings: [{ id: 'g-7-1', text: 'G-7.1 品質の記録', at: 20, level: 3 }],
		text: '品質マネジメント\nこの章は生成AIの品質を扱う。\nG-7.1 品質の記録\n検査の記録を残す。',
	}),
	page('/glossary/', '用語集', 'アーキテクチャ: 構成のこと。'),
];

/** An engine reading the index from memory, as the browser would from the static files. */
function engineFor(input: IndexedPage[]): SearchEngine {
	const files = buildIndex('ja', input);
	return new SearchEngine('/search-index/ja/', async (url) => {
		const bytes = files.get(url.replace('/search-index/ja/', '').replace(/\?v=\w+$/u, ''));
		if (!bytes) return { ok: false, status: 404, arrayBuffer: async () => new ArrayBuffer(0) };
		return { ok: true, status: 200, arrayBuffer: async () => new Uint8Array(bytes).buffer };
	});
}

async function urls(engine: SearchEngine, query: string, options: { filters?: Record<string, string[]> } = {}) {
	const { terms, hits } = await engine.search({ query, ...options });
	const checked = await Promise.all(hits.map((hit) => engine.check(hit, terms)));
	return checked.filter((result) => result !== null).map((result) => result.url);
}

describe('SearchEngine on an index built from pages', () => {
	const engine = engineFor(pages);

	it('finds the pages containing a compound and nothing else', async () => {
		expect(await urls(engine, '生成AI')).toEqual(['/guideline/quality/', '/cases/1-a/']);
	});

	it('treats width and case variants alike', async () => {
		expect(await urls(engine, 'ＡＢＣＩ')).toEqual(['/cases/3-c/']);
		expect(await urls(engine, 'abci')).toEqual(['/cases/3-c/']);
		expect(await urls(engine, 'アーキテクチャ')).toEqual(['/glossary/', '/cases/1-a/']);
	});

	it('ANDs space-separated terms, and returns nothing for a term found nowhere', async () => {
		expect(await urls(engine, '品質 記録')).toEqual(['/guideline/quality/', '/cases/2-b/']);
		expect(await urls(engine, '品質 ガベージコレクション')).toEqual([]);
		expect(await urls(engine, 'ガベージコレクション')).toEqual([]);
	});

	it('ranks pages with the query in the title before pages that only mention it', async () => {
		const { hits } = await engine.search({ query: '品質' });
		const ranked = await Promise.all(hits.map(async (hit) => (await engine.card(hit.id)).url));
		expect(ranked[0]).toBe('/guideline/quality/');
		expect(hits[0]!.tier).toBe(0);
	});

	it('rejects a page that has every bigram of a term but not the term', async () => {
		// Every key of 生成AI (生成, 成a, ai) is on this page, the term itself is not.
		const tricky = engineFor([page('/x/', 'x', '生成、成AI、AI')]);
		expect((await tricky.search({ query: '生成AI' })).hits).toEqual([]);
		// Above the verify limit the candidate stays, and check() drops it when shown.
		const { terms, hits, verified } = await tricky.search({ query: '生成AI', verifyLimit: 0 });
		expect(verified).toBe(false);
		expect(hits).toHaveLength(1);
		expect(await tricky.check(hits[0]!, terms)).toBeNull();
	});

	it('filters by facets and sorts by a sort key', async () => {
		expect(await urls(engine, '', { filters: { industry: ['製造業'] } })).toEqual(['/cases/1-a/', '/cases/2-b/']);
		expect(await urls(engine, '品質', { filters: { year: ['2024'] } })).toEqual(['/cases/2-b/']);
		const { hits } = await engine.search({
			query: '',
			filters: { section: ['case'] },
			sort: { key: 'employees', direction: 'desc' },
		});
		const order = await Promise.all(hits.map(async (hit) => (await engine.card(hit.id)).url));
		expect(order).toEqual(['/cases/3-c/', '/cases/1-a/', '/cases/2-b/']);
	});

	it('counts facet values among the results', async () => {
		const { hits } = await engine.search({ query: '品質' });
		const counts = await engine.facetCounts(hits, 'section');
		expect(Object.fromEntries(counts)).toEqual({ case: 2, guideline: 1 });
	});

	it('excerpts the text as written, with the match marked, deep-linked to the heading before it', async () => {
		const { terms, hits } = await engine.search({ query: 'ｱｰｷﾃｸﾁｬ' });
		const results = await Promise.all(hits.map((hit) => engine.check(hit, terms)));
		const alpha = results.find((result) => result?.card.url === '/cases/1-a/')!;
		expect(alpha.excerpt.filter((part) => part.mark).map((part) => part.text)).toEqual(['ｱｰｷﾃｸﾁｬ']);
		expect(alpha.card.meta).toEqual({ name_en: 'Alpha' });
		const { terms: t2, hits: h2 } = await engine.search({ query: '検査の記録' });
		const deep = await engine.check(h2[0]!, t2);
		expect(deep?.url).toBe('/guideline/quality/#g-7-1');
	});
});

describe('index versions', () => {
	it('fetches every file but the manifest with the index version, which changes with the content', async () => {
		const requested: string[] = [];
		const files = buildIndex('ja', pages);
		const engine = new SearchEngine('/i/', async (url) => {
			requested.push(url);
			const bytes = files.get(url.replace('/i/', '').replace(/\?v=\w+$/u, ''))!;
			return { ok: true, status: 200, arrayBuffer: async () => new Uint8Array(bytes).buffer };
		});
		const { version } = await engine.manifest();
		await engine.search({ query: '品質' });
		expect(requested[0]).toBe('/i/index.json');
		expect(requested.slice(1).every((url) => url.endsWith(`?v=${version}`))).toBe(true);
		const changed = JSON.parse(
			buildIndex('ja', [...pages, page('/x/', 'x', '追加')])
				.get('index.json')!
				.toString(),
		) as { version: string };
		expect(changed.version).not.toBe(version);
		expect(JSON.parse(buildIndex('ja', pages).get('index.json')!.toString()).version).toBe(version);
	});
});

describe('index files in memory', () => {
	it('each own a buffer of their size, so a large site does not hold a 64 KB chunk per small file', () => {
		const files = buildIndex('ja', pages);
		const gzipped = [...files].filter(([path]) => path.endsWith('.bin'));
		expect(gzipped.length).toBeGreaterThan(10);
		for (const [path, bytes] of gzipped) expect([path, bytes.buffer.byteLength]).toEqual([path, bytes.byteLength]);
	});
});

describe('one result set: total, facet counts and list from the same verified hits', () => {
	// The case page has every bigram of セキュリティー (セキ … ティ from セキュリティ, ィー from
	// コミッティー) but not the word in any spelling: the shape of the /search/?q=セキュリティー bug,
	// where 導入事例 (1) was counted from candidates and choosing it listed nothing.
	const engine = engineFor([
		page('/cases/1-a/', 'アルファ', 'セキュリティの体制とステアリングコミッティーの設置。', {
			filters: { industry: ['製造業'] },
		}),
		page('/guideline/security/', 'セキュリティー', 'セキュリティー対策の指針。'),
		page('/sme/', '中小企業向け', '情報セキュリティの基本。'),
	]);

	it('counts only pages that contain the term, and choosing a counted value lists exactly that many', async () => {
		for (const query of ['セキュリティー', 'セキュリティ', 'ステアリング', 'ティー']) {
			const { hits, terms, verified } = await engine.search({ query });
			expect(verified).toBe(true);
			// Every hit passes the check the list applies, so the list is the hits.
			for (const hit of hits) expect(await engine.check(hit, terms), query).not.toBeNull();
			for (const facet of ['section', 'industry']) {
				for (const [value, count] of await engine.facetCounts(hits, facet)) {
					const chosen = await engine.search({ query, filters: { [facet]: [value] } });
					expect([query, facet, value, chosen.hits.length]).toEqual([query, facet, value, count]);
				}
			}
		}
		const { hits } = await engine.search({ query: 'セキュリティー' });
		expect(Object.fromEntries(await engine.facetCounts(hits, 'section'))).toEqual({ guideline: 1, sme: 1, case: 1 });
	});
});

describe('spelling variants', () => {
	const engine = engineFor([
		page('/cases/1-a/', 'アルファ', '全社で取り組みを進めた。'),
		page('/cases/2-b/', 'ベータ', 'DXの取組を紹介する。'),
		page('/cases/3-c/', 'ガンマ', '情報セキュリティーの取組み。'),
		page('/glossary/', '用語集', 'コンピュータとサーバ。'),
	]);

	it('finds every spelling of a word, the exact spelling first', async () => {
		expect(await urls(engine, '取り組み')).toEqual(['/cases/1-a/', '/cases/2-b/', '/cases/3-c/']);
		// 取組み contains 取組 as written: an exact match for 取組.
		expect(await urls(engine, '取組')).toEqual(['/cases/2-b/', '/cases/3-c/', '/cases/1-a/']);
		expect(await urls(engine, '取組み')).toEqual(['/cases/3-c/', '/cases/1-a/', '/cases/2-b/']);
		expect(await urls(engine, 'セキュリティ')).toEqual(['/cases/3-c/']);
		expect(await urls(engine, 'コンピューター サーバー')).toEqual(['/glossary/']);
		const { hits } = await engine.search({ query: '取組' });
		expect(hits.map((hit) => hit.exact)).toEqual([true, true, false]);
	});

	it('marks the spelling found in the page, not the one searched for', async () => {
		const { terms, hits } = await engine.search({ query: '取組' });
		const marked = await Promise.all(
			hits.map(async (hit) => (await engine.check(hit, terms))!.excerpt.filter((part) => part.mark).map((p) => p.text)),
		);
		expect(marked).toEqual([['取組'], ['取組み'], ['取り組み']]);
		const security = await engine.search({ query: 'セキュリティー' });
		const excerpt = (await engine.check(security.hits[0]!, security.terms))!.excerpt;
		expect(excerpt.filter((part) => part.mark).map((part) => part.text)).toEqual(['セキュリティー']);
	});
});
