import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { inject } from 'vitest';

/** The built fixture site's `dist/` (see global-setup.ts). */
export const dist = () => join(inject('siteRoot'), 'dist');

let pages: { dist: string; paths: string[] } | undefined;
const trees = new Map<string, Root>();

/** URL paths of every built HTML page, e.g. `/cases/` (read once per test file). */
export function htmlPages(): string[] {
	if (pages?.dist === dist()) return pages.paths;
	const paths = readdirSync(dist(), { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map(
			(entry) =>
				`/${relative(dist(), join(entry.parentPath, entry.name))
					.replace(/index\.html$/, '')
					.replace(/\.html$/, '')}`,
		);
	pages = { dist: dist(), paths };
	return paths;
}

/**
 * Parses a built page by its URL path, once per test file: the tree is shared, so a test that
 * changes it must work on a copy (`structuredClone`), as textInOwnLanguage does.
 */
export function page(path: string): Root {
	const file = join(dist(), path.endsWith('/') ? `${path}index.html` : `${path}.html`);
	let tree = trees.get(file);
	if (!tree) {
		tree = fromHtml(readFileSync(file, 'utf8'));
		trees.set(file, tree);
	}
	return tree;
}

/** The `<html lang>` of a page. */
export function htmlLang(tree: Root): string {
	return String(select('html', tree)?.properties.lang ?? '');
}

/** Text of an element with the parts in another language (`lang` attribute) left out. */
export function textInOwnLanguage(element: Element, lang: string): string {
	const copy = structuredClone(element);
	for (const other of selectAll('[lang]', copy)) {
		if (other.properties.lang !== lang) other.children = [];
	}
	return toText(copy);
}

export { select, selectAll, toText };
