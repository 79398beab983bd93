import { elementsNamed, problemAt } from '../jsx.ts';
import type { Rule } from '../rule.ts';

/**
 * No raw `<script>` in MDX: a page's scripts belong in components, where they are bundled,
 * reviewed once and covered by the site's Content-Security-Policy hashes.
 */
export const noScript: Rule = (tree, { file }) =>
	elementsNamed(tree, 'script').map((node) =>
		problemAt(file, node, 'Unexpected `<script>` element, expected scripts in a component', 'no-script'),
	);
