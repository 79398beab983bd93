import { isMap, LineCounter, parseDocument } from 'yaml';
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
	const lines = text.split('\n');
	if (lines[0]?.trimEnd() !== '---') return { ok: true, value: { data: {}, keyLines: {}, body: text } };
	const close = lines.findIndex((line, i) => i > 0 && line.trimEnd() === '---');
	if (close === -1) {
		return { ok: false, problems: [problem(file, 1, 1, 'Unclosed frontmatter: expected a closing `---` line')] };
	}
	const counter = new LineCounter();
	const doc = parseDocument(lines.slice(1, close).join('\n'), { lineCounter: counter, uniqueKeys: true });
	if (doc.errors.length > 0) {
		return {
			ok: false,
			problems: doc.errors.map((error) => {
				const at = error.linePos?.[0] ?? { line: 1, col: 1 };
				const reason = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
				return problem(file, at.line + 1, at.col, `Invalid YAML in frontmatter: ${reason}`);
			}),
		};
	}
	const keyLines: Record<string, number> = {};
	if (isMap(doc.contents)) {
		for (const pair of doc.contents.items) {
			const key = pair.key as { value?: unknown; range?: [number, number, number] } | null;
			if (key?.range) keyLines[String(key.value)] = counter.linePos(key.range[0]).line + 1;
		}
	} else if (doc.contents !== null) {
		return { ok: false, problems: [problem(file, 2, 1, 'Frontmatter must be a YAML mapping of `key: value` lines')] };
	}
	const blank = '\n'.repeat(close + 1);
	return {
		ok: true,
		value: {
			data: (doc.toJS() ?? {}) as Record<string, unknown>,
			keyLines,
			body: blank + lines.slice(close + 1).join('\n'),
		},
	};
}

function problem(file: string, line: number, column: number, message: string): Problem {
	return { file, line, column, message, rule: FRONTMATTER_RULE, severity: 'error' };
}
