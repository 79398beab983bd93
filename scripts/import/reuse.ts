import type { SourceFile } from './convert-all.ts';
import { sha256, type Manifest, type SourceRecord } from './manifest.ts';

/**
 * Picks the sources whose earlier conversion still holds, so that they are not parsed, converted
 * or written again. A source qualifies only when all of these are as they were:
 *
 * - the importer (its code and dependencies: `fingerprint`),
 * - the source's bytes and its sidecar's text,
 * - for a case, the clause ids the mapping gives it,
 * - every file it generated, on disk byte for byte (by hash).
 *
 * Anything else (a changed input, a missing or hand-edited output, a manifest from before the
 * cache) makes the source convert as before, so the hand-edit check and every other check run
 * exactly as without the cache. The cross-file checks (duplicate case ids, two sources writing
 * one path) are not cached: they run on every import over every source.
 * @param manifest The manifest of the last import.
 * @param fingerprint The current {@link importerFingerprint}.
 * @param sources The sources as read now.
 * @param mapping Guideline clause ids by case id, as read now.
 * @param hashes SHA-256 of a source's bytes, and of a generated file (by its path under the output
 *   folder) as it is on disk, undefined when it is missing. Outputs are hashed last, and only for
 *   sources whose inputs are unchanged.
 * @returns The records to replay, by source path.
 */
export function reusableSources(
	manifest: Manifest,
	fingerprint: string,
	sources: readonly SourceFile[],
	mapping: Readonly<Record<string, string[]>>,
	hashes: { source: (source: SourceFile) => string; output: (path: string) => string | undefined },
): Map<string, SourceRecord> {
	const reusable = new Map<string, SourceRecord>();
	if (manifest.importer !== fingerprint || !manifest.sources) return reusable;
	for (const source of sources) {
		const record = manifest.sources[source.file];
		if (!record || record.sha256 !== hashes.source(source)) continue;
		if (record.meta_sha256 !== (source.meta ? sha256(source.meta.text) : undefined)) continue;
		if (record.kind === 'case' && !sameList(record.clauses ?? [], mapping[String(record.case_id)] ?? [])) continue;
		if (!record.outputs.every((output) => hashes.output(output.path) === output.sha256)) continue;
		reusable.set(source.file, record);
	}
	return reusable;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((item, i) => item === b[i]);
}
