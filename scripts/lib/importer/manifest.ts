import { createHash } from 'node:crypto';
import { z } from 'zod';

/** What the importer wrote last time: the hash of each generated file, to tell hand edits apart. */
export const ManifestSchema = z.object({
	/** Explains the file to whoever opens it. */
	$comment: z.string().optional(),
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
});
export type Manifest = z.output<typeof ManifestSchema>;

/** Name of the manifest file in the output folder. */
export const MANIFEST_NAME = '.import-manifest.json';

/** Hex SHA-256 of a text or bytes. */
export function sha256(content: string | Uint8Array): string {
	return createHash('sha256').update(content).digest('hex');
}

/** Serialises a manifest with sorted keys, so that an unchanged import writes the same bytes. */
export function serializeManifest(manifest: Manifest): string {
	const files = Object.fromEntries(Object.entries(manifest.files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
	return `${JSON.stringify({ $comment: 'Written by scripts/import.ts: the hash of every generated file, so that hand edits are never overwritten. Do not edit.', files }, null, '\t')}\n`;
}
