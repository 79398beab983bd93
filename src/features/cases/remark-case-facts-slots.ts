import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { caseFileProblems } from '../../core/mdx/case-file-rules.ts';

/** The element a `<CaseFacts>` becomes in the rendered HTML, for the case page to fill in. */
export const SLOT_TAG = 'case-facts';

/**
 * For case files, which are MDX restricted to Markdown plus `<CaseFacts of="…" kind="…" />` and
 * `{/* comments *\/}` (src/core/mdx/case-file-rules.ts; remark-mdx must be in the pipeline so they
 * parse with MDX's grammar). Each `<CaseFacts>` becomes an empty `<case-facts of="…" kind="…">`
 * element that the case page replaces with the component; a comment (an author's note) renders
 * nothing. The case-files loader checks a file with the same rules before rendering it, so the
 * error thrown here, all of a file's problems at `path:line:col`, only guards other callers.
 * Source text never reaches the page as markup: MDX's grammar has no raw HTML, and the importer
 * escapes text when it writes it.
 */
export function remarkCaseFactsSlots() {
	return (tree: Root, file: VFile) => {
		const problems = caseFileProblems(tree);
		if (problems.length > 0) {
			const at = (place: (typeof problems)[number]['place']) => `${place?.line ?? 1}:${place?.column ?? 1}`;
			throw new Error(problems.map((p) => `${file.path}:${at(p.place)}: ${p.message} (${p.rule})`).join('\n'));
		}
		visit(tree, (node, index, parent) => {
			if (node.type === 'mdxJsxFlowElement') {
				node.data = { hName: SLOT_TAG, hProperties: attributesOf(node) } as typeof node.data;
				return SKIP;
			}
			if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && parent && index !== undefined) {
				parent.children.splice(index, 1);
				return index;
			}
			return undefined;
		});
	};
}

function attributesOf(node: MdxJsxFlowElement): Record<string, unknown> {
	return Object.fromEntries(node.attributes.map((a) => [(a as { name: string }).name, a.value]));
}
