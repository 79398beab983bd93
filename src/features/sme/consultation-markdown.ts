/**
 * The Markdown file of the consultation preparation sheet (`/sme/consultation-sheet/`): one
 * section per question, headed by the question as the page shows it, so the file reads the same
 * as the printed sheet, in the page's language.
 */

/** One answered (or skipped) question of the sheet. */
export interface SheetSection {
	/** The question's label as shown on the page. */
	heading: string;
	/** What the reader entered; empty when skipped. */
	value: string;
}

/** Everything the file is made of. */
export interface SheetDocument {
	/** Title of the file (the page's title). */
	title: string;
	/** Lines under the title, e.g. the date it was written; may be empty. */
	intro: readonly string[];
	sections: readonly SheetSection[];
	/** Shown for a skipped question ("（未記入）" / "(not filled in)"). */
	empty: string;
}

/**
 * Keeps what the reader typed from changing the file's structure: a line of theirs that starts
 * with `#` would become a heading of its own, so it is escaped. Everything else stays as typed.
 * @param value Text as entered.
 */
export function escapeAnswer(value: string): string {
	return value
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.map((line) => line.replace(/\s+$/, '').replace(/^(\s*)#/, '$1\\#'))
		.join('\n')
		.trim();
}

/**
 * Writes the sheet as Markdown: `# title`, the intro lines, then `## heading` and the answer for
 * each section. Ends with a single newline.
 * @param doc The sheet's title, intro, sections and the text for a skipped question.
 */
export function consultationMarkdown(doc: SheetDocument): string {
	const blocks = [`# ${doc.title}`];
	if (doc.intro.length > 0) blocks.push(doc.intro.join('  \n'));
	for (const section of doc.sections) {
		const answer = escapeAnswer(section.value);
		blocks.push(`## ${section.heading}`, answer === '' ? doc.empty : answer);
	}
	return `${blocks.join('\n\n')}\n`;
}
