import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { applySiteTransforms } from '../../../src/core/mdx/site-grammar.ts';
import { mdxComment } from '../mdx/comments.ts';
import type { Block, CaseBody, Note } from './blocks.ts';
import { LABELS } from './labels.ts';
import type { FactKind } from '../../../src/core/schemas/case.ts';

/**
 * Builds the body of a case page in source order: each section heading, each block's label as a
 * `###` heading, narrative blocks as plain text, and in place of a block whose facts went into
 * the frontmatter a `<CaseFacts of="…" />` element that the page renders from that data (the
 * element is written by the importer, never taken from source text). The authors' notes stay
 * where they were as MDX comments; those of a block of facts, after its `<CaseFacts>`. Nodes keep
 * their source positions, so that a problem with the generated MDX is reported in the source.
 * @param body The parsed case body.
 * @param structured Blocks whose content lives in the frontmatter, with their kind.
 */
export function caseBody(body: CaseBody, structured: Map<Block, FactKind>): Root {
	const children: RootContent[] = [];
	const placed = new Set<FactKind>();
	for (const section of body.sections) {
		if (section.heading.children.length > 0) children.push(structuredClone(section.heading));
		for (const block of section.blocks) {
			const kind = structured.get(block);
			const isPhase = kind === 'phases' && block.label !== null && LABELS.phase.test(block.label);
			if (block.label && !isPhase) {
				const start = block.labelPlace ?? { line: block.line, column: 1 };
				children.push({
					type: 'heading',
					depth: 3,
					children: [{ type: 'text', value: block.label, position: { start, end: start } }],
					position: { start, end: start },
				});
			}
			if (!kind) {
				children.push(...block.nodes.map((node) => structuredClone(node)));
				continue;
			}
			if (kind === 'challenges') children.push(facts(kind, challengeKind(block.label ?? '')));
			else if (!placed.has(kind)) {
				placed.add(kind);
				children.push(facts(kind));
			}
			children.push(...block.notes.map(flowComment));
		}
	}
	const tree: Root = { type: 'root', children };
	// The site links bare URLs in text when it reads the file; the tree says so from the start.
	applySiteTransforms(tree);
	return tree;
}

function facts(of: FactKind, kind?: string): RootContent {
	const attributes: MdxJsxFlowElement['attributes'] = [{ type: 'mdxJsxAttribute', name: 'of', value: of }];
	if (kind) attributes.push({ type: 'mdxJsxAttribute', name: 'kind', value: kind });
	return { type: 'mdxJsxFlowElement', name: 'CaseFacts', attributes, children: [] } as RootContent;
}

function challengeKind(label: string): string {
	if (LABELS.technical.test(label)) return 'technical';
	if (LABELS.organizational.test(label)) return 'organizational';
	return 'training';
}

function flowComment(note: Note): RootContent {
	const start = { line: note.line, column: note.column };
	return { ...mdxComment(note.text, 'mdxFlowExpression'), position: { start, end: start } };
}
