import type { Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

const SAFE_URL = /^(https?:|mailto:|#|\/(?!\/))/i;

/**
 * Makes an mdast tree parsed from a source document safe to publish as MDX: raw HTML becomes
 * literal text (a source's `<script>` is shown, not run), images and links whose URL is not
 * http(s), mailto or site-relative become their literal text (no `javascript:` URLs).
 * @param tree A tree parsed from CommonMark source text; changed in place.
 */
export function literalise<T extends Root | RootContent>(tree: T): T {
	visit(tree as Nodes, (node, index, parent) => {
		if (!parent || index === undefined) return;
		if (node.type === 'html') {
			parent.children[index] = { type: 'text', value: node.value } as never;
			return SKIP;
		}
		if (node.type === 'image' || ((node.type === 'link' || node.type === 'definition') && !SAFE_URL.test(node.url))) {
			// Images are shown as their Markdown text too: a source must not make the page load
			// anything from elsewhere.
			parent.children[index] = { type: 'text', value: sourceText(node) } as never;
			return SKIP;
		}
		return undefined;
	});
	return tree;
}

/** The Markdown a link, image or definition was written as, rebuilt from its parts. */
function sourceText(node: Nodes): string {
	if (node.type === 'image') return `![${node.alt ?? ''}](${node.url})`;
	if (node.type === 'definition') return `[${node.label ?? node.identifier}]: ${node.url}`;
	if (node.type === 'link') return `[${toString(node)}](${node.url})`;
	return toString(node);
}
