import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { normalizeText } from '../../../../src/search/normalize.ts';
import { queryTerms } from '../../../../src/search/tokens.ts';
import { extractPage } from '../extract-page.ts';
import { urlOf } from '../index-site.ts';
import { localeOf, type Locale } from '../site-sections.ts';

/** The searchable text of every page of a built site, NFKC-normalised, by language. */
export type SiteTexts = Record<Locale, { url: string; text: string }[]>;

/**
 * Reads a built site the way the indexer does (same page text) but answers by plain substring
 * search over the whole text: the ground truth the engine is measured against.
 */
export function readSiteTexts(siteDir: string): SiteTexts {
	const texts: SiteTexts = { ja: [], en: [] };
	for (const entry of readdirSync(siteDir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
		const file = join(entry.parentPath, entry.name);
		const page = extractPage(readFileSync(file, 'utf8'));
		if (!page) continue;
		const url = urlOf(relative(siteDir, file));
		texts[localeOf(url)].push({ url, text: normalizeText(page.text) });
	}
	return texts;
}

/** The pages whose text contains every term of the query. */
export function expectedPages(texts: SiteTexts, lang: Locale, query: string): Set<string> {
	const terms = queryTerms(query);
	if (terms.length === 0) return new Set();
	return new Set(texts[lang].filter(({ text }) => terms.every((term) => text.includes(term))).map(({ url }) => url));
}
