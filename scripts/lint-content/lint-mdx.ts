import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Problem } from '../../src/core/problems/problems.ts';
import { citationTargets } from './citation-targets.ts';
import { readFrontmatter } from './frontmatter.ts';
import type { Rule, RuleContext } from './rule.ts';
import { allowedImports } from './rules/allowed-imports.ts';
import { citationTarget } from './rules/citation-target.ts';
import { frontmatterSchema } from './rules/frontmatter-schema.ts';
import { noEventHandler } from './rules/no-event-handler.ts';
import { noIframe } from './rules/no-iframe.ts';
import { noJavascriptUrl } from './rules/no-javascript-url.ts';
import { noScript } from './rules/no-script.ts';

/** The rules that read the MDX body, in reporting order. */
export const RULES: Rule[] = [noScript, noEventHandler, noJavascriptUrl, noIframe, allowedImports, citationTarget];

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/**
 * Lints the MDX files of a project: reads each file's frontmatter once, collects what citations
 * may point at from the collections' own files, then lints every file.
 * @param files Each file's path (relative to the root, `/`-separated) and text.
 * @param root Absolute path of the project root.
 * @param clauseRegistry The text of the clause registry, if the project has one.
 * @returns Every problem, file by file, sorted by place within a file.
 */
export function lintFiles(
	files: { file: string; text: string }[],
	root: string,
	clauseRegistry: string | undefined,
): Problem[] {
	const read = files.map(({ file, text }) => ({
		file,
		frontmatter: readFrontmatter(file, text.replace(/\r\n?/g, '\n')),
	}));
	const collections = read.flatMap(({ file, frontmatter }) =>
		/^src\/content\/(cases|policy)\//u.test(file) && frontmatter.ok ? [{ file, data: frontmatter.value.data }] : [],
	);
	const targets = citationTargets(collections, clauseRegistry);
	return read.flatMap(({ file, frontmatter }) => lintMdx({ file, root, targets }, frontmatter));
}

/**
 * Lints one MDX file: frontmatter against its collection schema, then every body rule.
 * @param context Where the file is (its path relative to the root, and the root).
 * @param frontmatter The file's frontmatter as read, or the problems that kept it from being read.
 * @returns Every problem, sorted by place.
 */
function lintMdx(context: RuleContext, frontmatter: ReturnType<typeof readFrontmatter>): Problem[] {
	if (!frontmatter.ok) return frontmatter.problems;
	const problems = frontmatterSchema(context.file, frontmatter.value);
	let tree: Root;
	try {
		tree = parser.parse(frontmatter.value.body);
	} catch (error) {
		// micromark throws a VFileMessage. For an element left open at the end of the file it has no
		// place of its own, only the opening tag's range at the end of its reason: point there.
		const message = error as { line?: number; column?: number; reason?: string; message?: string };
		const reason = message.reason ?? message.message ?? String(error);
		const opened = /\((\d+):(\d+)-\d+:\d+\)$/.exec(reason);
		const place = message.line
			? { line: message.line, column: message.column ?? 1 }
			: { line: Number(opened?.[1] ?? 1), column: Number(opened?.[2] ?? 1) };
		return [
			...problems,
			{
				file: context.file,
				line: place.line,
				column: place.column,
				message: `Cannot parse MDX: ${reason}`,
				rule: 'mdx-syntax',
				severity: 'error',
			},
		];
	}
	for (const rule of RULES) problems.push(...rule(tree, context));
	return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
