/**
 * `npm run import`: converts the source documents in `sources/` (case files and slide-deck text)
 * into the MDX content collections under `src/content/`. Validates everything first and writes
 * nothing when a source has an error; never overwrites a generated file edited by hand.
 */
import { convertAll } from './lib/importer/convert-all.ts';
import { parseImportArgs } from './lib/importer/args.ts';
import { applyPlan, readCurrent, readManifest, readSources, readTextIfExists } from './lib/importer/io.ts';
import { planWrites } from './lib/importer/plan.ts';
import { printCoverage, printProblems, printSummary } from './lib/importer/output.ts';
import { CLAUSE_MAPPING_PATH, CLAUSE_REGISTRY_PATH, readClauseMapping } from './lib/importer/clause-mapping.ts';

const parsed = parseImportArgs(process.argv.slice(2));
if (!parsed.ok) {
	console.error(parsed.message);
	process.exit(2);
}
const options = parsed.options;

// 1. Read and convert every source; collect all problems of all files in one run.
const sources = readSources(options.input);
const clauses = readClauseMapping(readTextIfExists(CLAUSE_MAPPING_PATH), readTextIfExists(CLAUSE_REGISTRY_PATH));
const result = convertAll(sources, clauses.mapping);
result.problems.push(...clauses.problems);
if (options.strict) for (const problem of result.problems) problem.severity = 'error';
const hasErrors = result.problems.some((problem) => problem.severity === 'error');

// 2. Compare with what is on disk: new, changed, hand-edited, removed.
const manifest = readManifest(options.output);
const paths = new Set([...result.files.map((file) => file.path), ...Object.keys(manifest.files)]);
// With errors, the failed sources' old outputs stay as they are: they are not "removed".
const keepFailed = Object.entries(manifest.files).filter(([, entry]) => result.failed.has(entry.source));
const plan = planWrites(
	result.files,
	readCurrent(options.output, paths),
	{
		files: Object.fromEntries(
			Object.entries(manifest.files).filter(([path]) => !keepFailed.some(([kept]) => kept === path)),
		),
	},
	options.force,
);
for (const [path, entry] of keepFailed) plan.manifest.files[path] = entry;
printProblems([...result.problems, ...plan.problems]);
if (options.report) printCoverage(result.coverage);

// 3. Write (or, with --check, only say what would change).
if (options.check) {
	printSummary(plan, sources.length, 'check');
	process.exit(hasErrors || plan.actions.length > 0 ? 1 : 0);
}
if (hasErrors && !options.keepGoing) {
	console.error('Nothing was written: fix the errors above and run the import again.');
	process.exit(1);
}
applyPlan(options.output, plan.actions, plan.manifest);
printSummary(plan, sources.length, 'write');
process.exit(hasErrors ? 1 : 0);
