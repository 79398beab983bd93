import { createHash } from 'node:crypto';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** `type` values of an inline script the browser runs (an empty or missing type is JavaScript). */
const EXECUTABLE_TYPES = new Set(['', 'module', 'importmap', 'text/javascript', 'application/javascript']);

/**
 * CSP source expressions (`'sha256-…'`) for every inline script a page runs, in order of first
 * appearance, without repeats. Data blocks (`type="application/json"`) are not run and need none.
 * @param tree The parsed page.
 */
export function inlineScriptHashes(tree: Root): string[] {
	const hashes = new Set<string>();
	visit(tree, 'element', (script: Element) => {
		if (script.tagName !== 'script' || script.properties.src !== undefined || !isExecutable(script)) return;
		// The browser hashes the element's text exactly as written (hast keeps script text raw).
		const digest = createHash('sha256').update(scriptText(script), 'utf8').digest('base64');
		hashes.add(`'sha256-${digest}'`);
	});
	return [...hashes];
}

function isExecutable(script: Element): boolean {
	const type = String(script.properties.type ?? '')
		.trim()
		.toLowerCase();
	return EXECUTABLE_TYPES.has(type);
}

/** The raw text of a script element (hast keeps it as one text node, exactly as written). */
function scriptText(script: Element): string {
	return script.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
}
