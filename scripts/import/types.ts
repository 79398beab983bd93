import type { Problem } from '../../src/core/problems/problems.ts';

/** Version stamped into every generated file's `source.importer_version`. */
export const IMPORTER_VERSION = '1.0.0';

/** One file an importer wants written, relative to the content output folder. */
export interface GeneratedFile {
	/** POSIX path under the output folder, e.g. `cases/863-aist.mdx`; never absolute, never `..`. */
	path: string;
	/** Complete file content (frontmatter and body). */
	content: string;
}

/** How much of a source reached the output: the importer's "loses nothing" promise, measured. */
export interface Coverage {
	/** Characters of the source that count (after normalisation, without whitespace and markup). */
	sourceChars: number;
	/** Of those, how many appear in the output, in order. */
	keptChars: number;
	/** What was removed on purpose, by kind (e.g. `slide numbers: 31`). */
	removed: Record<string, number>;
	/** Values kept as written but not read (each a warning); their characters are not in `keptChars`. */
	unread?: number;
	/** The authors' notes (HTML comments) of the source: kept in the MDX as comments, not published. */
	notes?: Array<{ line: number; column: number; text: string }>;
}

/** What converting one source document gives: files to write, problems, and coverage. */
export interface Conversion {
	files: GeneratedFile[];
	problems: Problem[];
	coverage?: Coverage;
}

/** The input every converter receives: the decoded text and facts about the source file. */
export interface SourceInput {
	/** Path of the source as shown in messages and stored in `source.file` (e.g. `sources/x.txt`). */
	file: string;
	/** Decoded text: UTF-8, no BOM, `\n` line endings. */
	text: string;
	/** Hex SHA-256 of the source file's bytes. */
	sha256: string;
}
