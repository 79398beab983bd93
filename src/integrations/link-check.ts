import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fromHtml } from 'hast-util-from-html';
import { brokenLinks, type PageLinkData } from './lib/broken-links.ts';
import { builtPages } from './lib/built-pages.ts';
import { externalRelEdits } from './lib/external-rel.ts';
import { applyEdits } from './lib/html-edits.ts';
import { pageAnchors, pageLinks } from './lib/page-links.ts';

/**
 * After the build, checks every internal link and `#anchor` of every page against the built
 * HTML (a broken one fails the build, naming page and link), and gives links to other sites
 * `rel="noopener noreferrer"`.
 */
export function linkCheck(): AstroIntegration {
	let origin = 'http://localhost';
	return {
		name: 'link-check',
		hooks: {
			'astro:config:done': ({ config }) => {
				if (config.site) origin = new URL(config.site).origin;
			},
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const anchors = new Map<string, Set<string>>();
				const pages: PageLinkData[] = [];
				for (const page of builtPages(root)) {
					const html = readFileSync(page.file, 'utf8');
					const tree = fromHtml(html);
					anchors.set(page.url, pageAnchors(tree));
					const ownUrls = !page.name.endsWith('404.html');
					pages.push({ url: page.url, links: pageLinks(tree, { ownUrls }) });
					const edits = externalRelEdits(html, tree, origin);
					if (edits.length > 0) writeFileSync(page.file, applyEdits(html, edits));
				}
				const fileExists = (path: string) => {
					const file = join(root, path);
					return existsSync(file) && statSync(file).isFile();
				};
				const broken = brokenLinks(pages, { origin, anchors, fileExists });
				for (const link of broken) logger.error(`${link.page}: broken link ${link.href} (${link.reason})`);
				if (broken.length > 0) {
					throw new Error(`${broken.length} broken link(s) on ${new Set(broken.map((b) => b.page)).size} page(s)`);
				}
				const count = pages.reduce((sum, page) => sum + page.links.length, 0);
				logger.info(`${count} links on ${pages.length} pages resolve`);
			},
		},
	};
}
