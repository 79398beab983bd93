import { findFrontmatter } from '../../src/core/frontmatter.ts';
import { classifySource } from '../import/classify.ts';

/** A file of `sources/`: its name and decoded text. */
export interface SourceFile {
	name: string;
	text: string;
}

/**
 * The case ids already taken in `sources/`, each with the file that has it. Only case files
 * count (frontmatter with `case_id`, as the importer classifies them); the id is read from the
 * frontmatter line as written, so a file with other errors still reserves its id.
 * @param files The source files.
 */
export function usedCaseIds(files: SourceFile[]): Map<number, string> {
	const used = new Map<number, string>();
	for (const file of files) {
		if (classifySource(file.text) !== 'case') continue;
		const frontmatter = findFrontmatter(file.text)?.yaml ?? file.text;
		const id = /^case_id[ \t]*:[ \t]*["']?(\d+)["']?[ \t]*(?:#.*)?$/m.exec(frontmatter)?.[1];
		if (id !== undefined && !used.has(Number(id))) used.set(Number(id), file.name);
	}
	return used;
}
