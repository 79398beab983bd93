import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { CaseSchema, type CaseInput } from '../../../src/core/schemas/case.ts';
import { CASE_SOURCE_KEYS, CaseSourceFrontmatterSchema } from '../../../src/core/schemas/case-source.ts';
import { IMPORTER_VERSION, type Conversion, type Coverage, type SourceInput } from '../types.ts';
import { mdxFile, toMdx } from '../mdx/to-mdx.ts';
import { proveBody, proveFrontmatter } from '../mdx/prove.ts';
import type { Problem } from '../../../src/core/problems/problems.ts';
import { schemaProblems } from '../../../src/core/problems/schema-problems.ts';
import { findPlaceholders } from '../../new-case/placeholders.ts';
import { slugify } from '../../../src/core/slug.ts';
import { splitBody, type CaseBody } from './blocks.ts';
import { caseBody } from './body.ts';
import { checkConsistency } from './checks.ts';
import { extractFields } from './extract.ts';
import { findingProblems, type Finding } from './findings.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { unreadableFigures } from './unreadable-figures.ts';
import { repositoryVocabulary, vocabularyGaps } from './vocabulary.ts';

/** What an unknown frontmatter key's message says about keys of one's own. */
const EXTRA_HINT = 'Keys beyond the template go under `extra:` (indented `key: value` lines).';

/** A converted case: the generated file plus its id, for the cross-file duplicate check. */
export interface CaseConversion extends Conversion {
	caseId?: number;
	/** Line of `case_id:` in the source. */
	caseIdLine?: number;
}

/**
 * Converts one case file (YAML frontmatter + the eight template sections) into a case MDX file:
 * structured facts into frontmatter validated by {@link CaseSchema}, narrative into the body.
 * @param input The decoded source and its hash.
 * @param mapping Guideline clause ids per case id, kept in the repository.
 */
export function convertCase(input: SourceInput, mapping: Record<string, string[]> = {}): CaseConversion {
	// A file from `npm run new:case` is not a case until every 【要記入：…】 in it is filled in.
	const unfilled = findPlaceholders(input.file, input.text);
	if (unfilled.length > 0) return { files: [], problems: unfilled };
	const split = splitFrontmatter(input.file, input.text);
	if (!split.ok) return { files: [], problems: split.problems };
	const { data: raw, keyLines, body, bodyLine } = split.value;

	const parsed = CaseSourceFrontmatterSchema.safeParse(raw);
	if (!parsed.success) {
		const unknown = { knownKeys: CASE_SOURCE_KEYS, hint: EXTRA_HINT };
		return {
			files: [],
			problems: schemaProblems(input.file, parsed.error.issues, raw, keyLines, 'case-frontmatter', unknown),
		};
	}
	const meta = parsed.data;

	const parsedBody = splitBody(body, bodyLine);
	if (parsedBody.unclosedComments.length > 0) return { files: [], problems: unclosed(input.file, parsedBody) };
	const { fields, structured, lines, findings, metricCells } = extractFields(parsedBody);
	const data: CaseInput = {
		case_id: meta.case_id,
		title: parsedBody.title ?? meta.company_name_ja,
		company: { name_ja: meta.company_name_ja, name_en: meta.company_name_en },
		country: meta.country,
		industry: meta.industry,
		employees: meta.employees,
		founded_year: meta.founded_year,
		ai_adoption_year: meta.ai_adoption_year,
		...fields,
		clauses: mapping[String(meta.case_id)] ?? [],
		extra: meta.extra ?? {},
		source: { file: input.file, sha256: input.sha256, importer_version: IMPORTER_VERSION },
	};
	const problems: Problem[] = [];
	const checked = CaseSchema.safeParse(data);
	if (!checked.success) {
		return {
			files: [],
			problems: schemaProblems(
				input.file,
				checked.error.issues,
				data as Record<string, unknown>,
				keyLines,
				'case-schema',
			),
		};
	}
	problems.push(
		...vocabularyGaps(input.file, input.text, meta, keyLines, repositoryVocabulary()),
		...findingProblems(input.file, input.text, findings),
		...checkConsistency({
			file: input.file,
			data: checked.data,
			lines: { ...lines, founded: [keyLines.founded_year ?? 1], adoption: [keyLines.ai_adoption_year ?? 1] },
		}),
		...unreadableFigures(input.file, checked.data.metrics, metricCells, checked.data.metrics_columns),
	);

	const tree = caseBody(parsedBody, structured);
	const path = `cases/${meta.case_id}-${slugify(meta.company_name_en) || 'case'}.mdx`;
	const mdx = toMdx(tree);
	const content = mdxFile(data as Record<string, unknown>, mdx, 'scripts/import.ts');
	// Nothing is written that the site would read differently: the file is read back first.
	const proof = [
		...proveBody(input.file, tree, mdx, 'case'),
		...proveFrontmatter(input.file, data, content, { line: keyLines.case_id ?? 1, column: 1 }),
	];
	if (proof.length > 0) return { files: [], problems: [...problems, ...proof] };
	return {
		files: [{ path, content }],
		problems,
		coverage: coverage(raw, parsedBody, data, tree, findings),
		caseId: meta.case_id,
		caseIdLine: keyLines.case_id,
	};
}

/** An error for each `<!--` that is never closed: the rest of the note would be published. */
function unclosed(file: string, body: CaseBody): Problem[] {
	return body.unclosedComments.map(({ line, column }) => ({
		file,
		line,
		column,
		message:
			'Unclosed comment: `<!--` without `-->` after it. Close the note with `-->` (notes are not published), or write the text without `<!--`',
		rule: 'case-comment',
		severity: 'error' as const,
	}));
}

/**
 * Share of the source's characters that reached the output, counted as a multiset: each
 * non-whitespace character of the frontmatter values and of the body's text (Markdown markup
 * aside) is matched against the generated frontmatter values and body text. A value kept as
 * written but not read (an unreadable date or figure) has not reached the output's data: its
 * characters count as not reached.
 */
function coverage(
	raw: Record<string, unknown>,
	body: CaseBody,
	data: CaseInput,
	tree: Root,
	findings: readonly Finding[],
): Coverage {
	// `対策：` before a countermeasure and `対象：` before a phase's scope are template wording: the
	// page prints its own label there.
	const removed: Record<string, number> = {};
	let bodyText = splitBodyText(body);
	bodyText = bodyText.replace(/(^|\n|\s)(対策|対応|解決策|対象|範囲)[:：]/g, (_, before: string, word: string) => {
		const kind = /対象|範囲/.test(word) ? 'scope labels' : 'countermeasure labels';
		removed[kind] = (removed[kind] ?? 0) + 1;
		return before + word.replace(/./g, '');
	});
	const source = count(`${strings(raw).join('')}${bodyText}`);
	const output = count(`${strings({ ...data, source: undefined }).join('')}${textOf(tree)}`);
	let sourceChars = 0;
	let keptChars = 0;
	for (const [char, n] of source) {
		sourceChars += n;
		keptChars += Math.min(n, output.get(char) ?? 0);
	}
	const unread = findings.filter((finding) => finding.unread);
	const unreadChars = unread.reduce((sum, { text }) => sum + [...count(text).values()].reduce((a, b) => a + b, 0), 0);
	const notes = body.notes.map(({ line, column, text }) => ({ line, column, text }));
	return {
		sourceChars,
		keptChars: Math.max(0, keptChars - unreadChars),
		removed,
		...(unread.length > 0 ? { unread: unread.length } : {}),
		...(notes.length > 0 ? { notes } : {}),
	};
}

/** The text a reader sees in a body (the notes in MDX comments are not read). */
function textOf(tree: Root): string {
	const parts: string[] = [];
	visit(tree, 'text', (node) => {
		parts.push(node.value);
	});
	return parts.join('');
}

/** The body's text as the source has it, markup aside: title, headings, labels, lines and table cells. */
function splitBodyText(body: CaseBody): string {
	const parts: string[] = [body.title ?? ''];
	for (const section of body.sections) {
		parts.push(toString(section.heading));
		for (const block of section.blocks) parts.push(block.label ?? '', ...block.lines, ...(block.table ?? []).flat());
	}
	return parts.join('\n');
}

function strings(value: unknown): string[] {
	if (value === null || value === undefined) return [];
	if (typeof value === 'string' || typeof value === 'number') return [String(value)];
	if (Array.isArray(value)) return value.flatMap(strings);
	if (typeof value === 'object') return Object.values(value).flatMap(strings);
	return [];
}

/** Counts characters, leaving out white space and the separators `label：value` and `name（note）` split on. */
function count(text: string): Map<string, number> {
	const counts = new Map<string, number>();
	for (const char of text.replace(/[\s：:（）()]+/g, '')) counts.set(char, (counts.get(char) ?? 0) + 1);
	return counts;
}
