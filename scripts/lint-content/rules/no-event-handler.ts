import { visit } from 'unist-util-visit';
import { isJsxElement, problemAt } from '../jsx.ts';
import type { Rule } from '../rule.ts';

/**
 * No `on*=` attributes (`onclick`, `onLoad` …) on elements in MDX: inline event handlers are
 * scripts, which the site's CSP blocks and reviews miss.
 */
export const noEventHandler: Rule = (tree, { file }) => {
	const problems: ReturnType<Rule> = [];
	visit(tree, (node) => {
		if (!isJsxElement(node)) return;
		for (const attribute of node.attributes) {
			if (attribute.type !== 'mdxJsxAttribute' || !/^on/i.test(attribute.name)) continue;
			problems.push(
				problemAt(
					file,
					attribute.position ? attribute : node,
					`Unexpected event handler attribute \`${attribute.name}\`, expected no inline script`,
					'no-event-handler',
				),
			);
		}
	});
	return problems;
};
