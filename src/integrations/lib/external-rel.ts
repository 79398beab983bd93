import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { startTagEnd, type HtmlEdit } from './html-edits.ts';

/** What an external link's `rel` must hold: no `window.opener` for the target, no Referer sent. */
const REQUIRED = ['noopener', 'noreferrer'];

/**
 * Edits that give every link to another site `rel="noopener noreferrer"` (keeping any other
 * `rel` values), by rewriting just the link's start tag.
 * @param html The page.
 * @param tree The page, parsed.
 * @param origin The site's own origin (`https://example.org`); links elsewhere are external.
 */
export function externalRelEdits(html: string, tree: Root, origin: string): HtmlEdit[] {
	const edits: HtmlEdit[] = [];
	visit(tree, 'element', (link: Element) => {
		if (link.tagName !== 'a' && link.tagName !== 'area') return;
		if (typeof link.properties.href !== 'string' || !isExternal(link.properties.href, origin)) return;
		const rel = relTokens(link);
		if (REQUIRED.every((token) => rel.includes(token))) return;
		const start = link.position?.start.offset;
		if (start === undefined) return;
		const end = startTagEnd(html, start);
		edits.push({ offset: start, length: end - start, text: startTag(link, [...rel, ...REQUIRED]) });
	});
	return edits;
}

/** Whether a URL leads to another site over http(s). */
export function isExternal(href: string, origin: string): boolean {
	if (!URL.canParse(href)) return false;
	const url = new URL(href);
	return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin !== origin;
}

function relTokens(link: Element): string[] {
	// hast reads `rel` as a space-separated list.
	const rel = link.properties.rel;
	return Array.isArray(rel) ? rel.map(String) : [];
}

/** The start tag of an element with a new `rel`, serialised the way Astro writes attributes. */
function startTag(element: Element, rel: string[]): string {
	const copy: Element = { ...element, properties: { ...element.properties, rel: [...new Set(rel)] }, children: [] };
	const html = toHtml(copy);
	return html.slice(0, html.lastIndexOf(`</${element.tagName}>`));
}
