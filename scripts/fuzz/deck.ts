import fc from 'fast-check';
import type { ReadSlide } from '../import/policy/chapter-file.ts';
import type { Block } from '../import/policy/model.ts';
import { NOTE_LABEL } from '../import/policy/render.ts';
import type { Seen } from './case-file.ts';
import { hostileText, trimSpaces } from './hostile-text.ts';

/** Slides as the deck reader hands them to the writer, with what the page should show of them. */
export interface SlidesSample {
	slides: ReadSlide[];
	seen: Seen[];
}

/** A line of slide text as the deck reader gives it: trimmed, not empty. */
const line = hostileText(8).map((text) => trimSpaces(text) || '文');

const block: fc.Arbitrary<Block> = fc.oneof(
	fc
		.array(line, { minLength: 1, maxLength: 3 })
		.map((lines) => ({ kind: 'paragraph' as const, text: lines.join('\n'), line: 1 })),
	line.map((text) => ({ kind: 'citation' as const, citation: { text, line: 1 }, line: 1 })),
	fc.array(line, { minLength: 1, maxLength: 4 }).map((items) => ({
		kind: 'list' as const,
		items: items.map((text) => ({ text, line: 1 })),
		plain: false,
		line: 1,
	})),
	fc
		.record({ lines: fc.array(line, { minLength: 1, maxLength: 3 }), labels: fc.array(line, { maxLength: 2 }) })
		.map(({ lines, labels }) => ({ kind: 'note' as const, text: lines.join('\n'), labels, line: 1 })),
);

/** One to three slides of hostile text: titles, paragraphs, citations, lists and speaker notes. */
export const slidesSamples: fc.Arbitrary<SlidesSample> = fc
	.array(
		fc.record({ title: fc.option(line, { nil: undefined }), blocks: fc.array(block, { minLength: 1, maxLength: 4 }) }),
		{
			minLength: 1,
			maxLength: 3,
		},
	)
	.map((drafts) => {
		const slides: ReadSlide[] = drafts.map((draft, i) => ({
			span: { start: i, end: i + 1, n: i + 1, printed: true },
			line: i + 1,
			...(draft.title === undefined ? {} : { title: draft.title }),
			blocks: draft.blocks,
			citations: [],
		}));
		return { slides, seen: slides.flatMap(seenOf) };
	});

function seenOf(slide: ReadSlide): Seen[] {
	const seen: Seen[] = [{ tag: 'h2', text: `スライド ${slide.span.n}${slide.title ? `: ${slide.title}` : ''}` }];
	for (const block of slide.blocks) {
		if (block.kind === 'paragraph') seen.push({ tag: 'p', text: block.text });
		else if (block.kind === 'citation') seen.push({ tag: 'p', text: block.citation.text });
		else if (block.kind === 'list') seen.push(...block.items.map((item) => ({ tag: 'li' as const, text: item.text })));
		else {
			seen.push({ tag: 'p', text: block.labels.join(' / ') || NOTE_LABEL });
			seen.push(...block.text.split('\n').map((text) => ({ tag: 'p' as const, text })));
		}
	}
	return seen;
}

/**
 * The text of a whole slide deck, as a PDF export gives it: lines of hostile text, bullets, printed
 * slide numbers, citations and blank lines, maybe with a BOM and CRLF line endings.
 */
export const deckTexts: fc.Arbitrary<{ bytes: Uint8Array }> = fc
	.record({
		lines: fc.array(
			fc.oneof(
				{ arbitrary: hostileText(8), weight: 6 },
				{ arbitrary: hostileText(6).map((text) => `・${text}`), weight: 2 },
				{ arbitrary: fc.integer({ min: 1, max: 40 }).map(String), weight: 1 },
				{ arbitrary: hostileText(4).map((text) => `（出所）${text}`), weight: 1 },
				{ arbitrary: fc.constant(''), weight: 1 },
			),
			{ minLength: 1, maxLength: 30 },
		),
		crlf: fc.boolean(),
		bom: fc.boolean(),
	})
	.map(({ lines, crlf, bom }) => {
		const text = `${lines.join(crlf ? '\r\n' : '\n')}\n`;
		// A deck is text without frontmatter: a first line `---` would make it something else.
		const deck = /^\s*---/.test(text) || text.trim() === '' ? `資料\n${text}` : text;
		return {
			[fc.toStringMethod]: () => `deck ${JSON.stringify(deck)} (${bom ? 'BOM, ' : ''}${crlf ? 'CRLF' : 'LF'})`,
			bytes: new TextEncoder().encode((bom ? '\ufeff' : '') + deck),
		};
	});
