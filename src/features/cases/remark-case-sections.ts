import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { setHeadingId } from '../../core/heading-id.ts';

/**
 * Gives each numbered section of a case page (`## 5. 成果・効果`) the id `section-5`, so that the
 * guideline can cite a case section by the template's number. Only `src/content/cases/` is touched.
 */
export function remarkCaseSections() {
	return (tree: Root, file: VFile) => {
		if (!/[\\/]src[\\/]content[\\/]cases[\\/]/.test(file.path ?? '')) return;
		visit(tree, 'heading', (heading) => {
			if (heading.depth !== 2) return;
			const match = /^(\d+)\s*[.．]/.exec(toString(heading));
			if (match) setHeadingId(heading, `section-${match[1]}`);
		});
	};
}
