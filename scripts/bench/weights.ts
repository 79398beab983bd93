import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Size of a built site. */
export interface OutputSize {
	/** All files, in bytes. */
	bytes: number;
	files: number;
	htmlPages: number;
	/** The search index folder alone (`search-index/`, or `pagefind/` for plain Starlight), in bytes. */
	searchBytes: number;
}

/** Walks a built site and adds up its files. */
export function outputSize(dist: string): OutputSize {
	let bytes = 0;
	let files = 0;
	let htmlPages = 0;
	let searchBytes = 0;
	for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		const size = statSync(path).size;
		bytes += size;
		files++;
		if (entry.name.endsWith('.html')) htmlPages++;
		if (path.startsWith(join(dist, 'pagefind')) || path.startsWith(join(dist, 'search-index'))) searchBytes += size;
	}
	return { bytes, files, htmlPages, searchBytes };
}

/** Gzipped bytes of a page's HTML and of the CSS and JS files it loads. */
export interface PageWeight {
	/** URL path of the page measured. */
	path: string;
	htmlGzip: number;
	cssGzip: number;
	jsGzip: number;
	/** Bytes of inline `<script>` text (gzipped with the HTML). */
	inlineScript: number;
	cssFiles: string[];
	jsFiles: string[];
}

/**
 * Weighs one built page the way a browser loads it: the HTML, the stylesheets it links and the
 * module scripts it loads or preloads, each gzipped (level 6, as static hosts commonly serve).
 * @param dist The built site.
 * @param path URL path of the page, e.g. `/cases/10001-x/`.
 */
export function pageWeight(dist: string, path: string): PageWeight {
	const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
	const attr = (pattern: RegExp) =>
		[...html.matchAll(pattern)].map((m) => m[1] ?? '').filter((href) => href.startsWith('/'));
	const cssFiles = [
		...new Set(
			attr(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g).concat(
				attr(/<link[^>]+href="([^"]+\.css)"[^>]*rel="stylesheet"/g),
			),
		),
	];
	const jsFiles = [
		...new Set([
			...attr(/<script[^>]+src="([^"]+)"/g),
			...attr(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
			...attr(/import\("([^"]+\.js)"\)/g),
		]),
	];
	const gz = (file: string) => (existsSync(join(dist, file)) ? gzipSync(readFileSync(join(dist, file))).length : 0);
	const inlineScript = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce(
		(sum, m) => sum + (m[1] ?? '').length,
		0,
	);
	return {
		path,
		htmlGzip: gzipSync(html).length,
		cssGzip: cssFiles.reduce((sum, file) => sum + gz(file), 0),
		jsGzip: jsFiles.reduce((sum, file) => sum + gz(file), 0),
		inlineScript,
		cssFiles,
		jsFiles,
	};
}

/** The URL path of one built page under `prefix` (the first in name order), e.g. a case page. */
export function firstPageUnder(dist: string, prefix: string): string | null {
	const folder = join(dist, prefix);
	if (!existsSync(folder)) return null;
	const name = readdirSync(folder, { withFileTypes: true })
		.filter(
			(entry) => entry.isDirectory() && existsSync(join(folder, entry.name, 'index.html')) && !/^\d+$/.test(entry.name),
		)
		.map((entry) => entry.name)
		.sort()[0];
	return name ? `/${prefix}/${name}/` : null;
}
