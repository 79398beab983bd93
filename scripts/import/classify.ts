import { hasFrontmatter } from './cases/frontmatter.ts';

/** What kind of source document a text is. */
export type SourceKind = 'case' | 'policy' | 'unknown';

/**
 * Classifies a source document by its content, not its name: a YAML frontmatter block with a
 * `case_id` key is a case file; text without frontmatter is a policy deck; frontmatter without
 * `case_id` is neither (an error the importer reports).
 * @param text Decoded source text.
 */
export function classifySource(text: string): SourceKind {
	if (!hasFrontmatter(text)) return text.trim() === '' ? 'unknown' : 'policy';
	const close = text.indexOf('\n---', 3);
	const yaml = close === -1 ? text : text.slice(0, close);
	return /^case_id[ \t]*:/m.test(yaml) ? 'case' : 'unknown';
}
