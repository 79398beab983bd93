/**
 * `npm run import`: converts the source documents in `sources/` (case files and slide-deck text)
 * into the MDX content collections under `src/content/`. Validates everything first and writes
 * nothing when a source has an error; never overwrites a generated file edited by hand. A source
 * whose inputs and generated files are unchanged since the last import is not converted again
 * (`--no-cache`, `--force` and `--check` convert every source).
 */
import { convertAll } from './import/convert-all.ts';
import { convertInParallel, PARALLEL_FROM } from './import/convert-in-parallel.ts';
import { loadConverters } from './import/converters.ts';
import { parseImportArgs } from './import/args.ts';
import { currentImporterFingerprint } from './import/fingerprint.ts';
import {
	applyPlan,
	diskHashes,
	fileHasher,
	outputPath,
	readCurrent,
	readManifest,
	readSources,
	readTextIfExists,
	readTextOrUndefined,
} from './import/io.ts';
import { sameManifest, type SourceRecord } from './import/manifest.ts';
import { planWrites } from './import/plan.ts';
import { printCoverage, printProblems, printSummary } from './import/output.ts';
import { reusableSources } from './import/reuse.ts';
import { CLAUSE_MAPPING_PATH, CLAUSE_REGISTRY_PATH, readClauseMapping } from './import/clause-mapping.ts';

const parsed = parseImportArgs(process.argv.slice(2));
if (!parsed.ok) {
	console.error(parsed.message);
	process.exit(2);
}
const options = parsed.options;

// 1. Read every source, the clause mapping, and what the last import wrote and recorded.
const sources = readSources(options.input);
const clauses = readClauseMapping(readTextIfExists(CLAUSE_MAPPING_PATH), readTextIfExists(CLAUSE_REGISTRY_PATH));
const manifest = readManifest(options.output);

// 2. Convert every source, except those whose inputs and generated files are as the manifest
//    records them under the same importer: those are replayed from the manifest. `--check` never
//    trusts the cache, so that CI compares with a real conversion; nor do `--force` and `--no-cache`.
const fingerprint = currentImporterFingerprint(readTextOrUndefined);
let reuse = new Map<string, SourceRecord>();
if (!options.check && !options.force && !options.noCache) {
	const hasher = fileHasher(options.output);
	reuse = reusableSources(manifest, fingerprint, sources, clauses.mapping, diskHashes(options.output, hasher));
	hasher.save();
}
// Many sources to convert (a first import, a new importer) are converted in worker threads.
const toConvert = sources.filter((source) => !reuse.has(source.file));
const converted = toConvert.length >= PARALLEL_FROM ? await convertInParallel(toConvert, clauses.mapping) : undefined;
const converters = toConvert.length > 0 && !converted ? await loadConverters() : undefined;
const result = convertAll(sources, clauses.mapping, { reuse, converters, converted });
// New objects, not the converted ones: the manifest records the problems as the conversion gave them.
const problems = [...result.problems, ...clauses.problems].map((problem) =>
	options.strict ? { ...problem, severity: 'error' as const } : problem,
);
const hasErrors = problems.some((problem) => problem.severity === 'error');

// 3. Compare with what is on disk: new, changed, hand-edited, removed. Replayed files were just
//    hashed on disk and need no second read.
const reused = new Set(result.reused.map((file) => file.path));
const paths = new Set(
	[...result.files.map((file) => file.path), ...Object.keys(manifest.files)].filter((path) => !reused.has(path)),
);
// With errors, the failed sources' old outputs stay as they are: they are not "removed".
const keepFailed = Object.entries(manifest.files).filter(([, entry]) => result.failed.has(entry.source));
const kept = new Set(keepFailed.map(([path]) => path));
const plan = planWrites(
	result.files,
	readCurrent(options.output, paths),
	{ files: Object.fromEntries(Object.entries(manifest.files).filter(([path]) => !kept.has(path))) },
	options.force,
	result.reused,
);
for (const [path, entry] of keepFailed) plan.manifest.files[path] = entry;
plan.manifest.importer = fingerprint;
plan.manifest.sources = Object.fromEntries(result.records);
// The plan names generated files inside the output folder; messages name them from the repository root.
const planProblems = plan.problems.map((problem) => ({ ...problem, file: outputPath(options.output, problem.file) }));
printProblems([...problems, ...planProblems]);
if (options.report) printCoverage(result.coverage);

// 4. Write (or, with --check, only say what would change).
if (options.check) {
	printSummary(plan, sources.length, result.converted.length, 'check', options.output);
	process.exit(hasErrors || plan.actions.length > 0 ? 1 : 0);
}
if (hasErrors && !options.keepGoing) {
	console.error('Nothing was written: fix the errors above and run the import again.');
	process.exit(1);
}
// A manifest that says what the one on disk says is not even serialised (0.3 s at 10,000 sources).
applyPlan(options.output, plan.actions, sameManifest(plan.manifest, manifest) ? undefined : plan.manifest);
printSummary(plan, sources.length, result.converted.length, 'write', options.output);
process.exit(hasErrors ? 1 : 0);
