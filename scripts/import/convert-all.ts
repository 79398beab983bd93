import type { CaseConversion } from './cases/convert-case.ts';
import type { Problem } from '../../src/core/problems/problems.ts';
import { decodeSource } from './decode.ts';
import { classifySource } from './classify.ts';
import { sha256, type SourceRecord } from './manifest.ts';
import type { Converters } from './converters.ts';
import type { Coverage, GeneratedFile } from './types.ts';

/** A source document as read from disk. */
export interface SourceFile {
	/** Path shown in messages and stored in the output (relative, POSIX). */
	file: string;
	bytes: Uint8Array;
	/** Parsed sidecar `<name>.meta.yaml` text, for policy decks. */
	meta?: { file: string; text: string };
}

/** How {@link convertAll} runs. */
export interface ConvertOptions {
	/** Sources whose earlier conversion still holds (see `reusableSources`), replayed instead of converted. */
	reuse?: ReadonlyMap<string, SourceRecord>;
	/** The converters (`loadConverters()`); may be left out when every source is replayed. */
	converters?: Converters;
	/** Conversions already done elsewhere (worker threads, `convertInParallel`), by source file. */
	converted?: ReadonlyMap<string, Conversion>;
}

/** Everything the importer produced from a set of sources, before anything is written. */
export interface ImportResult {
	/** Generated files of the sources that converted without errors. */
	files: Array<GeneratedFile & { source: string }>;
	/** Files of replayed sources that passed the cross-file checks: on disk as generated, nothing to write. */
	reused: Array<{ path: string; sha256: string; source: string }>;
	problems: Problem[];
	/** Coverage per source. */
	coverage: Array<{ file: string; kind: string; coverage: Coverage }>;
	/** Sources that had errors (their files are not in `files` nor `reused`). */
	failed: Set<string>;
	/** What each source whose own conversion had no error gave, converted or replayed, for the manifest. */
	records: Map<string, SourceRecord>;
	/** Sources that were converted (the rest were replayed or could not be decoded). */
	converted: string[];
}

/** One source's conversion, from the converters or replayed from its record. */
export interface Outcome {
	kind: 'case' | 'policy';
	outputs: Array<{ path: string; sha256: string; content?: string }>;
	problems: Problem[];
	coverage?: Coverage;
	caseId?: number;
	caseIdLine?: number;
}

/**
 * Converts every source, pure: decode, classify, convert (or replay a reusable record), then the
 * cross-file checks (duplicate case ids, two sources writing one path), which run over every
 * source, replayed or not. All problems of all files are collected in one run.
 * @param sources The source documents.
 * @param mapping Guideline clause ids by case id.
 * @param options Records to replay, and the converters.
 */
export function convertAll(
	sources: SourceFile[],
	mapping: Record<string, string[]> = {},
	options: ConvertOptions = {},
): ImportResult {
	const result: ImportResult = {
		files: [],
		reused: [],
		problems: [],
		coverage: [],
		failed: new Set(),
		records: new Map(),
		converted: [],
	};
	const caseIds = new Map<number, { file: string; line?: number }>();
	const paths = new Map<string, string>();

	for (const source of sources) {
		const record = options.reuse?.get(source.file);
		let outcome: Outcome | undefined;
		const problems: Problem[] = [];
		if (record) {
			outcome = replay(record);
		} else {
			let converted = options.converted?.get(source.file);
			if (!converted) {
				if (!options.converters) throw new Error(`No converters given, but ${source.file} needs converting`);
				converted = convertOne(source, mapping, options.converters);
			}
			result.converted.push(source.file);
			if ('problem' in converted) problems.push(converted.problem);
			else outcome = converted;
		}
		if (outcome) {
			problems.push(...outcome.problems);
			if (!outcome.problems.some((problem) => problem.severity === 'error'))
				result.records.set(source.file, record ?? recordOf(source, outcome, mapping));
			const id = outcome.caseId;
			if (id !== undefined) {
				const first = caseIds.get(id);
				if (first) {
					problems.push({
						file: source.file,
						line: outcome.caseIdLine,
						column: 1,
						message: `Duplicate case_id ${id}: already used by ${first.file}${first.line ? `:${first.line}` : ''}`,
						rule: 'case-duplicate-id',
						severity: 'error',
					});
				} else caseIds.set(id, { file: source.file, line: outcome.caseIdLine });
			}
			for (const file of outcome.outputs) {
				const other = paths.get(file.path);
				// A duplicate case id already explains why two sources write one path.
				if (other && other !== source.file && !problems.some((problem) => problem.rule === 'case-duplicate-id')) {
					problems.push({
						file: source.file,
						message: `Writes ${file.path}, which ${other} writes too`,
						rule: 'import-path-clash',
						severity: 'error',
					});
				}
				paths.set(file.path, source.file);
			}
			if (outcome.coverage) result.coverage.push({ file: source.file, kind: outcome.kind, coverage: outcome.coverage });
		}
		result.problems.push(...problems);
		if (problems.some((problem) => problem.severity === 'error') || !outcome) {
			result.failed.add(source.file);
			continue;
		}
		for (const { path, sha256, content } of outcome.outputs) {
			if (content === undefined) result.reused.push({ path, sha256, source: source.file });
			else result.files.push({ path, content, source: source.file });
		}
	}
	return result;
}

/** A source's conversion, or the one problem that kept it from being converted. */
export type Conversion = Outcome | { problem: Problem };

/** Decodes, classifies and converts one source; a source that is neither kind is one problem. */
export function convertOne(source: SourceFile, mapping: Record<string, string[]>, converters: Converters): Conversion {
	const decoded = decodeSource(source.file, source.bytes);
	if (!decoded.ok) return { problem: decoded.problem };
	const input = { file: source.file, text: decoded.text, sha256: sha256(source.bytes) };
	const kind = classifySource(decoded.text);
	if (kind === 'unknown') {
		const empty = decoded.text.trim() === '';
		return {
			problem: {
				file: source.file,
				line: empty ? undefined : 1,
				column: empty ? undefined : 1,
				message: empty
					? 'Empty source document: expected a case file (YAML frontmatter with case_id) or the text of a slide deck'
					: 'Frontmatter without `case_id`: a case file needs `case_id` (a source with frontmatter is read as a case file)',
				rule: 'source-kind',
				severity: 'error',
			},
		};
	}
	const conversion: CaseConversion =
		kind === 'case' ? converters.case(input, mapping) : converters.policy(input, source.meta);
	return {
		kind,
		outputs: conversion.files.map((file) => ({ path: file.path, sha256: sha256(file.content), content: file.content })),
		problems: conversion.problems,
		coverage: conversion.coverage,
		caseId: conversion.caseId,
		caseIdLine: conversion.caseIdLine,
	};
}

/** A record's outcome, with copies of its problems so that printing them can never alter the record. */
function replay(record: SourceRecord): Outcome {
	return {
		kind: record.kind,
		outputs: record.outputs,
		problems: record.problems.map((problem) => ({ ...problem })),
		coverage: record.coverage,
		caseId: record.case_id,
		caseIdLine: record.case_id_line,
	};
}

/** The record of a fresh conversion: what a later run needs to skip it. Keys in the manifest's order. */
function recordOf(source: SourceFile, outcome: Outcome, mapping: Record<string, string[]>): SourceRecord {
	const coverage = outcome.coverage;
	return {
		case_id: outcome.caseId,
		case_id_line: outcome.caseIdLine,
		clauses: outcome.kind === 'case' ? [...(mapping[String(outcome.caseId)] ?? [])] : undefined,
		coverage: coverage && {
			keptChars: coverage.keptChars,
			notes: coverage.notes?.map(({ line, column, text }) => ({ column, line, text })),
			removed: Object.fromEntries(Object.entries(coverage.removed).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
			sourceChars: coverage.sourceChars,
			unread: coverage.unread,
		},
		kind: outcome.kind,
		meta_sha256: source.meta ? sha256(source.meta.text) : undefined,
		outputs: outcome.outputs.map(({ path, sha256 }) => ({ path, sha256 })),
		problems: outcome.problems.map(({ column, file, line, message, rule, severity }) => ({
			column,
			file,
			line,
			message,
			rule,
			severity,
		})),
		sha256: sha256(source.bytes),
	};
}
