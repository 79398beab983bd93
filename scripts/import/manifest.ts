import { createHash } from 'node:crypto';
import { z } from 'zod';

// The keys of these schemas are in alphabetical order, as the manifest writes them: records read
// back from it then serialise without being copied (see sortKeys).

/** A problem as the manifest keeps it, to be printed again for a source that is not converted again. */
const RecordedProblemSchema = z.object({
	/** 1-based column, when the problem has a place. */
	column: z.number().int().optional(),
	/** Path of the file the problem is in (the source or its sidecar). */
	file: z.string(),
	/** 1-based line, when the problem has a place. */
	line: z.number().int().optional(),
	/** The message, word for word. */
	message: z.string(),
	/** The id of the check that found it. */
	rule: z.string(),
	/** As the conversion gave it: `--strict` turns warnings into errors when the problems are printed. */
	severity: z.enum(['error', 'warning']),
});

/**
 * What converting one source gave, kept so that a later run can skip a source whose inputs are
 * unchanged and still run the cross-file checks, print the same warnings and the same coverage.
 */
export const SourceRecordSchema = z.object({
	/** A case file's id, for the duplicate-id check across all sources. */
	case_id: z.number().int().optional(),
	/** Line of `case_id:` in the source, for the duplicate-id message. */
	case_id_line: z.number().int().optional(),
	/** The clause ids `src/content/data/case-clauses.yaml` gave this case: a change there converts it again. */
	clauses: z.array(z.string()).optional(),
	/** The share of the source that reached the output, for `--report`. */
	coverage: z
		.object({
			keptChars: z.number(),
			/** The authors' notes (HTML comments) of a case file, for `--report` to list. */
			notes: z.array(z.object({ column: z.number(), line: z.number(), text: z.string() })).optional(),
			removed: z.record(z.string(), z.number()),
			sourceChars: z.number(),
			unread: z.number().optional(),
		})
		.optional(),
	/** How the source was classified. */
	kind: z.enum(['case', 'policy']),
	/** SHA-256 of the sidecar `<name>.meta.yaml` text, when the source has one. */
	meta_sha256: z.string().optional(),
	/** The files the conversion generated, in its order, with the SHA-256 of their content. */
	outputs: z.array(z.object({ path: z.string(), sha256: z.string() })),
	/** The conversion's own problems (warnings), in its order. */
	problems: z.array(RecordedProblemSchema),
	/** SHA-256 of the source file's bytes. */
	sha256: z.string(),
});
export type SourceRecord = z.output<typeof SourceRecordSchema>;

/**
 * What the importer wrote last time: the hash of each generated file, to tell hand edits apart;
 * and what each source gave, to skip converting unchanged sources.
 */
export const ManifestSchema = z.object({
	/** Explains the file to whoever opens it. */
	$comment: z.string().optional(),
	/**
	 * Fingerprint of everything besides the sources that shapes the output (the importer's code,
	 * its dependencies' versions). Absent in manifests written before the import cache.
	 */
	importer: z.string().optional(),
	/** Generated files by path under the output folder. */
	files: z.record(
		z.string(),
		z.object({
			/** SHA-256 of the content the importer wrote. */
			sha256: z.string(),
			/** The source document it came from. */
			source: z.string(),
		}),
	),
	/**
	 * What each source gave, by source path. A part that does not fit the schema (edited by hand,
	 * or from another version) is dropped: every source is then converted again, nothing is lost.
	 */
	sources: z.record(z.string(), SourceRecordSchema).optional().catch(undefined),
});
export type Manifest = z.output<typeof ManifestSchema>;

/** Name of the manifest file in the output folder. */
export const MANIFEST_NAME = '.import-manifest.json';

/** Hex SHA-256 of a text or bytes. */
export function sha256(content: string | Uint8Array): string {
	return createHash('sha256').update(content).digest('hex');
}

const COMMENT =
	'Written by scripts/import.ts: the hash of every generated file, so that hand edits are never overwritten, and what each source gave, so that unchanged sources are not converted again. Do not edit.';

/**
 * Serialises a manifest with the keys of every object sorted (arrays keep their order), so that
 * an unchanged import writes the same bytes whether a source was converted or replayed, and the
 * file does not depend on the order sources were read in. One line per generated file and per
 * source: a change shows as a one-line diff, and at 10,000 sources the file is a sixth smaller (and
 * faster to read and write) than fully indented JSON.
 */
export function serializeManifest(manifest: Manifest): string {
	const sorted = sortKeys({ ...manifest, $comment: COMMENT }) as Record<string, unknown>;
	const members = Object.entries(sorted)
		.filter(([, value]) => value !== undefined)
		.map(([key, value]) => {
			if (value === null || typeof value !== 'object' || Array.isArray(value))
				return `\t${JSON.stringify(key)}: ${JSON.stringify(value)}`;
			const lines = Object.entries(value).map(([k, v]) => `\t\t${JSON.stringify(k)}: ${JSON.stringify(v)}`);
			return lines.length === 0
				? `\t${JSON.stringify(key)}: {}`
				: `\t${JSON.stringify(key)}: {\n${lines.join(',\n')}\n\t}`;
		});
	return `{\n${members.join(',\n')}\n}\n`;
}

/**
 * Whether two manifests say the same, so that an import that changed nothing does not even
 * serialise the manifest (0.3 s at 10,000 sources). A replayed record is the very object read
 * from the manifest, so most records compare by identity.
 */
export function sameManifest(a: Manifest, b: Manifest): boolean {
	if (a.importer !== b.importer) return false;
	const files = Object.keys(a.files);
	if (files.length !== Object.keys(b.files).length) return false;
	for (const path of files) {
		const [x, y] = [a.files[path], b.files[path]];
		if (!x || !y || x.sha256 !== y.sha256 || x.source !== y.source) return false;
	}
	const [sa, sb] = [a.sources ?? {}, b.sources ?? {}];
	const sources = Object.keys(sa);
	if (sources.length !== Object.keys(sb).length) return false;
	return sources.every(
		(file) => sa[file] === sb[file] || JSON.stringify(sortKeys(sa[file])) === JSON.stringify(sortKeys(sb[file])),
	);
}

/**
 * The value with the keys of every object in code-unit order. An object whose keys are already
 * in order is kept as it is rather than copied: records are built in order, so at 10,000
 * sources this walk allocates almost nothing.
 */
function sortKeys(value: unknown): unknown {
	if (Array.isArray(value)) {
		const items = value.map(sortKeys);
		return items.every((item, i) => item === value[i]) ? value : items;
	}
	if (value === null || typeof value !== 'object') return value;
	const record = value as Record<string, unknown>;
	const keys = Object.keys(record);
	let sorted = true;
	for (let i = 1; i < keys.length && sorted; i++) sorted = (keys[i - 1] ?? '') < (keys[i] ?? '');
	let children: Map<string, unknown> | undefined;
	for (const key of keys) {
		const after = sortKeys(record[key]);
		if (after !== record[key]) (children ??= new Map()).set(key, after);
	}
	if (sorted && !children) return value;
	const copy: Record<string, unknown> = {};
	for (const key of keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
		copy[key] = children?.has(key) ? children.get(key) : record[key];
	return copy;
}
