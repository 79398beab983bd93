import { convertCase } from '../cases/convert-case.ts';
import type { Problem } from '../problems.ts';
import { decodeSource } from '../source/decode.ts';
import { classifySource } from './classify.ts';
import { sha256 } from './manifest.ts';
import type { Coverage, GeneratedFile } from './types.ts';
import { convertPolicy } from './policy-step.ts';

/** A source document as read from disk. */
export interface SourceFile {
	/** Path shown in messages and stored in the output (relative, POSIX). */
	file: string;
	bytes: Uint8Array;
	/** Parsed sidecar `<name>.meta.yaml` text, for policy decks. */
	meta?: { file: string; text: string };
}

/** Everything the importer produced from a set of sources, before anything is written. */
export interface ImportResult {
	/** Generated files of the sources that converted without errors. */
	files: Array<GeneratedFile & { source: string }>;
	problems: Problem[];
	/** Coverage per source. */
	coverage: Array<{ file: string; kind: string; coverage: Coverage }>;
	/** Sources that had errors (their files are not in `files`). */
	failed: Set<string>;
}

/**
 * Converts every source, pure: decode, classify, convert, then cross-file checks (duplicate
 * case ids, two sources writing one path). All problems of all files are collected in one run.
 * @param sources The source documents.
 * @param mapping Guideline clause ids by case id.
 */
export function convertAll(sources: SourceFile[], mapping: Record<string, string[]> = {}): ImportResult {
	const result: ImportResult = { files: [], problems: [], coverage: [], failed: new Set() };
	const caseIds = new Map<number, { file: string; line?: number }>();
	const paths = new Map<string, string>();

	for (const source of sources) {
		const decoded = decodeSource(source.file, source.bytes);
		if (!decoded.ok) {
			result.problems.push(decoded.problem);
			result.failed.add(source.file);
			continue;
		}
		const input = { file: source.file, text: decoded.text, sha256: sha256(source.bytes) };
		const kind = classifySource(decoded.text);
		const problems: Problem[] = [];
		let conversion;
		if (kind === 'unknown') {
			problems.push({
				file: source.file,
				line: decoded.text.trim() === '' ? undefined : 1,
				column: decoded.text.trim() === '' ? undefined : 1,
				message:
					decoded.text.trim() === ''
						? 'Empty source document: expected a case file (YAML frontmatter with case_id) or the text of a slide deck'
						: 'Frontmatter without `case_id`: a case file needs `case_id` (a source with frontmatter is read as a case file)',
				rule: 'source-kind',
				severity: 'error',
			});
		} else if (kind === 'case') {
			conversion = convertCase(input, mapping);
			const id = conversion.caseId;
			if (id !== undefined) {
				const first = caseIds.get(id);
				if (first) {
					problems.push({
						file: source.file,
						line: conversion.caseIdLine,
						column: 1,
						message: `Duplicate case_id ${id}: already used by ${first.file}${first.line ? `:${first.line}` : ''}`,
						rule: 'case-duplicate-id',
						severity: 'error',
					});
				} else caseIds.set(id, { file: source.file, line: conversion.caseIdLine });
			}
		} else {
			conversion = convertPolicy(input, source.meta);
		}
		if (conversion) {
			problems.push(...conversion.problems);
			for (const file of conversion.files) {
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
			if (conversion.coverage) result.coverage.push({ file: source.file, kind, coverage: conversion.coverage });
		}
		result.problems.push(...problems);
		if (problems.some((problem) => problem.severity === 'error') || !conversion) {
			result.failed.add(source.file);
		} else {
			result.files.push(...conversion.files.map((file) => ({ ...file, source: source.file })));
		}
	}
	return result;
}
