import type { Root } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Problem } from '../../src/core/problems/problems.ts';

/** An MDX JSX element, block or inline. */
export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** Whether a node is an MDX JSX element (`<Cite />`, `<div>` …). */
export function isJsxElement(node: Node): node is JsxElement {
	return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/**
 * A problem at the start of a node, in the style of remark-lint's `file.message(reason, node)`.
 * @param file Path shown in messages.
 * @param node The node the problem is about (its start position is used).
 * @param message What is wrong and what is expected instead.
 * @param rule Rule id.
 */
export function problemAt(file: string, node: { position?: Node['position'] }, message: string, rule: string): Problem {
	const start = node.position?.start ?? { line: 1, column: 1 };
	return { file, line: start.line, column: start.column, message, rule, severity: 'error' };
}

/**
 * The JSX elements of a tree with one of the given lowercase names.
 * @param tree The MDX tree.
 * @param names Element names. MDX reads a capitalised name as a component, so only the
 *   lowercase spelling is an HTML element.
 */
export function elementsNamed(tree: Root, ...names: string[]): JsxElement[] {
	const found: JsxElement[] = [];
	visit(tree, (node) => {
		if (isJsxElement(node) && names.includes(node.name ?? '')) found.push(node);
	});
	return found;
}
