import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** The attribute that holds the URL of each element that links to or loads something. */
const URL_PROPERTY: Record<string, 'href' | 'src'> = {
	a: 'href',
	area: 'href',
	link: 'href',
	img: 'src',
	script: 'src',
	source: 'src',
};

/**
 * The URLs a page links to or loads, as written, in document order.
 * @param tree The parsed page.
 * @param options `ownUrls: false` leaves out the page's links to its own URL and its translations
 *   (`rel=canonical`, `hreflang`): the 404 page is served at any URL, and Starlight gives it a
 *   canonical `/404/` that no file answers.
 */
export function pageLinks(tree: Root, options: { ownUrls: boolean } = { ownUrls: true }): string[] {
	const links: string[] = [];
	// One walk with a lookup per element: hast-util-select would walk the tree once per selector,
	// which at thousands of pages costs as much as parsing them.
	visit(tree, 'element', (element: Element) => {
		const property = URL_PROPERTY[element.tagName];
		if (!property) return;
		const url = element.properties[property];
		if (url === undefined || url === null) return;
		if (!options.ownUrls && isOwnUrl(element)) return;
		links.push(String(url));
	});
	return links;
}

/**
 * The fragment targets of a page: every `id`, and the `name` of `<a>` elements (which browsers
 * also scroll to).
 * @param tree The parsed page.
 */
export function pageAnchors(tree: Root): Set<string> {
	const anchors = new Set<string>();
	visit(tree, 'element', (element: Element) => {
		const { id, name } = element.properties;
		if (id !== undefined && id !== null) anchors.add(String(id));
		if (element.tagName === 'a' && name !== undefined && name !== null) anchors.add(String(name));
	});
	return anchors;
}

/** Whether an element names the page's own URL or a translation of it. */
function isOwnUrl(element: Element): boolean {
	const rel = element.properties.rel;
	return (Array.isArray(rel) && rel.includes('canonical')) || element.properties.hrefLang !== undefined;
}
