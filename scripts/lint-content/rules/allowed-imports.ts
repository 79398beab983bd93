import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { problemAt } from '../jsx.ts';
import type { Rule } from '../rule.ts';

/** Packages whose components MDX may import, besides the project's own feature components. */
export const ALLOWED_PACKAGES = ['@astrojs/starlight/components'];

/** The folders of the project that MDX may import from: each feature's `components/`. */
const COMPONENTS = 'src/features/*/components';
const COMPONENT_PATH = /^src\/features\/[^/]+\/components\/[^/].*$/u;

/**
 * MDX imports only components: from a feature's `components/` folder (reviewed code) or Starlight's components.
 * Anything else — a utility, a package, a file beside the page — could run arbitrary code at build
 * time or ship it to readers.
 */
export const allowedImports: Rule = (tree, { file, root }) => {
	const problems: ReturnType<Rule> = [];
	visit(tree, 'mdxjsEsm', (node) => {
		const program = node.data?.estree;
		for (const statement of program?.body ?? []) {
			if (statement.type !== 'ImportDeclaration' && !('source' in statement && statement.source)) continue;
			const source = String((statement as { source?: { value?: unknown } }).source?.value ?? '');
			if (isAllowed(source, file, root)) continue;
			problems.push(
				problemAt(
					file,
					{ position: positionOf(statement) ?? node.position },
					`Unexpected import from \`${source}\`, expected a component under \`${COMPONENTS}/\` or from ${ALLOWED_PACKAGES.map((name) => `\`${name}\``).join(', ')}`,
					'allowed-imports',
				),
			);
		}
	});
	return problems;
};

/** Whether an import source is an allowed package or a path inside a feature's `components/`. */
function isAllowed(source: string, file: string, root: string): boolean {
	if (ALLOWED_PACKAGES.includes(source)) return true;
	if (!source.startsWith('.')) return false;
	const target = relative(resolve(root), resolve(root, dirname(file), source));
	return !isAbsolute(target) && COMPONENT_PATH.test(target.split(sep).join('/'));
}

/** The unist position of an estree node (MDX's estree nodes carry `loc` with 0-based columns). */
function positionOf(statement: unknown): Node['position'] | undefined {
	const loc = (
		statement as { loc?: { start: { line: number; column: number }; end: { line: number; column: number } } }
	).loc;
	if (!loc) return undefined;
	return {
		start: { line: loc.start.line, column: loc.start.column + 1 },
		end: { line: loc.end.line, column: loc.end.column + 1 },
	};
}
