/**
 * A URL- and file-safe slug: ASCII letters, digits and single hyphens, at most `max` characters.
 * Whatever the input (`../../etc/passwd`, Japanese, emoji), the result has no `/`, `\` or `.`,
 * so a path built from it cannot leave its folder.
 * @param text Any text, e.g. an organisation's English name.
 * @param max Longest slug to return.
 */
export function slugify(text: string, max = 48): string {
	const slug = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, max)
		.replace(/-+$/g, '');
	return slug;
}
