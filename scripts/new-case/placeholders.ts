import { findFrontmatter } from '../../src/core/frontmatter.ts';
import { placeOf, type Problem } from '../../src/core/problems/problems.ts';

/**
 * The mark `npm run new:case` leaves where the maintainer has to write: `【要記入：国（例：日本）】`
 * (要記入 = "to be filled in"). The importer refuses a file that still has one, so a half-written
 * case never becomes a page and CI's `import --check` fails until it is finished.
 */
export const PLACEHOLDER = /【要記入[：:]([^】\n]*)】/g;

/** A placeholder with what it asks for, e.g. `国（例：日本）`. */
export function placeholder(what: string): string {
	return `【要記入：${what}】`;
}

/**
 * Every unfilled placeholder of a source, as an error at its line and column, all at once.
 * @param file Path shown in messages.
 * @param text The source text.
 */
export function findPlaceholders(file: string, text: string): Problem[] {
	const frontmatter = findFrontmatter(text);
	// Lines before the closing fence; none when it is missing (the importer reports that).
	const closingLine = frontmatter?.closed ? frontmatter.bodyLine - 1 : 0;
	return [...text.matchAll(PLACEHOLDER)].map((match) => {
		const place = placeOf(text, match.index);
		const what =
			place.line < closingLine
				? 'replace it with the value: this frontmatter field is required'
				: "replace it with the case's own text, or delete the line if the source does not say";
		return {
			file,
			line: place.line,
			column: place.column,
			message: `Unfilled placeholder “${match[0]}”: ${what}`,
			rule: 'case-placeholder',
			severity: 'error' as const,
		};
	});
}
