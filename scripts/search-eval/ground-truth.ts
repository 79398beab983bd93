import { readFileSync } from 'node:fs';
import { builtPages } from '../../src/postbuild/built-pages.ts';
import { foldText } from '../../src/core/search/normalize.ts';
import { spellingsOf } from './spellings.ts';
import { extractPage } from '../../src/postbuild/search-index/extract-page.ts';
import { langOfPath, type Lang } from '../../src/core/locale.ts';

/** The searchable text of every page of a built site, width and case folded (`foldText`), by language. */
export type SiteTexts = Record<Lang, { url: string; text: string }[]>;

/**
 * Reads a built site the way the indexer does (same page text) but answers by plain substring
 * search over the whole text: the ground truth the engine is measured against.
 */
export function readSiteTexts(siteDir: string): SiteTexts {
	const texts: SiteTexts = { ja: [], en: [] };
	for (const { file, url } of builtPages(siteDir)) {
		const page = extractPage(readFileSync(file, 'utf8'));
		if (page) texts[langOfPath(url)].push({ url, text: foldText(page.text) });
	}
	return texts;
}

/**
 * Which pages are relevant: `exact`, those containing every term as written; `variants`, those
 * containing some spelling of every term (取り組み: also 取組, 取組み, 取り組む …; see `spellings.ts`).
 */
export type Truth = 'exact' | 'variants';

/** The pages whose text contains every term of the query (as written, or in any spelling). */
export function expectedPages(texts: SiteTexts, lang: Lang, query: string, truth: Truth = 'exact'): Set<string> {
	const terms = [...new Set(foldText(query).split(' ').filter(Boolean))].map((term) =>
		truth === 'exact' ? [term] : [...spellingsOf(term)],
	);
	if (terms.length === 0) return new Set();
	return new Set(
		texts[lang]
			.filter(({ text }) => terms.every((spellings) => spellings.some((spelling) => text.includes(spelling))))
			.map(({ url }) => url),
	);
}
