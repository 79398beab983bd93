import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { isJsxElement, problemAt } from '../jsx.ts';
import type { Rule } from '../rule.ts';

/**
 * No `javascript:` URLs, in Markdown links and images, link definitions or any JSX attribute
 * (written as a string or as a string literal inside `{…}`).
 */
export const noJavascriptUrl: Rule = (tree, { file }) => {
	const problems: ReturnType<Rule> = [];
	const report = (node: { position?: Node['position'] }) =>
		problems.push(problemAt(file, node, 'Unexpected `javascript:` URL, expected an http(s) or site link', RULE));
	visit(tree, (node) => {
		if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && isJavascriptUrl(node.url)) {
			report(node);
		}
		if (!isJsxElement(node)) return;
		for (const attribute of node.attributes) {
			if (attribute.type !== 'mdxJsxAttribute') continue;
			const { value } = attribute;
			const strings = typeof value === 'string' ? [value] : value ? literalStrings(value.data?.estree) : [];
			if (strings.some(isJavascriptUrl)) report(attribute.position ? attribute : node);
		}
	});
	return problems;
};

const RULE = 'no-javascript-url';

/**
 * Whether a URL runs script, the way browsers read it: ASCII whitespace and control characters
 * inside the scheme are ignored and case does not matter (`java\tscript:`, ` JavaScript:`).
 * @param url The URL as written.
 */
export function isJavascriptUrl(url: string): boolean {
	const scheme = url.slice(0, url.indexOf(':') + 1);
	let bare = '';
	for (const char of scheme) if (char.charCodeAt(0) > 0x20) bare += char;
	return bare.toLowerCase() === 'javascript:';
}

/** Every string literal and template text in an attribute's expression. */
function literalStrings(program: unknown): string[] {
	const found: string[] = [];
	const walk = (value: unknown): void => {
		if (Array.isArray(value)) return value.forEach(walk);
		if (value === null || typeof value !== 'object') return;
		const node = value as { type?: string; value?: unknown; cooked?: unknown };
		if (node.type === 'Literal' && typeof node.value === 'string') found.push(node.value);
		if (node.type === 'TemplateElement') found.push(String((node.value as { cooked?: string })?.cooked ?? ''));
		for (const [key, child] of Object.entries(node)) if (key !== 'loc' && key !== 'range') walk(child);
	};
	walk(program);
	return found;
}
