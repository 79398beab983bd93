import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { authoredUrl } from '../../core/urls.ts';

/** Attributes of components written as JSX that hold a link (`<LinkCard href="/cases/">`, `<img src>`). */
const URL_ATTRIBUTES = new Set(['href', 'src']);

/**
 * Puts the site's base in front of the links authors write from the site's root: Markdown links,
 * images and definitions (`[事例](/cases/)`), and the string `href`/`src` of JSX elements
 * (`<LinkCard href="/en/sme/estimator/">`). Content names pages by their site path, the same on
 * any deployment; neither Astro nor Starlight rewrites links in content (withastro/starlight#932).
 */
export function remarkSiteLinks() {
	return (tree: Root) => {
		visit(tree, (node) => {
			if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
				node.url = authoredUrl(node.url);
			} else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
				for (const attribute of node.attributes) {
					if (attribute.type === 'mdxJsxAttribute' && URL_ATTRIBUTES.has(attribute.name)) {
						if (typeof attribute.value === 'string') attribute.value = authoredUrl(attribute.value);
					}
				}
			}
		});
	};
}
