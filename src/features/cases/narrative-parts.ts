import type { Element, ElementContent, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { CHALLENGE_KINDS, FACT_KINDS, type ChallengeKind, type FactKind } from '../../core/schemas/case.ts';
import { SLOT_TAG } from './remark-case-facts-slots.ts';

/** A `<CaseFacts>` slot in a case's narrative (its attributes were checked when it was rendered). */
export interface FactsSlot {
	of: FactKind;
	kind?: ChallengeKind;
}

/** A case's narrative in document order: rendered HTML, and the places where facts go. */
export type NarrativePart = { html: string } | { facts: FactsSlot };

/**
 * Cuts a case's rendered narrative at its `<case-facts>` slots (remark-case-facts-slots.ts), as a
 * tree: the case-files loader does it once when it renders the file, and the case page reads the
 * parts as data and puts its `<CaseFacts>` component in each slot. A slot is a block of its own in
 * a case file, so it is always a child of the root; one anywhere else is an error.
 * @param html The narrative as the Markdown pipeline rendered it.
 * @returns HTML parts and slots, in order.
 */
export function narrativeParts(html: string): NarrativePart[] {
	const root = fromHtml(html, { fragment: true });
	const parts: NarrativePart[] = [];
	let run: RootContent[] = [];
	const flush = () => {
		if (run.length > 0) parts.push({ html: toHtml({ type: 'root', children: run }) });
		run = [];
	};
	for (const node of root.children) {
		if (node.type === 'element' && isSlot(node)) {
			flush();
			parts.push({ facts: slotOf(node) });
		} else {
			if (node.type === 'element' && containsSlot(node)) throw new Error('<CaseFacts /> must be a block of its own');
			run.push(node);
		}
	}
	flush();
	return parts;
}

/**
 * The parts the case-files loader stored with a case entry (`rendered.metadata.narrative`).
 * Astro types a loader's rendered metadata as unknown values, hence the check.
 */
export function storedNarrative(metadata: Record<string, unknown> | undefined): NarrativePart[] {
	const narrative = metadata?.narrative;
	if (!Array.isArray(narrative))
		throw new Error('A case entry without its narrative parts: was it loaded by caseFiles()?');
	return narrative as NarrativePart[];
}

function isSlot(node: RootContent | ElementContent): boolean {
	return node.type === 'element' && node.tagName === SLOT_TAG;
}

function containsSlot(element: Element): boolean {
	return element.children.some((child) => isSlot(child) || (child.type === 'element' && containsSlot(child)));
}

function slotOf(element: Element): FactsSlot {
	const { of, kind } = element.properties;
	const known = <T extends string>(list: readonly T[], value: unknown): value is T => list.includes(value as T);
	if (!known(FACT_KINDS, of)) throw new Error(`<CaseFacts of="${String(of)}">: not a kind of facts`);
	if (kind === undefined) return { of };
	if (!known(CHALLENGE_KINDS, kind)) throw new Error(`<CaseFacts kind="${String(kind)}">: not a kind of challenge`);
	return { of, kind };
}
