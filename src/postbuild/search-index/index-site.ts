import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { builtPages, type BuiltPage } from '../built-pages.ts';
import { LANGS, langOfPath, type Lang } from '../../core/locale.ts';
import { buildIndex, type IndexedPage } from './build-index.ts';
import { extractPage } from './extract-page.ts';

/** The folder under the site root that holds the index. */
export const INDEX_DIR = 'search-index';

/** What indexing a built site did, for the build log and the benchmark. */
export interface IndexStats {
	pages: Record<Lang, number>;
	files: number;
	bytes: number;
}

/** Indexes every HTML page of a built site into `<siteDir>/search-index/<lang>/`. */
export function indexSite(siteDir: string): IndexStats {
	// One language at a time, so only one language's pages and postings are in memory at once.
	const byLang: Record<Lang, BuiltPage[]> = { ja: [], en: [] };
	for (const built of builtPages(siteDir)) byLang[langOfPath(built.url)].push(built);
	const out = join(siteDir, INDEX_DIR);
	rmSync(out, { recursive: true, force: true });
	const stats: IndexStats = { pages: { ja: 0, en: 0 }, files: 0, bytes: 0 };
	for (const lang of LANGS) {
		const pages: IndexedPage[] = [];
		for (const { file, url } of byLang[lang]) {
			const page = extractPage(readFileSync(file, 'utf8'));
			if (page) pages.push({ url, page });
		}
		stats.pages[lang] = pages.length;
		for (const [path, bytes] of buildIndex(lang, pages)) {
			const target = join(out, lang, path);
			mkdirSync(dirname(target), { recursive: true });
			writeFileSync(target, bytes);
			stats.files++;
			stats.bytes += bytes.length;
		}
	}
	return stats;
}
