/**
 * Filters and sorts the case list through the site search's facet and sort files: each case page
 * carries its facets (`data-pagefind-filter`), so the browser fetches only the facet lists and the
 * rows it shows, never a list of all cases. Filters live in the URL, so a filtered list can be shared,
 * bookmarked and restored with the back button.
 */

import { fill } from '../../../core/ui-template.ts';
import { SearchEngine } from '../../search/engine.ts';
import { searchIndexUrl } from '../../../core/urls.ts';
import { DEFAULT_LANG, toLang } from '../../../core/locale.ts';
import { formatNumber } from '../../../core/format.ts';

const PAGE_SIZE = 50;
const FACETS = ['industry', 'country', 'size', 'year', 'tool'] as const;

const form = document.querySelector<HTMLFormElement>('[data-case-filters]');
const rows = document.querySelector<HTMLTableSectionElement>('[data-case-rows]');
const strings = document.querySelector<HTMLTemplateElement>('[data-case-strings]');
const count = document.querySelector<HTMLElement>('[data-case-count]');
const none = document.querySelector<HTMLElement>('[data-case-none]');
const pager = document.querySelector<HTMLElement>('[data-case-pages]');
const toggleTemplate = document.querySelector<HTMLTemplateElement>('template[data-compare-toggle-template]');
const staticRows = rows?.innerHTML ?? '';
const staticCount = count?.textContent ?? '';
let engine: SearchEngine | undefined;
let generation = 0;

function stateFromUrl(): URLSearchParams {
	return new URLSearchParams(location.search);
}

function applyStateToForm(params: URLSearchParams): void {
	if (!form) return;
	for (const name of [...FACETS, 'sort'] as const) {
		const select = form.elements.namedItem(name) as HTMLSelectElement | null;
		if (select) select.value = params.get(name) ?? '';
	}
}

function cell(text: string, className?: string, lang?: string): HTMLTableCellElement {
	const td = document.createElement('td');
	td.textContent = text;
	if (className) td.className = className;
	if (lang) td.lang = lang;
	return td;
}

/**
 * The row's "Add to compare" checkbox, a copy of the one the static rows have (the compare tray's
 * script ticks and shows it); none when the case number is missing from the card.
 */
function compareToggle(meta: Record<string, string | undefined>): Node[] {
	const copy = toggleTemplate?.content.firstElementChild?.cloneNode(true);
	const input = copy instanceof Element ? copy.querySelector('input') : null;
	if (!copy || !input || !meta.case_id) return [];
	input.value = meta.case_id;
	input.dataset.nameJa = meta.name_ja ?? '';
	input.dataset.nameEn = meta.name_en ?? '';
	const name = copy instanceof Element ? copy.querySelector('.sr-only') : null;
	if (name) name.textContent = `: ${(toLang(strings?.dataset.lang) === 'ja' ? meta.name_ja : meta.name_en) ?? ''}`;
	return [copy];
}

async function render(params: URLSearchParams): Promise<void> {
	if (!rows || !strings || !count || !none) return;
	const filters: Record<string, string> = {};
	for (const name of FACETS) {
		const value = params.get(name);
		if (value) filters[name] = value;
	}
	const sortParam = params.get('sort');
	if (Object.keys(filters).length === 0 && !sortParam) {
		rows.innerHTML = staticRows;
		count.textContent = staticCount;
		none.hidden = true;
		if (pager) pager.hidden = false;
		return;
	}
	const run = ++generation;
	const [key, direction] = (sortParam ?? 'case_id:asc').split(':') as [string, 'asc' | 'desc'];
	engine ??= new SearchEngine(strings.dataset.index ?? searchIndexUrl(DEFAULT_LANG));
	const facets = Object.fromEntries(Object.entries(filters).map(([name, value]) => [name, [value]]));
	const search = await engine.search({
		query: '',
		filters: { section: ['case'], ...facets },
		sort: { key, direction },
	});
	const data = await Promise.all(search.hits.slice(0, PAGE_SIZE).map((hit) => engine!.card(hit.id)));
	if (run !== generation) return;
	const lang = toLang(strings.dataset.lang);
	const months = strings.dataset.months ?? '{{n}}';
	rows.replaceChildren(
		...data.map(({ url, meta }) => {
			const tr = document.createElement('tr');
			const name = document.createElement('td');
			const link = document.createElement('a');
			link.href = url;
			link.textContent = (lang === 'ja' ? meta.name_ja : meta.name_en) ?? url;
			name.className = 'case-name';
			name.append(link, ...compareToggle(meta));
			tr.append(
				name,
				cell(meta.industry ?? '', undefined, lang === 'en' ? 'ja' : undefined),
				cell(formatNumber(Number(meta.employees ?? 0), lang), 'num'),
				cell(meta.year ?? '', 'num'),
				cell(meta.tools ?? ''),
				cell(meta.payback ? fill(months, { n: meta.payback }) : '–', 'num'),
			);
			return tr;
		}),
	);
	count.textContent = fill(strings.dataset.count ?? '{{count}}', { count: search.hits.length });
	none.hidden = search.hits.length > 0;
	if (pager) pager.hidden = true;
}

if (form) {
	form.hidden = false;
	applyStateToForm(stateFromUrl());
	void render(stateFromUrl());
	form.addEventListener('change', () => {
		const params = new URLSearchParams();
		for (const [name, value] of new FormData(form)) if (typeof value === 'string' && value) params.set(name, value);
		history.pushState(null, '', params.size ? `?${params}` : location.pathname);
		void render(params);
	});
	form.addEventListener('reset', () => {
		history.pushState(null, '', location.pathname);
		// The reset event fires before the form's values are cleared.
		setTimeout(() => void render(new URLSearchParams()));
	});
	addEventListener('popstate', () => {
		applyStateToForm(stateFromUrl());
		void render(stateFromUrl());
	});
}
