import type { Heading } from 'mdast';

/**
 * Sets a heading's id. mdast-util-to-hast copies `data.hProperties` onto the element, and Astro's
 * heading-id step keeps an id that is already set, so the anchor is ours rather than a slug of the
 * (possibly Japanese, possibly edited) heading text.
 */
export function setHeadingId(heading: Heading, id: string): void {
	const data = (heading.data ??= {}) as { hProperties?: Record<string, unknown> };
	data.hProperties = { ...data.hProperties, id };
}
