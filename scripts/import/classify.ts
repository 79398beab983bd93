import { findFrontmatter } from '../../src/core/frontmatter.ts';

/** What kind of source document a text is. */
export type SourceKind = 'case' | 'policy' | 'unknown';

/**
 * Classifies a source document by its content, not its name: a YAML frontmatter block with a
 * `case_id` key is a case file; text without frontmatter is a policy deck; frontmatter without
 * `case_id` is neither (an error the importer reports).
 * @param text Decoded source text.
 */
export function classifySource(text: string): SourceKind {
	const frontmatter = findFrontmatter(text);
	if (!frontmatter) return text.trim() === '' ? 'unknown' : 'policy';
	return /^case_id[ \t]*:/m.test(frontmatter.yaml) ? 'case' : 'unknown';
}
