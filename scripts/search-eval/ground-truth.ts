import { readFileSync } from 'node:fs';
import { builtPages } from '../../src/postbuild/built-pages.ts';
import { normalizeText } from '../../src/core/search/normalize.ts';
import { queryTerms } from '../../src/core/search/tokens.ts';
import { extractPage } from '../../src/postbuild/search-index/extract-page.ts';
import { langOfPath, type Lang } from '../../src/core/locale.ts';

/** The searchable text of every page of a built site, NFKC-normalised, by language. */
export type SiteTexts = Record<Lang, { url: string; text: string }[]>;

/**
 * Reads a built site the way the indexer does (same page text) but answers by plain substring
 * search over the whole text: the ground truth the engine is measured against.
 */
export function readSiteTexts(siteDir: string): SiteTexts {
	const texts: SiteTexts = { ja: [], en: [] };
	for (const { file, url } of builtPages(siteDir)) {
		const page = extractPage(readFileSync(file, 'utf8'));
		if (page) texts[langOfPath(url)].push({ url, text: normalizeText(page.text) });
	}
	return texts;
}

/** The pages whose text contains every term of the query. */
export function expectedPages(texts: SiteTexts, lang: Lang, query: string): Set<string> {
	const terms = queryTerms(query);
	if (terms.length === 0) return new Set();
	return new Set(texts[lang].filter(({ text }) => terms.every((term) => text.includes(term))).map(({ url }) => url));
}
