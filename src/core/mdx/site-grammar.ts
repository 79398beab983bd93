import type { Root } from 'mdast';
import { directiveFromMarkdown } from 'mdast-util-directive';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { directive } from 'micromark-extension-directive';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import type { Place } from '../problems/problems.ts';

/*
 * The grammar the site reads generated MDX with: remark-parse, plus remark-mdx (the case-files
 * loader adds it; @astrojs/mdx for policy chapters), remark-gfm (astro.config.mjs) and
 * remark-directive (Starlight adds it to every Markdown pipeline, for its `:::note` asides). The
 * importer proves its output against it and the case-files loader checks a file with it before
 * rendering; they live here so that both read exactly the same grammar.
 */

/**
 * Parses MDX as the site does, into mdast with positions.
 * @param text MDX text (a body without frontmatter, or with it blanked out).
 * @throws A `VFileMessage` with the place of the first syntax error (see {@link syntaxErrorOf}).
 */
export function parseSiteMdx(text: string): Root {
	return fromMarkdown(text, { extensions: [mdxjs(), gfm(), directive()], mdastExtensions: mdastExtensions() });
}

/**
 * Applies to a tree built by other means what the site's parser does to every tree it builds after
 * reading the text: GFM links bare URLs and e-mail addresses in text (`https://…`, `www.…`,
 * `a@b.jp`), whatever escapes the Markdown has. A writer that applies it first writes exactly
 * the tree the site will read back. Applied until nothing changes: a link splits its text node,
 * and in the text after it, now a node of its own, the transform may find another link it did not
 * find the first time (`a@b.co__mailto:a@b.co`, found by the round-trip fuzz), as it will when
 * it reads the written link back.
 * @param tree A tree; changed in place.
 */
export function applySiteTransforms(tree: Root): void {
	for (let pass = 0, before = ''; pass < 8; pass++) {
		const now = JSON.stringify(tree);
		if (now === before) return;
		before = now;
		for (const extension of mdastExtensions()) for (const transform of extension.transforms ?? []) transform(tree);
	}
}

function mdastExtensions() {
	return [...mdxFromMarkdown(), ...gfmFromMarkdown(), directiveFromMarkdown()];
}

/** An MDX syntax error, with its place. */
export interface SyntaxError {
	place: Place | undefined;
	/** The parser's reason, e.g. “Unexpected closing slash `/` in tag, expected an open tag first”. */
	message: string;
}

/**
 * The place and reason of an error thrown by {@link parseSiteMdx}; anything else is rethrown, as
 * it is not a problem of the text.
 * @param error What the parser threw.
 */
export function syntaxErrorOf(error: unknown): SyntaxError {
	const message = error as { reason?: unknown; line?: unknown; column?: unknown; name?: unknown };
	if (!(error instanceof Error) || typeof message.reason !== 'string') throw error;
	const place =
		typeof message.line === 'number' && typeof message.column === 'number'
			? { line: message.line, column: message.column }
			: undefined;
	return { place, message: message.reason };
}
