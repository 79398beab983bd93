import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { buildIndex, type IndexedPage } from './build-index.ts';
import { extractPage } from './extract-page.ts';
import { LOCALES, localeOf, type Locale } from './site-sections.ts';

/** The folder under the site root that holds the index. */
export const INDEX_DIR = 'search-index';

/** What indexing a built site did, for the build log and the benchmark. */
export interface IndexStats {
	pages: Record<Locale, number>;
	files: number;
	bytes: number;
}

/** Indexes every HTML page of a built site into `<siteDir>/search-index/<lang>/`. */
export function indexSite(siteDir: string): IndexStats {
	// One language at a time, so only one language's pages and postings are in memory at once.
	const byLocale: Record<Locale, string[]> = { ja: [], en: [] };
	for (const file of htmlFiles(siteDir)) byLocale[localeOf(urlOf(relative(siteDir, file)))].push(file);
	const out = join(siteDir, INDEX_DIR);
	rmSync(out, { recursive: true, force: true });
	const stats: IndexStats = { pages: { ja: 0, en: 0 }, files: 0, bytes: 0 };
	for (const lang of Object.keys(LOCALES) as Locale[]) {
		const pages: IndexedPage[] = [];
		for (const file of byLocale[lang]) {
			const page = extractPage(readFileSync(file, 'utf8'));
			if (page) pages.push({ url: urlOf(relative(siteDir, file)), page });
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

/** The site-relative URL of a built file: `a/b/index.html` → `/a/b/`. */
export function urlOf(path: string): string {
	const parts = path.split(sep).join('/');
	if (parts === 'index.html') return '/';
	if (parts.endsWith('/index.html')) return `/${parts.slice(0, -'index.html'.length)}`;
	return `/${parts}`;
}

function htmlFiles(dir: string): string[] {
	const found: string[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (entry.isFile() && entry.name.endsWith('.html')) found.push(join(entry.parentPath, entry.name));
	}
	return found.sort();
}
