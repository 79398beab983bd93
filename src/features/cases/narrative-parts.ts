import { SLOT_TAG } from './remark-case-facts-slots.ts';
import type { ChallengeKind, FactKind } from '../../core/schemas/case.ts';

/** A `<CaseFacts>` slot in a case's rendered narrative (its attributes were checked when rendered). */
export interface FactsSlot {
	of: FactKind;
	kind?: ChallengeKind;
}

const SLOT = new RegExp(`<${SLOT_TAG}([^>]*)></${SLOT_TAG}>`, 'gu');

/**
 * A case's rendered narrative cut at its `<case-facts>` slots (remark-case-facts-slots.ts):
 * HTML strings and slots in document order, for the case page to put its component in each slot.
 */
export function narrativeParts(html: string): (string | FactsSlot)[] {
	const parts: (string | FactsSlot)[] = [];
	let from = 0;
	for (const match of html.matchAll(SLOT)) {
		if (match.index > from) parts.push(html.slice(from, match.index));
		const attributes = Object.fromEntries(
			[...(match[1] ?? '').matchAll(/([a-z]+)="([^"]*)"/gu)].map((m) => [m[1], m[2]]),
		);
		parts.push({
			of: attributes.of as FactKind,
			...(attributes.kind ? { kind: attributes.kind as ChallengeKind } : {}),
		});
		from = match.index + match[0].length;
	}
	if (from < html.length) parts.push(html.slice(from));
	return parts;
}
