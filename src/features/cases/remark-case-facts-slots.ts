import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { CHALLENGE_KINDS, FACT_KINDS } from '../../core/schemas/case.ts';

/** The element a `<CaseFacts>` becomes in the rendered HTML, for the case page to fill in. */
export const SLOT_TAG = 'case-facts';

/**
 * For case files, which are MDX restricted to Markdown plus `<CaseFacts of="…" kind="…" />`
 * (remark-mdx must be in the pipeline so they parse with MDX's grammar). Each `<CaseFacts>`
 * becomes an empty `<case-facts of="…" kind="…">` element that the case page replaces with the
 * component; anything else MDX could run or render (other JSX, `{expressions}`, `import` and
 * `export`) is an error naming its place, all of a file's at once. Source text never reaches
 * the page as markup: MDX's grammar has no raw HTML, and text is escaped when written out.
 */
export function remarkCaseFactsSlots() {
	return (tree: Root, file: VFile) => {
		const problems: string[] = [];
		const problem = (node: { position?: { start: { line: number; column: number } } }, message: string) => {
			const start = node.position?.start;
			problems.push(`${file.path}:${start?.line ?? 1}:${start?.column ?? 1}: ${message}`);
		};
		visit(tree, (node) => {
			switch (node.type) {
				case 'mdxJsxFlowElement': {
					const why = whyNotCaseFacts(node);
					if (why) problem(node, why);
					else {
						const attributes = Object.fromEntries(node.attributes.map((a) => [(a as { name: string }).name, a.value]));
						node.data = { hName: SLOT_TAG, hProperties: attributes } as typeof node.data;
					}
					return 'skip';
				}
				case 'mdxJsxTextElement':
					problem(
						node,
						`<${node.name ?? ''}> inside a paragraph: a case file allows only <CaseFacts /> on a line of its own`,
					);
					return 'skip';
				case 'mdxFlowExpression':
				case 'mdxTextExpression':
					problem(node, 'a {…} expression: write the braces as \\{ and \\} to show them as text');
					return 'skip';
				case 'mdxjsEsm':
					problem(node, 'import/export: a case file is Markdown plus <CaseFacts />, with nothing to import');
					return 'skip';
			}
			return undefined;
		});
		if (problems.length > 0) throw new Error(problems.join('\n'));
	};
}

/** Why an MDX element is not a valid `<CaseFacts of="…" kind="…" />`, or undefined when it is. */
function whyNotCaseFacts(node: MdxJsxFlowElement): string | undefined {
	if (node.name !== 'CaseFacts') return `<${node.name ?? ''}>: a case file allows only <CaseFacts />`;
	if (node.children.length > 0) return '<CaseFacts> takes no content: write <CaseFacts of="…" />';
	const attributes = new Map<string, unknown>();
	for (const attribute of node.attributes) {
		if (attribute.type !== 'mdxJsxAttribute') return '<CaseFacts {...}>: spread attributes are not allowed';
		if (typeof attribute.value !== 'string') return `<CaseFacts ${attribute.name}>: write the value as "text"`;
		attributes.set(attribute.name, attribute.value);
	}
	for (const name of attributes.keys()) {
		if (name !== 'of' && name !== 'kind') return `<CaseFacts ${name}>: only of="…" and kind="…" are allowed`;
	}
	const of = attributes.get('of');
	if (!(FACT_KINDS as readonly unknown[]).includes(of))
		return `<CaseFacts of="${String(of ?? '')}">: of must be one of ${FACT_KINDS.join(', ')}`;
	const kind = attributes.get('kind');
	if (kind !== undefined && (of !== 'challenges' || !(CHALLENGE_KINDS as readonly unknown[]).includes(kind)))
		return `<CaseFacts kind="${String(kind)}">: kind goes with of="challenges" and is one of ${CHALLENGE_KINDS.join(', ')}`;
	return undefined;
}
