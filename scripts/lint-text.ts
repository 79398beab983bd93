/**
 * `npm run lint:text`: textlint on the hand-written Japanese, with .textlintrc.yml (the
 * ja-technical-writing and JTF presets, tuned there) and the project's 表記 dictionary
 * (.textlint/prh.yml). It checks the Japanese pages (src/content/docs/**\/*.mdx outside en/), the
 * glossary's Japanese (src/content/glossary/terms.yaml) and the UI strings
 * (src/content/i18n/ja.json). Imported source texts (sources/, src/content/cases/,
 * src/content/policy/) are data and are not checked. Prints each problem as
 * `path:line:col: message (textlint/rule)`, all at once, and GitHub annotations when GITHUB_ACTIONS
 * is set; exits 1 when there is any. Run it from the project root.
 */
import { globSync, readFileSync } from 'node:fs';
import { createLinter, loadTextlintrc } from 'textlint';
import type { TextlintResult } from '@textlint/types';
import { jsxItemsFilter } from './lint-text/jsx-items-filter.ts';
import {
	asListDocument,
	besidePlaceholder,
	glossaryStrings,
	placeInFile,
	uiStrings,
	type TextString,
} from './lint-text/strings.ts';
import { formatAnnotation, formatProblem, type Problem } from '../src/core/problems/problems.ts';

const pages = globSync('src/content/docs/**/*.mdx')
	.map((file) => file.split('\\').join('/'))
	.filter((file) => !file.startsWith('src/content/docs/en/'))
	.sort();
const dataFiles: Array<{ file: string; strings: (text: string) => TextString[] }> = [
	{ file: 'src/content/glossary/terms.yaml', strings: glossaryStrings },
	{ file: 'src/content/i18n/ja.json', strings: uiStrings },
];

/**
 * Rules that do not apply to the strings of a data file: each string stands alone, and the list
 * they are handed over as (see asListDocument) is not a list a reader sees.
 */
const NOT_FOR_STRINGS = new Set(['jtf-style/1.1.3.箇条書き']);
/** Spacing rules, which cannot judge the space beside a `{{name}}` placeholder (see besidePlaceholder). */
const SPACING = new Set(['jtf-style/3.1.1.全角文字と半角文字の間', 'jtf-style/3.1.2.全角文字どうし']);

const descriptor = (await loadTextlintrc({ configFilePath: '.textlintrc.yml' })).shallowMerge({
	filterRules: [{ ruleId: 'jsx-items', rule: jsxItemsFilter }],
});
const linter = createLinter({ descriptor });

/** The problems of one textlint result, placed by `place` (the file's own lines by default). */
const toProblems = (
	file: string,
	result: TextlintResult,
	place = (line: number, column: number) => ({ line, column }),
) =>
	result.messages.map((message): Problem => ({
		file,
		...place(message.loc.start.line, message.loc.start.column),
		message: message.message.replace(/\s*\n\s*/g, ' '),
		rule: `textlint/${message.ruleId}`,
		severity: 'error',
	}));

const problems: Problem[] = [];
for (const result of await linter.lintFiles(pages)) {
	problems.push(...toProblems(result.filePath.slice(process.cwd().length + 1), result));
}
for (const { file, strings: read } of dataFiles) {
	const strings = read(readFileSync(file, 'utf8'));
	// Linted as Markdown: one list item per string (see asListDocument).
	const result = await linter.lintText(asListDocument(strings), `${file}.md`);
	result.messages = result.messages.filter(
		(message) =>
			!NOT_FOR_STRINGS.has(message.ruleId) &&
			!(SPACING.has(message.ruleId) && besidePlaceholder(strings, message.loc.start.line, message.loc.start.column)),
	);
	problems.push(...toProblems(file, result, (line, column) => placeInFile(strings, line, column)));
}
problems.sort(
	(a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
);

for (const problem of problems) console.log(formatProblem(problem));
if (process.env.GITHUB_ACTIONS) for (const problem of problems) console.log(formatAnnotation(problem));

const checked = pages.length + dataFiles.length;
if (problems.length > 0) {
	console.log(`\n${problems.length} problem(s) in ${new Set(problems.map((p) => p.file)).size} of ${checked} file(s)`);
	process.exitCode = 1;
} else {
	console.log(`${checked} file(s) checked: no problems`);
}
