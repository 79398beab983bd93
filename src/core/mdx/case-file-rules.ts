import type { Nodes, Root } from 'mdast';
import type { MdxFlowExpression, MdxJsxFlowElement, MdxTextExpression } from 'mdast-util-mdx';
import { visit } from 'unist-util-visit';
import { CHALLENGE_KINDS, FACT_KINDS } from '../schemas/case.ts';
import type { Place } from '../problems/problems.ts';

/*
 * What a case file (`src/content/cases/*.mdx`) may contain besides Markdown: `<CaseFacts of="…"
 * kind="…" />` on a line of its own, and MDX comments `{/* … *\/}` (the authors' notes the importer
 * keeps from the source's HTML comments). The case-files loader checks a file with these rules
 * before it renders it; the importer checks what it generates with them before it writes it.
 */

/** Something a case file may not contain, with its place in the file. */
export interface CaseFileProblem {
	place: Place | undefined;
	/** What is wrong and how to write it instead. */
	message: string;
	/** The rule's id. */
	rule: 'case-file-jsx' | 'case-file-expression' | 'case-file-esm';
}

/**
 * Every node of a case file's tree that the case-file grammar does not allow, in document order.
 * @param tree The file's body, parsed with remark-mdx (`parseSiteMdx`).
 */
export function caseFileProblems(tree: Root): CaseFileProblem[] {
	const problems: CaseFileProblem[] = [];
	const problem = (node: Nodes, message: string, rule: CaseFileProblem['rule']) => {
		const start = node.position?.start;
		problems.push({ place: start && { line: start.line, column: start.column }, message, rule });
	};
	visit(tree, (node) => {
		switch (node.type) {
			case 'mdxJsxFlowElement': {
				const why = whyNotCaseFacts(node);
				if (why) problem(node, why, 'case-file-jsx');
				return 'skip';
			}
			case 'mdxJsxTextElement':
				problem(
					node,
					`<${node.name ?? ''}> inside a paragraph: a case file allows only <CaseFacts /> on a line of its own`,
					'case-file-jsx',
				);
				return 'skip';
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				if (!isCommentExpression(node))
					problem(
						node,
						'a {…} expression: write the braces as \\{ and \\} to show them as text (only {/* comments */} are allowed)',
						'case-file-expression',
					);
				return 'skip';
			case 'mdxjsEsm':
				problem(
					node,
					'import/export: a case file is Markdown plus <CaseFacts />, with nothing to import',
					'case-file-esm',
				);
				return 'skip';
		}
		return undefined;
	});
	return problems;
}

/**
 * Whether an MDX expression is nothing but comments, `{/* note *\/}`: it renders nothing.
 * @param node An expression parsed by remark-mdx (which attaches its estree).
 */
export function isCommentExpression(node: MdxFlowExpression | MdxTextExpression): boolean {
	const program = node.data?.estree;
	return Boolean(program && program.body.length === 0 && (program.comments?.length ?? 0) > 0);
}

/**
 * Why an MDX element is not a valid `<CaseFacts of="…" kind="…" />`, or undefined when it is.
 * @param node A block-level JSX element.
 */
export function whyNotCaseFacts(node: MdxJsxFlowElement): string | undefined {
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
