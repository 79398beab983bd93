import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';
import type { HtmlEdit } from './html-edits.ts';

/** What the post-build steps need from one built page, read in a single parse. */
export interface PageScan {
	/** URLs the page links to or loads, as written (entities decoded), in document order. */
	links: string[];
	/** Fragment targets: every `id`, and the `name` of `<a>` elements (browsers scroll to both). */
	anchors: Set<string>;
	/** CSP source expressions (`'sha256-…'`) of the inline scripts the page runs, first seen first. */
	scriptHashes: string[];
	/** Edits giving links to other sites `rel="noopener noreferrer"` (other `rel` values kept). */
	relEdits: HtmlEdit[];
	/**
	 * Edits making every table reachable by keyboard (`tabindex="0"`): Starlight's content styles
	 * make a table its own horizontal scroller, and a phone reader who cannot point must be able to
	 * scroll it (WCAG 2.1.1; axe `scrollable-region-focusable`). One pass here covers Markdown
	 * tables and every component's tables, with no script. A table with no name of its own (no
	 * `<caption>`, `aria-label` or `aria-labelledby`) is named by the heading before it, so that
	 * focus on it says which table it is rather than just "table".
	 */
	tableEdits: HtmlEdit[];
	/**
	 * Where a `<meta http-equiv="Content-Security-Policy">` goes: right after `<meta charset>` (which
	 * must stay first), else at the start of `<head>`; before any script, since a policy in a
	 * `<meta>` governs only what comes after it. Undefined when the source has no `<head>`.
	 */
	cspOffset: number | undefined;
}

export interface ScanOptions {
	/** The site's own origin (`https://example.org`); links elsewhere are external. */
	origin: string;
	/**
	 * `false` leaves out links to the page's own URL and its translations (`rel=canonical`,
	 * `hreflang`): the 404 page is served at any URL, and Starlight gives it a canonical `/404/`
	 * that no file answers.
	 */
	ownUrls: boolean;
	/**
	 * Gives the string to keep for a link or anchor (by default a flat copy). Values cut from the
	 * page by the parser can be slices that keep the whole HTML alive, and the link check holds
	 * every page's links and anchors at once: an interning function also makes the sidebar's and
	 * header's links, the same on every page, one string each.
	 */
	keep?: (value: string) => string;
}

/** The attribute that holds the URL of each element that links to or loads something. */
const URL_ATTRIBUTE: Record<string, 'href' | 'src'> = {
	a: 'href',
	area: 'href',
	link: 'href',
	img: 'src',
	script: 'src',
	source: 'src',
};
/** `type` values of an inline script the browser runs (an empty or missing type is JavaScript). */
const EXECUTABLE_TYPES = new Set(['', 'module', 'importmap', 'text/javascript', 'application/javascript']);
/** What an external link's `rel` must hold: no `window.opener` for the target, no Referer sent. */
const REQUIRED_REL = ['noopener', 'noreferrer'];

/**
 * Reads a built page once with htmlparser2's streaming parser. The link check, the external-link
 * `rel` and the CSP used to parse every page into a hast tree each; at 20,000 pages those three
 * parses took longer than rendering the pages. Offsets come from the parser's `startIndex` and
 * `endIndex`, so edits change only the bytes they name (inline scripts keep their hashes).
 */
export function scanPage(html: string, options: ScanOptions): PageScan {
	const scan: PageScan = {
		links: [],
		anchors: new Set(),
		scriptHashes: [],
		relEdits: [],
		tableEdits: [],
		cspOffset: undefined,
	};
	const hashes = new Set<string>();
	let inHead = false;
	let charsetSeen = false;
	let script: string[] | null = null;
	/** The id of the last heading seen: the name of a table that has none. */
	let heading: string | undefined;
	/** The edit of the table being read, while a `<caption>` may still name it. */
	let unnamed: HtmlEdit | undefined;
	const parser: Parser = new Parser(
		{
			onopentag(name, attrs) {
				if (attrs.id !== undefined) scan.anchors.add(attrs.id);
				if (name === 'a' && attrs.name !== undefined) scan.anchors.add(attrs.name);
				const urlAttribute = URL_ATTRIBUTE[name];
				const url = urlAttribute ? attrs[urlAttribute] : undefined;
				if (url !== undefined && (options.ownUrls || !isOwnUrl(attrs))) scan.links.push(url);
				if ((name === 'a' || name === 'area') && url !== undefined && isExternal(url, options.origin)) {
					const rel = (attrs.rel ?? '').split(/\s+/u).filter(Boolean);
					if (!REQUIRED_REL.every((token) => rel.includes(token))) {
						const start = parser.startIndex;
						const tag = startTag(name, { ...attrs, rel: [...new Set([...rel, ...REQUIRED_REL])].join(' ') });
						scan.relEdits.push({ offset: start, length: parser.endIndex + 1 - start, text: tag });
					}
				}
				if (/^h[1-6]$/.test(name) && attrs.id) heading = attrs.id;
				if (name === 'table' && attrs.tabindex === undefined) {
					const start = parser.startIndex;
					const named = attrs['aria-label'] !== undefined || attrs['aria-labelledby'] !== undefined;
					const label = named || heading === undefined ? '' : ` aria-labelledby="${escapeAttribute(heading)}"`;
					const edit = { offset: start + '<table'.length, length: 0, text: ` tabindex="0"${label}` };
					scan.tableEdits.push(edit);
					unnamed = label ? edit : undefined;
				}
				// A caption (the first child of a table, if any) names the table itself.
				if (name === 'caption' && unnamed) unnamed.text = ' tabindex="0"';
				if (name === 'tr' || name === 'thead' || name === 'tbody') unnamed = undefined;
				if (name === 'head') {
					inHead = true;
					scan.cspOffset = parser.endIndex + 1;
				} else if (name === 'meta' && inHead && !charsetSeen && attrs.charset !== undefined) {
					charsetSeen = true;
					scan.cspOffset = parser.endIndex + 1;
				}
				if (
					name === 'script' &&
					attrs.src === undefined &&
					EXECUTABLE_TYPES.has((attrs.type ?? '').trim().toLowerCase())
				)
					script = [];
			},
			ontext(text) {
				// htmlparser2 passes script text raw (no entity decoding), as the browser hashes it.
				script?.push(text);
			},
			onclosetag(name) {
				if (name === 'head') inHead = false;
				if (name === 'script' && script) {
					hashes.add(`'sha256-${createHash('sha256').update(script.join(''), 'utf8').digest('base64')}'`);
					script = null;
				}
			},
		},
		{ decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
	);
	parser.end(html);
	scan.scriptHashes = [...hashes];
	const keep = options.keep ?? copy;
	scan.anchors = new Set([...scan.anchors].map(keep));
	scan.links = scan.links.map(keep);
	return scan;
}

/** Whether a URL leads to another site over http(s). */
function isExternal(href: string, origin: string): boolean {
	if (!URL.canParse(href)) return false;
	const url = new URL(href);
	return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin !== origin;
}

/** Whether an element names the page's own URL or a translation of it. */
function isOwnUrl(attrs: Record<string, string>): boolean {
	return (attrs.rel ?? '').split(/\s+/u).includes('canonical') || attrs.hreflang !== undefined;
}

/** A start tag written from its (decoded) attributes, with `&` and `"` escaped in values. */
function startTag(name: string, attrs: Record<string, string>): string {
	const written = Object.entries(attrs).map(([key, value]) =>
		value === '' ? ` ${key}` : ` ${key}="${escapeAttribute(value)}"`,
	);
	return `<${name}${written.join('')}>`;
}

/** A value as written inside a double-quoted attribute. */
function escapeAttribute(value: string): string {
	return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
}

/** A flat copy of a string (see `ScanOptions.keep`). */
function copy(value: string): string {
	return (' ' + value).slice(1);
}

/** A `keep` that gives one flat copy per distinct string, for scans of many pages. */
export function interner(): (value: string) => string {
	const strings = new Map<string, string>();
	return (value) => {
		let kept = strings.get(value);
		if (kept === undefined) {
			kept = copy(value);
			strings.set(kept, kept);
		}
		return kept;
	};
}
