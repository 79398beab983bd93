import type { Problem } from '../../../src/core/problems/problems.ts';
import { isCitation } from './citations.ts';
import type { DeckLine, SlideSpan } from './model.ts';
import { readMarker } from './markers.ts';
import { isBlank } from './normalize.ts';
import { endsSentence, rejoin, visibleLength } from './rejoin-lines.ts';
import type { SpeakerNote } from './speaker-notes.ts';
import type { Divider } from './toc.ts';

/** A divider slide holds its chapter's title and nothing else: one short heading. */
const DIVIDER_MAX = 60;

/** One chapter of the deck: the slides from its divider to the next. */
export interface Chapter {
	/** 1-based chapter number, in deck order. */
	number: number;
	/** The title, from the table of contents or the divider slide. */
	title: string;
	/** The chapter's slides, in order. */
	slides: SlideSpan[];
}

/** What chapter grouping needs to know about the deck. */
export interface ChapterInput {
	file: string;
	lines: DeckLine[];
	slides: SlideSpan[];
	notes: SpeakerNote[];
	/** Divider slides matched to table-of-contents entries, when the deck has a table of contents. */
	dividers?: Divider[];
	/** Title for the single chapter of a deck without chapters. */
	fallbackTitle: string;
}

/**
 * Groups slides into chapters. A table of contents gives the titles and its divider slides the
 * starts; without one, slides that hold a single short heading are taken as dividers (two at
 * least, so that one short slide does not make a chapter). Slides before the first divider (cover,
 * contents) open the first chapter. A deck with no chapters at all becomes one chapter, with a
 * warning: its slides are kept, never dropped.
 * @param input The deck, its slides and the dividers found from its table of contents.
 */
export function groupChapters(input: ChapterInput): { chapters: Chapter[]; problems: Problem[] } {
	const problems: Problem[] = [];
	let starts: Array<{ slide: number; title: string }> = [];
	for (const divider of input.dividers ?? []) {
		const slide =
			divider.start === undefined
				? -1
				: input.slides.findIndex((s) => divider.start >= s.start && divider.start < s.end);
		// Two dividers on one slide cannot both open a chapter: the second one's chapter would be empty.
		if (slide >= 0 && slide > (starts.at(-1)?.slide ?? -1)) starts.push({ slide, title: divider.entry.title });
		else if (slide < 0) {
			const line = input.lines[divider.entry.index]?.line ?? 1;
			problems.push({
				file: input.file,
				line,
				column: 1,
				message: `No divider slide found for contents entry ${divider.entry.number} 「${divider.entry.title}」: its slides stay in the chapter before; make the divider's text match the entry`,
				rule: 'policy-toc-divider',
				severity: 'warning',
			});
		}
	}
	if (starts.length === 0) starts = shapeDividers(input);
	if (starts.length === 0) {
		problems.push({
			file: input.file,
			line: 1,
			column: 1,
			message: 'No chapters found (no table of contents `１．…` and no divider slides): the deck becomes one chapter',
			rule: 'policy-no-chapters',
			severity: 'warning',
		});
		return { chapters: [{ number: 1, title: input.fallbackTitle, slides: input.slides }], problems };
	}
	const chapters = starts.map((start, i) => ({
		number: i + 1,
		title: start.title,
		slides: input.slides.slice(i === 0 ? 0 : start.slide, starts[i + 1]?.slide ?? input.slides.length),
	}));
	return { chapters, problems };
}

/** Slides (after the first, the cover) whose only text is one short heading; none if fewer than two. */
function shapeDividers(input: ChapterInput): Array<{ slide: number; title: string }> {
	const inNote = (index: number) => input.notes.some((note) => index >= note.start && index < note.end);
	const found = input.slides.flatMap((slide, i) => {
		const text = input.lines
			.slice(slide.start, slide.end)
			.filter((line, offset) => !isBlank(line) && !inNote(slide.start + offset));
		if (i === 0 || text.length === 0 || text.length > 3 || text.some((line) => isCitation(line))) return [];
		// One heading, even if wrapped: three chart labels on a slide are not a chapter title.
		const segments = rejoin(text.map((line) => readMarker(line.text)?.text ?? line.text.trim()));
		const title = segments[0]?.text ?? '';
		return segments.length === 1 && visibleLength(title) <= DIVIDER_MAX && !endsSentence(title)
			? [{ slide: i, title }]
			: [];
	});
	return found.length >= 2 ? found : [];
}
