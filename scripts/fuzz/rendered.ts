import type { Element, ElementContent, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Seen } from './case-file.ts';

/**
 * The elements and attributes the site's pipeline makes of plain text: headings with their ids,
 * paragraphs, lists, tables, the `<case-facts>` slots, links of bare URLs and e-mail addresses,
 * and for slide decks emphasis, strong and block quotes. Anything else in a rendered narrative
 * came from a source's text.
 */
const ALLOWED: Record<string, readonly string[]> = {
	h2: ['id'],
	h3: ['id'],
	p: [],
	ul: [],
	ol: ['start'],
	li: [],
	table: [],
	thead: [],
	tbody: [],
	tr: [],
	th: [],
	td: [],
	a: ['href'],
	em: [],
	strong: [],
	blockquote: [],
	'case-facts': ['of', 'kind'],
};

/**
 * Every element or attribute of rendered HTML that plain text cannot have become (a `<style>`, an
 * `onerror`, an `<img>`, a link that is not http(s) or mailto …), as `<tag attribute>` strings.
 * @param html A rendered narrative.
 */
export function foreignMarkup(html: string): string[] {
	const found: string[] = [];
	const walk = (nodes: Array<RootContent | ElementContent>) => {
		for (const node of nodes) {
			if (node.type === 'comment') found.push('<!-- comment -->');
			if (node.type !== 'element') continue;
			const allowed = ALLOWED[node.tagName];
			if (!allowed) found.push(`<${node.tagName}>`);
			for (const name of Object.keys(node.properties)) {
				if (!allowed?.includes(name)) found.push(`<${node.tagName} ${name}>`);
			}
			const href = node.properties.href;
			if (node.tagName === 'a' && !/^(https?:|mailto:)/i.test(String(href))) found.push(`<a href="${String(href)}">`);
			walk(node.children);
		}
	};
	walk(fromHtml(html, { fragment: true }).children);
	return found;
}

/**
 * What a reader sees of a rendered narrative, block by block: each heading, paragraph, list item
 * and table cell with its text, and each `<case-facts>` slot.
 * @param html A rendered narrative.
 */
export function seenBlocks(html: string): Seen[] {
	const seen: Seen[] = [];
	const walk = (nodes: Array<RootContent | ElementContent>) => {
		for (const node of nodes) {
			if (node.type !== 'element') continue;
			const tag = node.tagName;
			if (tag === 'h2' || tag === 'h3' || tag === 'p' || tag === 'li' || tag === 'th' || tag === 'td')
				seen.push({ tag, text: textOf(node) });
			else if (tag === 'case-facts') {
				const { of, kind } = node.properties;
				seen.push({ tag, of: String(of), ...(kind === undefined ? {} : { kind: String(kind) }) });
			} else walk(node.children);
		}
	};
	walk(fromHtml(html, { fragment: true }).children);
	return seen;
}

/** An element's text, as the browser's `textContent` gives it. */
function textOf(element: Element): string {
	return element.children
		.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? textOf(child) : ''))
		.join('');
}
