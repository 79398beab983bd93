import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';

/**
 * The one reader (and writer) of YAML frontmatter between `---` fences, for the importer's case
 * files, the content lint's MDX files, `npm run new:case` and the benchmark. A fence is a line of
 * three hyphens, trailing spaces or tabs allowed; the opening one is the text's first line and
 * has a line after it. Texts come in with LF line endings and no BOM (the callers normalise them:
 * scripts/import/decode.ts, scripts/lint-content/lint-mdx.ts).
 *
 * The site's own loader of case MDX (src/features/cases/case-files-loader.ts) keeps Astro's
 * `parseFrontmatter`: it must read YAML exactly as Astro reads every other MDX file (YAML 1.1,
 * offsets kept by blanking), while the messages here need the `yaml` package's node positions.
 */

const OPENING = /^---[ \t]*\n/;
const FENCE = /^---[ \t]*$/;

/** Where a text's frontmatter is: the YAML between the fences and what follows them. */
export interface FrontmatterBlock {
	/** The lines between the fences; everything after the opening fence when there is no closing one. */
	yaml: string;
	/** Whether a closing `---` line was found. */
	closed: boolean;
	/** The text after the closing fence line (empty when there is none). */
	body: string;
	/** Line (1-based) of the body's first line (past the text's end when unclosed); the YAML starts on line 2. */
	bodyLine: number;
}

/** A text's frontmatter, parsed. */
export interface Frontmatter {
	/** Parsed YAML (a plain object; empty when the text has no frontmatter). */
	data: Record<string, unknown>;
	/** Line (1-based) in the text of each top-level key, for messages about its value. */
	keyLines: Record<string, number>;
	/** The text after the closing fence (the whole text when it has no frontmatter). */
	body: string;
	/** Line (1-based) of the body's first line in the text. */
	bodyLine: number;
}

/** What keeps a frontmatter from being read, at its place in the text. */
export interface FrontmatterProblem {
	/** No closing fence, YAML that does not parse, or YAML that is not a `key: value` mapping. */
	kind: 'unclosed' | 'yaml' | 'not-a-mapping';
	/** 1-based line in the text. */
	line: number;
	/** 1-based column in the text. */
	column: number;
	/** What is wrong, for the maintainer who has to fix it. */
	message: string;
	/** The YAML parser's error code (`MISSING_CHAR`, `DUPLICATE_KEY` …), for `yaml` problems. */
	code?: string;
}

/**
 * Whether a text opens with a frontmatter fence.
 * @param text The text (LF line endings).
 */
export function hasFrontmatter(text: string): boolean {
	return OPENING.test(text);
}

/**
 * Finds the frontmatter fences of a text, without parsing the YAML between them.
 * @param text The text (LF line endings).
 * @returns Where the frontmatter is, or undefined when the text does not open with a fence.
 */
export function findFrontmatter(text: string): FrontmatterBlock | undefined {
	if (!hasFrontmatter(text)) return undefined;
	const lines = text.split('\n');
	const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
	if (close === -1) return { yaml: lines.slice(1).join('\n'), closed: false, body: '', bodyLine: lines.length + 1 };
	return {
		yaml: lines.slice(1, close).join('\n'),
		closed: true,
		body: lines.slice(close + 1).join('\n'),
		bodyLine: close + 2,
	};
}

/**
 * Splits off and parses a text's frontmatter, with every problem at its line and column in the
 * text (the YAML parser counts from the line after the opening fence). A text without
 * frontmatter reads as empty data and the whole text as body.
 * @param text The text (LF line endings).
 */
export function readFrontmatter(
	text: string,
): { ok: true; value: Frontmatter } | { ok: false; problems: FrontmatterProblem[] } {
	const block = findFrontmatter(text);
	if (!block) return { ok: true, value: { data: {}, keyLines: {}, body: text, bodyLine: 1 } };
	if (!block.closed) {
		const message = 'Unclosed frontmatter: expected a closing `---` line';
		return { ok: false, problems: [{ kind: 'unclosed', line: 1, column: 1, message }] };
	}
	const counter = new LineCounter();
	const doc = parseDocument(block.yaml, { lineCounter: counter, uniqueKeys: true });
	if (doc.errors.length > 0) {
		return {
			ok: false,
			problems: doc.errors.map((error) => {
				const at = error.linePos?.[0] ?? { line: 1, col: 1 };
				const reason = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
				const message = `Invalid YAML in frontmatter: ${reason}`;
				return { kind: 'yaml', line: at.line + 1, column: at.col, message, code: error.code };
			}),
		};
	}
	const keyLines: Record<string, number> = {};
	if (isMap(doc.contents)) {
		for (const { key } of doc.contents.items) {
			// Named as in `data` (where a `null:` key is ''); a collection as a key has no line.
			if (isScalar(key) && key.range) keyLines[String(key.value ?? '')] = counter.linePos(key.range[0]).line + 1;
		}
	} else if (doc.contents !== null) {
		const message = 'Frontmatter must be a YAML mapping of `key: value` lines';
		return { ok: false, problems: [{ kind: 'not-a-mapping', line: 2, column: 1, message }] };
	}
	const data = (doc.toJS() ?? {}) as Record<string, unknown>;
	return { ok: true, value: { data, keyLines, body: block.body, bodyLine: block.bodyLine } };
}

/**
 * A text with frontmatter: the fences around the YAML, then an empty line, then the body.
 * @param yaml The YAML (a final line break is added when it has none).
 * @param body What follows the frontmatter.
 */
export function withFrontmatter(yaml: string, body: string): string {
	const end = yaml === '' || yaml.endsWith('\n') ? '' : '\n';
	return `---\n${yaml}${end}---\n\n${body}`;
}
