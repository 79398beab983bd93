import { readFrontmatter as read } from '../../src/core/frontmatter.ts';
import type { Problem } from '../../src/core/problems/problems.ts';

/** An MDX file's frontmatter, parsed, and its body with the frontmatter lines blanked. */
export interface Frontmatter {
	/** Parsed YAML (a plain object; empty when the file has no frontmatter). */
	data: Record<string, unknown>;
	/** Source line (1-based) of each top-level key, for messages about its value. */
	keyLines: Record<string, number>;
	/**
	 * The file with the frontmatter replaced by as many empty lines, so that positions the MDX
	 * parser reports are positions in the file.
	 */
	body: string;
}

/** Rule id for frontmatter problems: YAML syntax and schema alike. */
export const FRONTMATTER_RULE = 'frontmatter-schema';

/**
 * Splits off and parses the YAML frontmatter between the `---` fences at the top of a file.
 * @param file Path shown in messages.
 * @param text The file's text (LF line endings).
 * @returns The frontmatter, or the problems that keep it from being read.
 */
export function readFrontmatter(
	file: string,
	text: string,
): { ok: true; value: Frontmatter } | { ok: false; problems: Problem[] } {
	const frontmatter = read(text);
	if (!frontmatter.ok) {
		return {
			ok: false,
			problems: frontmatter.problems.map(({ line, column, message }) => ({
				file,
				line,
				column,
				message,
				rule: FRONTMATTER_RULE,
				severity: 'error' as const,
			})),
		};
	}
	const { data, keyLines, body, bodyLine } = frontmatter.value;
	return { ok: true, value: { data, keyLines, body: '\n'.repeat(bodyLine - 1) + body } };
}
