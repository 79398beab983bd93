import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fromHtml } from 'hast-util-from-html';
import { builtPages } from './lib/built-pages.ts';
import { contentSecurityPolicy } from './lib/csp-policy.ts';
import { cspMetaEdit } from './lib/csp-meta.ts';
import { headersFile } from './lib/headers-file.ts';
import { applyEdits } from './lib/html-edits.ts';
import { inlineScriptHashes } from './lib/script-hashes.ts';

/**
 * After the build, gives every page a strict Content-Security-Policy in a `<meta>` (its own
 * inline scripts' hashes), and writes `_headers` with the site-wide policy, security and cache
 * headers. It reads the final HTML, so it must run after every step that writes HTML or scripts:
 * keep it last in `integrations`.
 *
 * Astro's `security.csp` is not used: it leaves Starlight's inline scripts unhashed, and
 * hashing the pages as written is what the browser checks.
 */
export function csp(): AstroIntegration {
	return {
		name: 'csp',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const allHashes = new Set<string>();
				const pages = builtPages(root);
				for (const page of pages) {
					const html = readFileSync(page.file, 'utf8');
					const tree = fromHtml(html);
					const hashes = inlineScriptHashes(tree);
					for (const hash of hashes) allHashes.add(hash);
					const edit = cspMetaEdit(html, tree, contentSecurityPolicy(hashes, 'meta'));
					if (!edit) throw new Error(`${page.name}: no <head> to put the Content-Security-Policy in`);
					writeFileSync(page.file, applyEdits(html, [edit]));
				}
				const entries = readdirSync(root, { withFileTypes: true }).map((entry) => ({
					name: entry.name,
					folder: entry.isDirectory(),
				}));
				const policy = contentSecurityPolicy([...allHashes].sort(), 'header');
				writeFileSync(join(root, '_headers'), headersFile(policy, entries));
				logger.info(`CSP on ${pages.length} pages (${allHashes.size} inline script hashes); _headers written`);
			},
		},
	};
}
