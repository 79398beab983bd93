import { isMap, parseDocument } from 'yaml';
import { placeOf, type Problem } from '../../../src/core/problems/problems.ts';

/** A source split into its YAML frontmatter and Markdown body, with the body's first line number. */
export interface SplitSource {
	/** Parsed frontmatter (a plain object). */
	data: Record<string, unknown>;
	/** Source line (1-based) of each top-level frontmatter key, for messages about its value. */
	keyLines: Record<string, number>;
	/** The Markdown after the closing `---`. */
	body: string;
	/** Line number in the source file of the body's first line. */
	bodyLine: number;
}

/** Whether a text opens with a YAML frontmatter fence. */
export function hasFrontmatter(text: string): boolean {
	return /^---[ \t]*\n/.test(text);
}

/**
 * Splits and parses a case file's frontmatter. YAML errors come back with the line and column
 * in the source file (the YAML parser counts from the first line after the opening fence).
 * @param file Path shown in messages.
 * @param text Decoded source text (LF line endings).
 */
export function splitFrontmatter(
	file: string,
	text: string,
): { ok: true; value: SplitSource } | { ok: false; problems: Problem[] } {
	const lines = text.split('\n');
	const close = lines.findIndex((line, i) => i > 0 && /^---[ \t]*$/.test(line));
	if (close === -1) {
		return fail(
			file,
			1,
			1,
			'Unclosed frontmatter: expected a closing `---` line after the YAML block',
			'case-frontmatter',
		);
	}
	const yamlText = lines.slice(1, close).join('\n');
	const doc = parseDocument(yamlText, { prettyErrors: true, uniqueKeys: true });
	if (doc.errors.length > 0) {
		return {
			ok: false,
			problems: doc.errors.map((error) => {
				const place = (error.code === 'MISSING_CHAR' && unclosedQuote(yamlText)) || {
					line: error.linePos?.[0].line ?? 1,
					col: error.linePos?.[0].col ?? 1,
				};
				return {
					file,
					line: place.line + 1,
					column: place.col,
					message: `Invalid YAML in frontmatter: ${firstLine(error.message).replace(/ at line \d+, column \d+:?$/, '')}`,
					rule: 'case-yaml',
					severity: 'error' as const,
				};
			}),
		};
	}
	if (!isMap(doc.contents)) {
		return fail(file, 2, 1, 'Frontmatter must be a YAML mapping of `key: value` lines', 'case-yaml');
	}
	const keyLines: Record<string, number> = {};
	for (const pair of doc.contents.items) {
		const key = String((pair.key as { value?: unknown } | null)?.value ?? '');
		const offset = (pair.key as { range?: [number, number, number] } | null)?.range?.[0] ?? 0;
		keyLines[key] = placeOf(yamlText, offset).line + 1;
	}
	return {
		ok: true,
		value: {
			data: doc.toJS() as Record<string, unknown>,
			keyLines,
			body: lines.slice(close + 1).join('\n'),
			bodyLine: close + 2,
		},
	};
}

function fail(file: string, line: number, column: number, message: string, rule: string) {
	return { ok: false as const, problems: [{ file, line, column, message, rule, severity: 'error' as const }] };
}

/**
 * The YAML parser reports a missing closing quote where the document ends, which is no help to
 * the person who forgot it; point at the quote that was opened instead.
 */
function unclosedQuote(yaml: string): { line: number; col: number } | undefined {
	const lines = yaml.split('\n');
	for (const [i, line] of lines.entries()) {
		const match = /^[^#:]+:\s*(["'])/.exec(line);
		if (!match?.[1]) continue;
		const quote = match[1];
		const rest = line.slice(match[0].length);
		const closed = quote === '"' ? /(^|[^\\])"/.test(rest) : rest.includes("'");
		if (!closed) return { line: i + 1, col: match[0].length };
	}
	return undefined;
}

function firstLine(message: string): string {
	return message.split('\n')[0] ?? message;
}
