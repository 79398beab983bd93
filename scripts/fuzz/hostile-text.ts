import fc from 'fast-check';

/**
 * What breaks Markdown and MDX, and what Unicode does to text: markup and its closing tags,
 * expressions, comments, code, escapes, entities, directives, ES statements, URLs, emoji with
 * joiners, combining marks, bidi and zero-width controls, odd spaces.
 */
const FRAGMENTS = [
	'<',
	'>',
	'</x>',
	'/>',
	'</div>',
	'<b>x</b>',
	'<Foo />',
	'<CaseFacts of="roi" />',
	'<style>p{color:red}</style>',
	'<style>',
	'</style>',
	'<img src=x onerror=alert(1)>',
	'<iframe src="https://example.com/"></iframe>',
	'<script>alert(1)</script>',
	'<a href="javascript:alert(1)">x</a>',
	'{',
	'}',
	'{x}',
	'{{name}}',
	'{/* c */}',
	'<!--',
	'-->',
	'<!-->',
	'<!-- note -->',
	'*/',
	'`',
	'``',
	'```',
	'~~~',
	'$',
	'$$',
	'$x^2$',
	'\\',
	'\\\\',
	'\\*',
	'|',
	':::',
	':::note',
	'::x',
	':x',
	'a:b',
	'import ',
	'export ',
	"import fs from 'fs'",
	'export const x = 1',
	'&amp;',
	'&lt;',
	'&#x3C;',
	'&#60;',
	'&nbsp;',
	'&',
	'*',
	'**',
	'_',
	'__',
	'~~',
	'#',
	'# ',
	'> ',
	'- ',
	'+ ',
	'1. ',
	'1) ',
	'[',
	']',
	'](',
	'[ ] ',
	'[x] ',
	'[^1]',
	'![x](y.png)',
	'[a](javascript:alert(1))',
	'https://example.com/a_b?x=1&y=2',
	'www.example.com',
	'a@b.co',
	'mailto:a@b.co',
	'---',
	'===',
	'👨‍👩‍👧',
	'🏳️‍🌈',
	'e\u0301',
	'\u0308',
	'\u202e',
	'\u2066',
	'\u2069',
	'\u200b',
	'\u200d',
	'\ufeff',
	'\t',
	'  ',
	'\u3000',
	'\u00a0',
	'\u2028',
	'\u0085',
	'\u0007',
	'\u001b',
	'日本語',
	'テキスト',
	'（注）',
	'：',
	'a',
	'x',
];

/** One code point of any kind but NUL and line breaks (a slot is one line; NUL is not text). */
const codePoint = fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }).filter((char) => !/[\0\n\r]/.test(char));

/**
 * Text for one slot of a source: pieces of {@link FRAGMENTS}, arbitrary code points and words,
 * one line long (no line break). Comments may be in it; see {@link closeComments}.
 * @param maxPieces How many pieces at most.
 */
export function hostileText(maxPieces = 10): fc.Arbitrary<string> {
	return fc
		.array(
			fc.oneof(
				{ arbitrary: fc.constantFrom(...FRAGMENTS), weight: 6 },
				{ arbitrary: codePoint, weight: 2 },
				{ arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }), weight: 1 },
				{ arbitrary: fc.constantFrom('本文', '公開', 'AI', 'OK', ' '), weight: 1 },
			),
			{ maxLength: maxPieces },
		)
		.map((pieces) => closeComments(pieces.join('').replace(/[\n\r]/g, '')));
}

/**
 * Closes every comment a slot opens, so that no comment runs into the next slot (a `<!--` never
 * closed is an error of its own, tested by itself).
 * @param text One slot's text.
 */
export function closeComments(text: string): string {
	return comments(text).unclosed ? `${text}-->` : text;
}

/**
 * The comments of a text, as the importer reads them: from `<!--` to the first `-->` after it
 * (`<!-->` is an empty one), and whether one is left open.
 * @param text Any text.
 */
export function comments(text: string): { notes: string[]; visible: string; unclosed: boolean } {
	const notes: string[] = [];
	let visible = '';
	let from = 0;
	for (let open = text.indexOf('<!--'); open !== -1; open = text.indexOf('<!--', from)) {
		const close = text.indexOf('-->', open + 2);
		if (close === -1) return { notes, visible: visible + text.slice(from), unclosed: true };
		visible += text.slice(from, open);
		notes.push(text.slice(open + 4, Math.max(open + 4, close)));
		from = close + 3;
	}
	return { notes, visible: visible + text.slice(from), unclosed: false };
}

/** Leaves out spaces and tabs at either end, as the case format (and Markdown) does; other spaces stay. */
export function trimSpaces(text: string): string {
	return text.replace(/^[ \t]+|[ \t]+$/g, '');
}
