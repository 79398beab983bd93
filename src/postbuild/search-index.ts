import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { indexSite } from './search-index/index-site.ts';

/**
 * Builds the site's search index from the finished HTML, after every page is written. Replaces
 * Starlight's Pagefind step (`pagefind: false` in the Starlight config): see src/core/search/tokens.ts
 * for why the index is an n-gram index of our own.
 */
export function searchIndex(): AstroIntegration {
	return {
		name: 'industrial-ai-guide:search-index',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const started = performance.now();
				const stats = indexSite(fileURLToPath(dir));
				const seconds = ((performance.now() - started) / 1000).toFixed(1);
				logger.info(
					`indexed ${stats.pages.ja} ja + ${stats.pages.en} en pages: ${stats.files} files, ${(stats.bytes / 1e6).toFixed(1)} MB in ${seconds} s`,
				);
			},
		},
	};
}
