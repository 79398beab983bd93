import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { slideAnchor, slideNumberOfHeading } from '../../core/slide-heading.ts';
import { setHeadingId } from '../../core/heading-id.ts';

/**
 * Gives each slide heading of a policy chapter (`## スライド 14: …`) the id `slide-14`, the
 * anchor recorded in the chapter's frontmatter. Derived from the slide number, not the title, so
 * a link to a slide survives a corrected title. Only files under `src/content/policy/` are touched.
 */
export function remarkSlideAnchors() {
	return (tree: Root, file: VFile) => {
		if (!/[\\/]src[\\/]content[\\/]policy[\\/]/.test(file.path ?? '')) return;
		visit(tree, 'heading', (heading) => {
			if (heading.depth !== 2) return;
			const n = slideNumberOfHeading(toString(heading));
			if (n !== undefined) setHeadingId(heading, slideAnchor(n));
		});
	};
}
