import type { CheckedResult } from '../engine.ts';
import { sourceLang } from '../../../core/japanese.ts';
import type { Lang } from '../../../core/locale.ts';

/**
 * One search result as a list item: title link, section and excerpt with the matches marked.
 * Built with DOM nodes and `textContent` only: page text is data and never parsed as HTML.
 */
export function resultItem(result: CheckedResult, sectionLabel: string, pageLang: Lang): HTMLLIElement {
	const item = document.createElement('li');
	item.className = 'search-result';
	const heading = document.createElement('p');
	heading.className = 'search-result__title';
	const link = document.createElement('a');
	link.href = result.url;
	link.textContent = result.card.title || result.card.url;
	const titleLang = sourceLang(link.textContent, pageLang);
	if (titleLang) link.lang = titleLang;
	const section = document.createElement('span');
	section.className = 'search-result__section';
	section.textContent = sectionLabel;
	heading.append(link, ' ', section);
	const excerpt = document.createElement('p');
	excerpt.className = 'search-result__excerpt';
	for (const part of result.excerpt) {
		if (part.mark) {
			const mark = document.createElement('mark');
			mark.textContent = part.text;
			excerpt.append(mark);
		} else excerpt.append(part.text);
	}
	const excerptLang = sourceLang(excerpt.textContent ?? '', pageLang);
	if (excerptLang) excerpt.lang = excerptLang;
	item.append(heading, excerpt);
	return item;
}
