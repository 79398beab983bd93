import { z } from 'zod';

/** Where a generated file came from, so a reader can check it and the importer can detect drift. */
export const SourceRefSchema = z.object({
	/** Path of the source document in the repository (e.g. `sources/000_186593a879ea8978.txt`). */
	file: z.string().describe('Path of the source document in the repository (e.g. `sources/000_186593a879ea8978.txt`).'),
	/** Hex SHA-256 of the source document's bytes. */
	sha256: z
		.string()
		.regex(/^[0-9a-f]{64}$/)
		.describe("Hex SHA-256 of the source document's bytes."),
	/** Version of the importer that wrote the file. */
	importer_version: z.string().describe('Version of the importer that wrote the file.'),
});
