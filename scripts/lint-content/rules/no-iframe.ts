import { elementsNamed, problemAt } from '../jsx.ts';
import type { Rule } from '../rule.ts';

/**
 * No `<iframe>` (or `<frame>`) in MDX: embedded third-party pages escape the site's CSP and
 * track readers; link to the source instead.
 */
export const noIframe: Rule = (tree, { file }) =>
	elementsNamed(tree, 'iframe', 'frame').map((node) =>
		problemAt(file, node, `Unexpected \`<${node.name}>\` element, expected a link to the page`, 'no-iframe'),
	);
