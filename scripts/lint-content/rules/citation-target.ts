import type { MdxJsxAttribute, MdxJsxAttributeValueExpression } from 'mdast-util-mdx-jsx';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { CITABLE_PARTS } from '../../../src/core/schemas/case.ts';
import type { Problem } from '../../../src/core/problems/problems.ts';
import { isJsxElement, problemAt, type JsxElement } from '../jsx.ts';
import type { RuleContext } from '../rule.ts';

const RULE = 'citation-target';

/** Numbered sections of the case-file template (`## 1. 基本情報` … `## 8. 参考情報`). */
const SECTIONS = 8;

/**
 * Every `<Cite>` and `<ClauseCases>` points at something that exists: a case id, a part or
 * section of a case, a policy deck's chapter and slide, a registered clause. The build fails on
 * the same mistakes, but only at the first one and with the page's URL; this names each at its
 * line and column before the build.
 */
export function citationTarget(tree: Root, { file, targets }: RuleContext): Problem[] {
	if (!targets) return [];
	const problems: Problem[] = [];
	const report = (node: JsxElement, message: string): void => {
		problems.push(problemAt(file, node, message, RULE));
	};
	visit(tree, (node) => {
		if (!isJsxElement(node)) return;
		if (node.name === 'ClauseCases') {
			const id = attribute(node, 'id');
			if (typeof id !== 'string')
				report(node, 'Unexpected <ClauseCases> without id="…", expected a clause id such as id="G-3.2"');
			else if (!targets.clauses.has(id))
				report(
					node,
					`Unexpected clause \`${id}\` in <ClauseCases>, expected a clause of src/content/data/clauses.yaml`,
				);
		}
		if (node.name !== 'Cite') return;
		const caseId = attribute(node, 'case');
		const policy = attribute(node, 'policy');
		if (caseId !== undefined) {
			if (typeof caseId !== 'number') return report(node, 'Unexpected case in <Cite>, expected a number: case={863}');
			if (!targets.cases.has(caseId))
				report(
					node,
					`Unexpected case ${caseId} in <Cite>, expected the case_id of a case file (${known(targets.cases)})`,
				);
			const part = attribute(node, 'part');
			const section = attribute(node, 'section');
			if (part === undefined && section === undefined)
				report(node, 'Unexpected <Cite case> without part="…" or section={…}, expected one of them');
			if (part !== undefined && !CITABLE_PARTS.includes(String(part)))
				report(node, `Unexpected part \`${String(part)}\` in <Cite>, expected one of ${CITABLE_PARTS.join(', ')}`);
			if (section !== undefined && !(typeof section === 'number' && section >= 1 && section <= SECTIONS))
				report(node, `Unexpected section ${String(section)} in <Cite>, expected a number from 1 to ${SECTIONS}`);
			return;
		}
		if (typeof policy !== 'string')
			return report(node, 'Unexpected <Cite> without case={…} or policy="…", expected one of them');
		const chapters = targets.policy.get(policy);
		if (!chapters)
			return report(
				node,
				`Unexpected policy \`${policy}\` in <Cite>, expected the doc_id of a policy deck (${known(new Set(targets.policy.keys()))})`,
			);
		const chapter = attribute(node, 'chapter');
		const slides = typeof chapter === 'number' ? chapters.get(chapter) : undefined;
		if (!slides)
			return report(
				node,
				`Unexpected chapter ${String(chapter)} in <Cite>, expected a chapter of ${policy} (${known(new Set(chapters.keys()))})`,
			);
		const slide = attribute(node, 'slide');
		if (typeof slide !== 'number' || !slides.has(slide))
			report(
				node,
				`Unexpected slide ${String(slide)} in <Cite>, expected a slide of chapter ${String(chapter)} (${known(slides)})`,
			);
	});
	return problems;
}

/**
 * An attribute's value: a string for `name="text"`, a number for `name={12}`, another string for
 * any other expression (as written), undefined when absent.
 */
function attribute(node: JsxElement, name: string): string | number | undefined {
	const found = node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
	if (!found) return undefined;
	if (typeof found.value === 'string') return found.value;
	const expression = (found.value as MdxJsxAttributeValueExpression | null)?.value.trim() ?? '';
	return /^\d+$/u.test(expression) ? Number(expression) : expression;
}

/** A short list of the known values, for the message. */
function known(values: Set<string | number>): string {
	const sorted = [...values].sort((a, b) => (a < b ? -1 : 1));
	if (sorted.length === 0) return 'none';
	return sorted.length > 12 ? `${sorted.slice(0, 12).join(', ')}, …` : sorted.join(', ');
}
