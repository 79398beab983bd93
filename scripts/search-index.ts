/**
 * `npm run search:index -- [--site DIR]`: (re)builds the search index of a built site (default
 * `dist/`). `npm run build` already does this; the command exists for the benchmark, which times
 * indexing on its own.
 */
import { parseArgs } from 'node:util';
import { indexSite } from '../src/postbuild/search-index/index-site.ts';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
const started = performance.now();
const stats = indexSite(values.site);
console.log(
	`${stats.pages.ja} ja + ${stats.pages.en} en pages → ${stats.files} files, ${(stats.bytes / 1e6).toFixed(2)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
