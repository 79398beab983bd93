import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { literalise } from '../mdx/literal.ts';
import type { Block, CaseBody } from './blocks.ts';
import { LABELS } from './labels.ts';
import type { FactKind } from '../../../src/core/schemas/case.ts';

/**
 * Builds the body of a case page in source order: each section heading, each block's label as a
 * `###` heading, narrative blocks verbatim, and in place of a block whose facts went into the
 * frontmatter a `<CaseFacts of="…" />` element that the page renders from that data. The
 * element is written by the importer, never taken from source text.
 * @param body The parsed case body.
 * @param structured Blocks whose content lives in the frontmatter, with their kind.
 */
export function caseBody(body: CaseBody, structured: Map<Block, FactKind>): Root {
	const children: RootContent[] = [];
	const placed = new Set<FactKind>();
	for (const section of body.sections) {
		if (section.heading.children.length > 0) children.push(clean(section.heading));
		for (const block of section.blocks) {
			const kind = structured.get(block);
			const isPhase = kind === 'phases' && block.label !== null && LABELS.phase.test(block.label);
			if (block.label && !isPhase)
				children.push({ type: 'heading', depth: 3, children: [{ type: 'text', value: block.label }] });
			if (!kind) {
				children.push(...block.nodes.map(clean));
			} else if (kind === 'challenges') {
				children.push(facts(kind, challengeKind(block.label ?? '')));
			} else if (!placed.has(kind)) {
				placed.add(kind);
				children.push(facts(kind));
			}
		}
	}
	return literalise({ type: 'root', children });
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

/** A deep copy without source positions (the generated file has its own). */
function clean<T extends RootContent>(node: T): T {
	return JSON.parse(JSON.stringify(node, (key, value: unknown) => (key === 'position' ? undefined : value))) as T;
}
