import type { Link, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { readFileSync } from 'node:fs';
import type { VFile } from 'vfile';
import { parse } from 'yaml';
import { GlossarySchema, type GlossaryTerm } from '../../core/schemas/glossary.ts';
import type { Lang } from '../../core/locale.ts';
import { glossaryUrl } from '../../core/urls.ts';

/** Guideline and SME pages, Japanese or English (`en/`): the only pages whose terms are linked. */
const LINKED_PAGES = /(?:^|[\\/])src[\\/]content[\\/]docs[\\/](en[\\/])?(?:guideline|sme)[\\/]/;

/** Nodes whose text is never linked: a link inside them would be nested, misleading or literal. */
const SKIPPED_NODES = new Set(['heading', 'link', 'linkReference', 'definition', 'code', 'inlineCode', 'html']);

/** HTML elements written as JSX whose text is never linked, for the same reasons. */
const SKIPPED_ELEMENTS = new Set([
	'a',
	'abbr',
	'code',
	'dfn',
	'kbd',
	'pre',
	'samp',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
]);

/** Latin letters and digits: a Latin name must not start or end inside a longer word or number. */
const WORD_CHARACTER = /[\p{Script=Latin}\p{Nd}]/u;

/** Katakana (with ー): Japanese has no spaces, so this is the one boundary that can be told apart. */
const KATAKANA = /[\p{Script=Katakana}ー]/u;

/** A spelling of a term (its name or an alias) as a pattern, with the term it links to. */
export interface Spelling {
	id: string;
	pattern: RegExp;
}

/** Where a spelling was found in a text node. */
export interface Match {
	id: string;
	start: number;
	end: number;
}

/**
 * Links the first occurrence of each glossary term on a guideline or SME page to its entry on the
 * glossary page of the page's language (`/glossary/#roi`, `/en/glossary/#roi`), so a reader meets
 * the definition where the term first appears, and only there. A page opts out with
 * `glossary: false` in its frontmatter.
 *
 * Japanese pages match the Japanese names and aliases, English pages the English ones. The longest
 * spelling wins where spellings overlap (機械学習品質マネジメントガイドライン over 機械学習). Latin
 * names match whole words only; a word with capitals after its first letter (ROI, IoT, ChatGPT) is
 * matched exactly, any other word in any case. Japanese is matched as a substring, except that a
 * spelling may not begin or end inside a run of katakana (テストベッド in テストベッドシステム).
 * Headings, links, code and JSX attributes are left alone, as is text marked with another language.
 * @param options.terms Path of the glossary file (tests pass a fixture).
 */
export function remarkGlossaryLinks(options: { terms?: string } = {}) {
	const path = options.terms ?? 'src/content/glossary/terms.yaml';
	let spellings: Record<Lang, Spelling[]> | undefined;
	return (tree: Root, file: VFile) => {
		const page = LINKED_PAGES.exec(file.path ?? '');
		if (!page) return;
		const astro = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro;
		if (astro?.frontmatter?.glossary === false) return;
		spellings ??= spellingsByLanguage(GlossarySchema.parse(parse(readFileSync(path, 'utf8'))));
		const lang: Lang = page[1] ? 'en' : 'ja';
		const href = (id: string) => glossaryUrl(lang, id);
		linkChildren(tree, { lang, spellings: spellings[lang], linked: new Set(), href });
	};
}

/** What a walk over one page needs and remembers. */
interface Walk {
	lang: Lang;
	spellings: Spelling[];
	/** Ids of the terms already linked on this page. */
	linked: Set<string>;
	href: (id: string) => string;
}

/**
 * Replaces, in document order, the text children of a node (and of its descendants) with text and
 * links, skipping the nodes whose text must stay as it is.
 * @param parent The node whose children are walked.
 * @param walk The page's state.
 */
function linkChildren(parent: Parent, walk: Walk): void {
	const children = parent.children as RootContent[];
	for (let index = 0; index < children.length; index++) {
		const child = children[index] as RootContent;
		if (child.type === 'text') {
			const replacement = linkText(child, walk);
			children.splice(index, 1, ...replacement);
			index += replacement.length - 1;
		} else if ('children' in child && !isSkipped(child, walk.lang)) {
			linkChildren(child, walk);
		}
	}
}

/**
 * Whether a node's text is left alone: headings, links, code, literal HTML, and JSX elements that
 * are links or code or that declare a language other than the page's (`<span lang="ja">`).
 * @param node A node with children.
 * @param lang The page's language.
 */
function isSkipped(node: RootContent, lang: Lang): boolean {
	if (SKIPPED_NODES.has(node.type)) return true;
	if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return false;
	const element = node as MdxJsxFlowElement | MdxJsxTextElement;
	if (element.name && SKIPPED_ELEMENTS.has(element.name)) return true;
	const declared = element.attributes.find(
		(attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'lang',
	);
	return typeof declared?.value === 'string' && declared.value.split('-')[0] !== lang;
}

/**
 * Splits a text node around the terms it contains, linking each term not yet linked on the page.
 * A term already linked still takes its place in the text, so that a shorter term inside it
 * (機械学習 inside a repeated 機械学習品質マネジメントガイドライン) is not linked instead.
 * @param node The text node.
 * @param walk The page's state; linked terms are added to it.
 * @returns The nodes that replace the text node (the node itself when nothing is linked).
 */
function linkText(node: Text, walk: Walk): PhrasingContent[] {
	const value = node.value;
	const result: PhrasingContent[] = [];
	let done = 0;
	for (const match of findTerms(value, walk.spellings)) {
		if (walk.linked.has(match.id)) continue;
		walk.linked.add(match.id);
		if (match.start > done) result.push({ type: 'text', value: value.slice(done, match.start) });
		const link: Link = {
			type: 'link',
			url: walk.href(match.id),
			children: [{ type: 'text', value: value.slice(match.start, match.end) }],
			// Read by mdast-util-to-hast: the class lets the built-site test and styles find these links.
			data: { hProperties: { className: ['glossary-link'] } } as Link['data'],
		};
		result.push(link);
		done = match.end;
	}
	if (done === 0) return [node];
	if (done < value.length) result.push({ type: 'text', value: value.slice(done) });
	return result;
}

/**
 * Finds the terms in a text: of overlapping spellings the longest wins, then the earliest.
 * @param value The text.
 * @param spellings The spellings of the page's language.
 * @returns Matches that do not overlap, in text order.
 */
export function findTerms(value: string, spellings: Spelling[]): Match[] {
	const candidates: Match[] = [];
	for (const { id, pattern } of spellings) {
		for (const found of value.matchAll(pattern)) {
			const start = found.index;
			const end = start + found[0].length;
			if (isWholeWord(value, start, end)) candidates.push({ id, start, end });
		}
	}
	candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
	const chosen: Match[] = [];
	for (const candidate of candidates) {
		if (!chosen.some((other) => candidate.start < other.end && other.start < candidate.end)) chosen.push(candidate);
	}
	return chosen.sort((a, b) => a.start - b.start);
}

/**
 * Whether `value.slice(start, end)` stands on its own: it does not continue a Latin word or number
 * (API in RAPID), nor a run of katakana (スタートアップ in スタートアップエコシステム), on either side.
 * @param value The text.
 * @param start Start of the match.
 * @param end End of the match.
 */
function isWholeWord(value: string, start: number, end: number): boolean {
	const joins = (kind: RegExp, inside: string | undefined, outside: string | undefined) =>
		inside !== undefined && outside !== undefined && kind.test(inside) && kind.test(outside);
	return ![WORD_CHARACTER, KATAKANA].some(
		(kind) => joins(kind, value[start], value[start - 1]) || joins(kind, value[end - 1], value[end]),
	);
}

/**
 * Every term's spellings in each language, as patterns.
 * @param terms The glossary.
 */
function spellingsByLanguage(terms: GlossaryTerm[]): Record<Lang, Spelling[]> {
	const spellings = (lang: Lang) =>
		terms.flatMap((term) =>
			[term[lang], ...term.aliases[lang]].map((spelling) => ({ id: term.id, pattern: spellingPattern(spelling) })),
		);
	return { ja: spellings('ja'), en: spellings('en') };
}

/**
 * The pattern of one spelling. Spaces match any run of white space (text may wrap between words);
 * a Latin word with a capital after its first letter (ROI, IoT, MLPerf) matches only as written,
 * any other Latin word (machine, Learning) in upper or lower case; everything else literally.
 * @param spelling A name or alias, e.g. `generative AI`.
 */
export function spellingPattern(spelling: string): RegExp {
	const source = spelling
		.split(/(\s+|[A-Za-z]+)/)
		.map((part) => {
			if (/^\s+$/.test(part)) return '\\s+';
			if (/^[A-Za-z]+$/.test(part) && !/[A-Z]/.test(part.slice(1)) && part.length > 1) {
				return [...part].map((letter) => `[${letter.toLowerCase()}${letter.toUpperCase()}]`).join('');
			}
			return part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
		})
		.join('');
	return new RegExp(source, 'gu');
}
