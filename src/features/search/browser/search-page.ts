import { SearchEngine, type SearchHit } from '../engine.ts';
import { fill } from '../../../core/ui-template.ts';
import { resultItem } from './search-render.ts';
import { toLang } from '../../../core/locale.ts';

/**
 * The search page: reads the query and facets from the URL, runs the engine, shows one page of
 * checked results with their excerpts and the facet counts, and writes every change back to the
 * URL (pushState), so the back button restores the previous search.
 */
const PAGE_SIZE = 20;
const FACETS = ['section', 'industry', 'year', 'tool'] as const;

interface Automation {
	/** Resolves when the search for the current URL has been shown. */
	ready: Promise<void>;
	/** URLs of every result of the search shown (for `npm run search:eval`). */
	urls(): Promise<string[]>;
}
declare global {
	var siteSearch: Automation | undefined;
}

class SearchPage extends HTMLElement {
	readonly #engine = new SearchEngine(this.dataset.index!);
	#generation = 0;
	#hits: SearchHit[] = [];
	#rejected = new Set<number>();

	connectedCallback(): void {
		const form = this.querySelector<HTMLFormElement>('[data-search-form]')!;
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#navigate(this.#stateFromForm(form));
		});
		form.addEventListener('change', (event) => {
			if ((event.target as HTMLElement).matches('select')) this.#navigate(this.#stateFromForm(form));
		});
		this.querySelector('[data-search-pager]')!.addEventListener('click', (event) => {
			const link = (event.target as HTMLElement).closest('a');
			if (!link?.href) return;
			event.preventDefault();
			this.#navigate(new URL(link.href).searchParams);
		});
		addEventListener('popstate', () => void this.#render());
		let done: () => void = () => {};
		globalThis.siteSearch = {
			ready: new Promise((resolve) => (done = resolve)),
			urls: async () => {
				// In batches: a query can match thousands of pages, more requests than a browser takes at once.
				const ids = this.#hits.filter((hit) => !this.#rejected.has(hit.id)).map((hit) => hit.id);
				const urls: string[] = [];
				for (let from = 0; from < ids.length; from += 200) {
					const cards = await Promise.all(ids.slice(from, from + 200).map((id) => this.#engine.card(id)));
					urls.push(...cards.map((card) => card.url));
				}
				return urls;
			},
		};
		void this.#render().finally(() => done());
	}

	#stateFromForm(form: HTMLFormElement): URLSearchParams {
		const params = new URLSearchParams();
		for (const [name, value] of new FormData(form))
			if (typeof value === 'string' && value.trim()) params.set(name, value.trim());
		return params;
	}

	#navigate(params: URLSearchParams): void {
		history.pushState(null, '', params.size ? `?${params}` : location.pathname);
		void this.#render();
	}

	async #render(): Promise<void> {
		const run = ++this.#generation;
		const params = new URLSearchParams(location.search);
		const strings = JSON.parse(this.dataset.strings ?? '{}') as Record<string, string>;
		const lang = toLang(this.dataset.lang);
		const status = this.querySelector<HTMLElement>('[data-search-status]')!;
		const list = this.querySelector<HTMLOListElement>('[data-search-results]')!;
		const pager = this.querySelector<HTMLElement>('[data-search-pager]')!;
		const query = params.get('q') ?? '';
		const filters: Record<string, string[]> = {};
		this.querySelector<HTMLInputElement>('input[name="q"]')!.value = query;
		for (const facet of FACETS) {
			const value = params.get(facet) ?? '';
			this.querySelector<HTMLSelectElement>(`select[name="${facet}"]`)!.value = value;
			if (value) filters[facet] = [value];
		}
		list.dataset.state = 'loading';
		this.#hits = [];
		this.#rejected = new Set();
		if (!query.trim() && Object.keys(filters).length === 0) {
			list.replaceChildren();
			status.textContent = '';
			pager.hidden = true;
			list.dataset.state = 'done';
			return;
		}
		status.textContent = strings.loading ?? '';
		try {
			// One result set: the total, the facet counts and the list all come from `hits`, which the
			// engine has checked against the page texts (unless there were more candidates than it
			// checks, when the numbers are shown as approximate).
			const { terms, hits, verified } = await this.#engine.search({ query, filters });
			const pages = Math.max(1, Math.ceil(hits.length / PAGE_SIZE));
			const page = Math.min(pages, Math.max(1, Number(params.get('page')) || 1));
			const slice = hits.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
			const count = (n: number) => (verified ? n : fill(strings.approx ?? '', { count: n }));
			const [checked] = await Promise.all([
				Promise.all(slice.map((hit) => this.#engine.check(hit, terms))),
				this.#showFacetCounts(hits, count),
			]);
			if (run !== this.#generation) return;
			this.#hits = hits;
			slice.forEach((hit, n) => {
				if (!checked[n]) this.#rejected.add(hit.id);
			});
			const total = hits.length - this.#rejected.size;
			list.replaceChildren(
				...checked
					.filter((result) => result !== null)
					.map((result) => resultItem(result, strings[`section.${result.card.section}`] ?? '', lang)),
			);
			list.dataset.verified = String(verified);
			status.textContent =
				total === 0
					? fill(strings.none ?? '', { query })
					: fill((query.trim() ? strings.count : strings.countFiltered) ?? '', { query, count: count(total) });
			this.#showPager(params, page, pages, slice.length, strings);
		} catch {
			if (run === this.#generation) status.textContent = strings.error ?? '';
		} finally {
			if (run === this.#generation) list.dataset.state = 'done';
		}
	}

	async #showFacetCounts(hits: SearchHit[], count: (n: number) => string | number): Promise<void> {
		await Promise.all(
			FACETS.map(async (facet) => {
				const counts = await this.#engine.facetCounts(hits, facet);
				for (const option of this.querySelectorAll<HTMLOptionElement>(`select[name="${facet}"] option[data-label]`)) {
					const n = counts.get(option.value) ?? 0;
					option.dataset.count = String(n);
					option.textContent = `${option.dataset.label} (${n ? count(n) : 0})`;
				}
			}),
		);
	}

	#showPager(
		params: URLSearchParams,
		page: number,
		pages: number,
		shown: number,
		strings: Record<string, string>,
	): void {
		const pager = this.querySelector<HTMLElement>('[data-search-pager]')!;
		pager.hidden = pages <= 1;
		// A page that does not exist leaves a disabled link: no href and no rel (HTML allows neither on
		// a placeholder), announced as a dimmed link (Lighthouse's crawlable-anchors wants the role too).
		const link = (selector: string, target: number, rel: string) => {
			const anchor = this.querySelector<HTMLAnchorElement>(selector)!;
			const next = new URLSearchParams(params);
			next.set('page', String(target));
			if (target >= 1 && target <= pages) {
				anchor.href = `?${next}`;
				anchor.rel = rel;
				anchor.removeAttribute('role');
				anchor.removeAttribute('aria-disabled');
			} else {
				anchor.removeAttribute('href');
				anchor.removeAttribute('rel');
				anchor.setAttribute('role', 'link');
				anchor.setAttribute('aria-disabled', 'true');
			}
		};
		link('[data-search-prev]', page - 1, 'prev');
		link('[data-search-next]', page + 1, 'next');
		const from = (page - 1) * PAGE_SIZE + 1;
		this.querySelector('[data-search-range]')!.textContent = fill(strings.page ?? '', { from, to: from + shown - 1 });
	}
}

customElements.define('search-page', SearchPage);
