import type { Heading } from 'mdast';

/*
 * The heading of a policy slide and its anchor are a format shared by the importer (which writes
 * them) and the pages (the remark plugin gives the heading its `#slide-N` id, links point at it),
 * so they live in the core.
 */

/**
 * The anchor of a slide, stable for as long as its number is: `slide-14`.
 * @param n The slide number.
 */
export function slideAnchor(n: number): string {
	return `slide-${n}`;
}

/**
 * The heading of a slide's section. Its text starts with the slide number, so that the page side
 * can give the heading the id of `slides.items[k].anchor` (`slide-14`) without parsing the title.
 * @param n The slide number.
 * @param title The slide's title, if it has one.
 */
export function slideHeading(n: number, title: string | undefined): Heading {
	return {
		type: 'heading',
		depth: 2,
		children: [{ type: 'text', value: `スライド ${n}${title ? `: ${title}` : ''}` }],
	};
}

/**
 * The slide number a slide heading's text starts with, for the page side (a remark plugin) to set
 * the heading's id: `スライド 14: 背景…` → 14.
 * @param text The heading's text.
 * @returns The number, or undefined for any other heading.
 */
export function slideNumberOfHeading(text: string): number | undefined {
	const match = /^スライド (\d+)(?::|$)/u.exec(text);
	return match ? Number(match[1]) : undefined;
}
