import type { PolicyChapter, PolicyDocument } from '../../core/schemas/policy.ts';
import { hasJapanese } from '../../core/japanese.ts';
import type { Lang } from '../../core/locale.ts';

/**
 * Longest description kept whole. Search engines show about 160 characters and cut the rest
 * themselves; a whole sentence more is better than a summary that stops before the figures.
 */
const MAX_LENGTH = 240;

/**
 * The description of a policy chapter page: document, chapter, slide range and, in Japanese, the
 * titles of its first slides. English pages say the text is Japanese and use only English names
 * (the sidecar's `title_en` / `chapters_en`), so their description has no Japanese in it.
 * @param data The chapter's frontmatter.
 * @param lang Language of the page.
 */
export function chapterSummary(data: PolicyChapter, lang: Lang): string {
	const { document, chapter, slides } = data;
	if (lang === 'ja') {
		const titles = slides.items.flatMap((slide) => (slide.title ? [slide.title] : []));
		const head = `${document.title}、第${chapter.number}章「${chapter.title}」（スライド${slides.first}〜${slides.last}）。`;
		return shorten(titles.length > 0 ? `${head}${titles.join('、')}。` : head);
	}
	const where = englishName(document.title_en) ?? 'A policy document';
	const name = englishName(chapter.title_en);
	return shorten(
		`${where}, chapter ${chapter.number}${name ? `: ${name}` : ''} (slides ${slides.first}–${slides.last}). The slides are in Japanese.`,
	);
}

/**
 * The description of a policy document's page: title, publisher, date and what it holds.
 * @param document The document's metadata.
 * @param chapters Number of chapters.
 * @param slides First and last slide numbers.
 * @param lang Language of the page.
 */
export function documentSummary(
	document: PolicyDocument,
	chapters: number,
	slides: { first: number; last: number },
	lang: Lang,
): string {
	if (lang === 'ja') {
		const by = [document.publisher, document.date].filter(Boolean).join('、');
		return shorten(
			`${document.title}${by ? `（${by}）` : ''}。全${chapters}章、スライド${slides.first}〜${slides.last}を章ごとに出典つきで掲載。`,
		);
	}
	const title = englishName(document.title_en) ?? 'A policy document';
	const by = [englishName(document.publisher), document.date].filter(Boolean).join(', ');
	return shorten(
		`${title}${by ? ` (${by})` : ''}: ${chapters} chapter${chapters === 1 ? '' : 's'}, slides ${slides.first}–${slides.last}, with their sources. The slides are in Japanese.`,
	);
}

/** A name usable in English text; a publisher such as `経済産業省 (METI)` keeps its English part. */
function englishName(text: string | undefined): string | undefined {
	if (!text) return undefined;
	if (!hasJapanese(text)) return text;
	const inner = /[（(]([^（）()]+)[）)]\s*$/.exec(text)?.[1];
	return inner && !hasJapanese(inner) ? inner : undefined;
}

function shorten(text: string): string {
	if (text.length <= MAX_LENGTH) return text;
	const cut = text.slice(0, MAX_LENGTH);
	const end = Math.max(cut.lastIndexOf('、'), cut.lastIndexOf('。'), cut.lastIndexOf(', '));
	return `${end > 0 ? cut.slice(0, end) : cut.slice(0, MAX_LENGTH - 1)}…`;
}
