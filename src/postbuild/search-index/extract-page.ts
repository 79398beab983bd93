import { Parser } from 'htmlparser2';

/**
 * What the search index takes from one built page: the text of the element marked
 * `data-pagefind-body` (Starlight marks `<main>`), minus subtrees marked `data-pagefind-ignore`,
 * with block elements separated by a line break so that words of neighbouring blocks do not run
 * together. Facets, sort keys and metadata are read from `data-pagefind-filter|sort|meta`, also
 * inside ignored subtrees (a case page keeps its facets in a hidden, ignored block). The attribute
 * names are Pagefind's, so pages keep the widely documented convention.
 */
export interface ExtractedPage {
	lang: string;
	title: string;
	/** The page text, as written (entities decoded). */
	text: string;
	headings: { id: string; text: string; at: number; level: number }[];
	filters: Record<string, string[]>;
	sorts: Record<string, string>;
	meta: Record<string, string>;
}

const BLOCK = new Set(
	'address article aside blockquote br dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul caption option select label'.split(
		' ',
	),
);
// Starlight's footer inside <main> holds the edit link, the date and the previous/next links: the
// same words on every page, never what a reader searches for.
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'svg', 'button', 'footer']);
const VOID = new Set('area base br col embed hr img input link meta source track wbr'.split(' '));

/** Extracts the indexable parts of a page, or null when the page has no `data-pagefind-body`. */
export function extractPage(html: string): ExtractedPage | null {
	// Only the body element is parsed: it is a fraction of a Starlight page (the sidebar and head
	// come first), which matters at 20,000 pages.
	// A plain string search: a regular expression for "a tag with this attribute" backtracks over
	// every tag before it and took most of the indexing time.
	const attribute = html.search(/\sdata-pagefind-body[\s=>]/u);
	if (attribute === -1) return null;
	const marker = html.lastIndexOf('<', attribute);
	const page: ExtractedPage = { lang: '', title: '', text: '', headings: [], filters: {}, sorts: {}, meta: {} };
	// Text is collected in pieces: `+=` then `endsWith` on a growing string flattens it every time.
	const pieces: string[] = [];
	let length = 0;
	let atLineStart = true;
	let depth = 0;
	let done = false;
	let ignoreDepth = 0;
	let skipDepth = 0;
	const stack: string[] = [];
	let capture: { kind: 'filter' | 'sort' | 'meta'; name: string; depth: number; value: string } | null = null;
	let heading: { id: string; level: number; depth: number; at: number; text: string } | null = null;
	let pendingId = '';
	const append = (piece: string) => {
		if (!piece) return;
		pieces.push(piece);
		length += piece.length;
		atLineStart = piece.endsWith('\n');
	};
	const breakLine = () => {
		if (length > 0 && !atLineStart) append('\n');
	};
	const parser = new Parser(
		{
			onopentag(name, attrs) {
				if (done) return;
				const isVoid = VOID.has(name);
				if (!isVoid) {
					stack.push(name);
					depth++;
				}
				if (depth === 1 && !isVoid) page.lang = attrs.lang ?? '';
				if (BLOCK.has(name)) breakLine();
				if (!isVoid && ignoreDepth === 0 && 'data-pagefind-ignore' in attrs) ignoreDepth = depth;
				if (!isVoid && skipDepth === 0 && SKIP.has(name)) skipDepth = depth;
				const [kind, key] =
					attrs['data-pagefind-filter'] !== undefined
						? (['filter', attrs['data-pagefind-filter']] as const)
						: attrs['data-pagefind-sort'] !== undefined
							? (['sort', attrs['data-pagefind-sort']] as const)
							: attrs['data-pagefind-meta'] !== undefined
								? (['meta', attrs['data-pagefind-meta']] as const)
								: [undefined, undefined];
				if (kind && key && !isVoid) capture = { kind, name: key, depth, value: '' };
				if (attrs.id && /^div$/u.test(name) && attrs.class?.includes('sl-heading-wrapper')) pendingId = attrs.id;
				const level = /^h([1-6])$/u.exec(name)?.[1];
				if (level && ignoreDepth === 0) {
					heading = { id: attrs.id ?? pendingId, level: Number(level), depth, at: length, text: '' };
					pendingId = '';
				}
			},
			ontext(data) {
				if (done) return;
				if (capture) capture.value += data;
				if (ignoreDepth || skipDepth) return;
				if (heading) heading.text += data;
				append(data);
			},
			onclosetag(name, implied) {
				if (done || VOID.has(name)) return;
				if (stack.at(-1) !== name && !implied) return;
				if (capture && capture.depth === depth) {
					const value = capture.value.trim();
					if (value) {
						if (capture.kind === 'filter') (page.filters[capture.name] ??= []).push(value);
						else if (capture.kind === 'sort') page.sorts[capture.name] = value;
						else page.meta[capture.name] = value;
					}
					capture = null;
				}
				if (heading && heading.depth === depth) {
					const headingText = heading.text.replace(/\s+/gu, ' ').trim();
					if (heading.level === 1 && !page.title) page.title = headingText;
					else if (headingText)
						page.headings.push({ id: heading.id, text: headingText, at: heading.at, level: heading.level });
					heading = null;
				}
				if (ignoreDepth === depth) ignoreDepth = 0;
				if (skipDepth === depth) skipDepth = 0;
				if (BLOCK.has(name)) breakLine();
				stack.pop();
				depth--;
				if (depth === 0) done = true;
			},
		},
		{ decodeEntities: true, lowerCaseTags: true },
	);
	parser.end(html.slice(marker));
	page.text = pieces
		.join('')
		.replace(/[ \t\u00a0]*\n\s*/gu, '\n')
		.trim();
	if (page.meta.title) page.title = page.meta.title;
	// Heading offsets were taken before the text was tidied; re-anchor them on their own text.
	let from = 0;
	for (const h of page.headings) {
		const found = page.text.indexOf(h.text, from);
		h.at = found === -1 ? Math.min(from, page.text.length) : found;
		from = h.at;
	}
	// A copy: strings cut from the parser's input (titles, headings, facet values) can be slices
	// that keep the whole page's HTML alive; held for 10,000 pages that was over 1 GB.
	return JSON.parse(JSON.stringify(page)) as ExtractedPage;
}
