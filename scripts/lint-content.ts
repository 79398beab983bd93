/**
 * `npm run lint:content`: checks every MDX file under `src/content/` for what a pull request must
 * not bring in (scripts, event handlers, `javascript:` URLs, iframes, imports from outside
 * a feature's `components/` folder) and for frontmatter that fails its collection schema. Prints each problem as
 * `path:line:col: message (rule)`, all at once, and GitHub annotations when GITHUB_ACTIONS is set;
 * exits 1 when there is any. Run it from the project root.
 */
import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintFiles } from './lint-content/lint-mdx.ts';
import { formatAnnotation, formatProblem } from '../src/core/problems/problems.ts';

const root = process.cwd();
const files = globSync('src/content/**/*.mdx', { cwd: root })
	.map((file) => file.split('\\').join('/'))
	.sort();
const registry = join(root, 'src/content/data/clauses.yaml');
const problems = lintFiles(
	files.map((file) => ({ file, text: readFileSync(file, 'utf8') })),
	root,
	existsSync(registry) ? readFileSync(registry, 'utf8') : undefined,
);

for (const problem of problems) console.log(formatProblem(problem));
if (process.env.GITHUB_ACTIONS) for (const problem of problems) console.log(formatAnnotation(problem));

const filesWithProblems = new Set(problems.map((problem) => problem.file)).size;
if (problems.length > 0) {
	console.log(`\n${problems.length} problem(s) in ${filesWithProblems} of ${files.length} MDX file(s)`);
	process.exitCode = 1;
} else {
	console.log(`${files.length} MDX file(s) checked: no problems`);
}
