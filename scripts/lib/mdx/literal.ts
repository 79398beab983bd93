import type { Nodes, Root, RootContent } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

const SAFE_URL = /^(https?:|mailto:|#|\/(?!\/))/i;

/**
 * Makes an mdast tree parsed from a source document safe to publish as MDX: raw HTML becomes
 * literal text (a source's `<script>` is shown, not run), and links or images whose URL is not
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
		if ((node.type === 'link' || node.type === 'image') && !SAFE_URL.test(node.url)) {
			const label = node.type === 'image' ? `![${node.alt ?? ''}](${node.url})` : null;
			parent.children[index] = (label
				? { type: 'text', value: label }
				: { type: 'text', value: `[${node.children.map((child) => ('value' in child ? child.value : '')).join('')}](${node.url})` }) as never;
			return SKIP;
		}
		return undefined;
	});
	return tree;
}
