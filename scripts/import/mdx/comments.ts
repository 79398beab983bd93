import type { MdxFlowExpression, MdxTextExpression } from 'mdast-util-mdx';

/*
 * An author's note (an HTML comment in a source) is kept in the generated MDX as an MDX comment,
 * `{/* note *\/}`, which renders nothing. The note's text goes in as written, except that a `*\/`
 * in it would end the comment early: it is written `*\\/`, one backslash added between `*` and `/`
 * (and one more to any that were there already), which {@link commentText} takes out again.
 */

/**
 * An MDX comment node holding a note.
 * @param text The note as written between `<!--` and `-->`.
 * @param type Block-level (a line of its own) or inside a paragraph, list item or heading.
 */
export function mdxComment<T extends 'mdxFlowExpression' | 'mdxTextExpression'>(
	text: string,
	type: T,
): T extends 'mdxFlowExpression' ? MdxFlowExpression : MdxTextExpression {
	const value = `/*${text.replace(/\*(\\*)\//g, '*$1\\/')}*/`;
	return { type, value } as T extends 'mdxFlowExpression' ? MdxFlowExpression : MdxTextExpression;
}

/**
 * The note an MDX comment written by {@link mdxComment} holds.
 * @param value The expression's value, `/*…*\/`.
 */
export function commentText(value: string): string {
	return value.slice(2, -2).replace(/\*(\\*)\\\//g, '*$1/');
}
