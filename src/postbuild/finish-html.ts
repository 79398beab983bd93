import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { brokenLinks, type PageLinkData } from './finish-html/broken-links.ts';
import { builtPages } from './built-pages.ts';
import { contentSecurityPolicy } from './finish-html/csp-policy.ts';
import { headersFile } from './finish-html/headers-file.ts';
import { applyEdits } from './finish-html/html-edits.ts';
import { interner, scanPage } from './finish-html/page-scan.ts';
import { basePath } from '../core/urls.ts';

/**
 * After the build, in one read and one parse of every page:
 * - checks every internal link and `#anchor` against the built HTML (a broken one fails the
 *   build, naming page and link);
 * - gives links to other sites `rel="noopener noreferrer"`;
 * - gives every page a strict Content-Security-Policy in a `<meta>` (its own inline scripts'
 *   hashes), and writes `_headers` with the site-wide policy, security and cache headers.
 *
 * It hashes the final HTML, so it must run after every step that writes HTML or scripts: keep it
 * last in `integrations`. Astro's `security.csp` is not used: it leaves Starlight's inline scripts
 * unhashed, and hashing the pages as written is what the browser checks.
 */
export function finishHtml(): AstroIntegration {
	let origin = 'http://localhost';
	let base = '/';
	return {
		name: 'finish-html',
		hooks: {
			'astro:config:done': ({ config }) => {
				if (config.site) origin = new URL(config.site).origin;
				base = config.base;
				// The pages learn the base from Astro (import.meta.env.BASE_URL), the steps that run in
				// plain Node (remark plugins, the search index) from SITE_URL: a base set any other way
				// (`astro build --base`) would give them different URLs.
				if (basePath() !== base) {
					throw new Error(
						`base ${base} is not the path of SITE_URL (${basePath()}): set the base through SITE_URL (astro.config.mjs)`,
					);
				}
			},
			'astro:build:done': ({ dir, logger }) => {
				const started = performance.now();
				const root = fileURLToPath(dir);
				const anchors = new Map<string, Set<string>>();
				const pages: PageLinkData[] = [];
				const allHashes = new Set<string>();
				const built = builtPages(root);
				// One string per distinct link or id, shared by every page that has it (see ScanOptions.keep).
				const keep = interner();
				for (const page of built) {
					const html = readFileSync(page.file, 'utf8');
					const scan = scanPage(html, { origin, ownUrls: !page.name.endsWith('404.html'), keep });
					anchors.set(page.url, scan.anchors);
					pages.push({ url: page.url, links: scan.links });
					for (const hash of scan.scriptHashes) allHashes.add(hash);
					if (scan.cspOffset === undefined)
						throw new Error(`${page.name}: no <head> to put the Content-Security-Policy in`);
					const policy = contentSecurityPolicy(scan.scriptHashes, 'meta').replaceAll('"', '&quot;');
					const meta = {
						offset: scan.cspOffset,
						length: 0,
						text: `<meta http-equiv="Content-Security-Policy" content="${policy}">`,
					};
					writeFileSync(page.file, applyEdits(html, [...scan.relEdits, ...scan.tableEdits, meta]));
				}
				const fileExists = (path: string) => statSync(join(root, path), { throwIfNoEntry: false })?.isFile() ?? false;
				const broken = brokenLinks(pages, { origin, base, anchors, fileExists });
				for (const link of broken) logger.error(`${link.page}: broken link ${link.href} (${link.reason})`);
				if (broken.length > 0) {
					throw new Error(`${broken.length} broken link(s) on ${new Set(broken.map((b) => b.page)).size} page(s)`);
				}
				const entries = readdirSync(root, { withFileTypes: true }).map((entry) => ({
					name: entry.name,
					folder: entry.isDirectory(),
				}));
				writeFileSync(
					join(root, '_headers'),
					headersFile(contentSecurityPolicy([...allHashes].sort(), 'header'), entries, base),
				);
				const count = pages.reduce((sum, page) => sum + page.links.length, 0);
				logger.info(
					`${count} links on ${pages.length} pages resolve; CSP on every page (${allHashes.size} inline script hashes); _headers written in ${((performance.now() - started) / 1000).toFixed(1)} s`,
				);
			},
		},
	};
}
