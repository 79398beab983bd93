import type { SearchEngine } from '../engine.ts';
import { fill } from '../../../core/ui-template.ts';
import { resultItem } from './search-render.ts';
import { toLang } from '../../../core/locale.ts';

/**
 * The header search dialog: opened by its link (kept as a plain link to the search page when
 * JavaScript is off) or Ctrl+K / ⌘K, it shows the first results as one types, and links to all
 * results on the search page. The engine is imported on first use only.
 */
const SHOWN = 8;

class HeaderSearch extends HTMLElement {
	#engine: Promise<SearchEngine> | undefined;
	#generation = 0;

	connectedCallback(): void {
		const open = this.querySelector<HTMLAnchorElement>('[data-open]')!;
		const dialog = this.querySelector('dialog')!;
		const input = this.querySelector<HTMLInputElement>('input[name="q"]')!;
		if (/(Mac|iPhone|iPod|iPad)/iu.test(navigator.platform)) {
			this.querySelector('[data-modifier]')!.textContent = '⌘';
			open.setAttribute('aria-keyshortcuts', 'Meta+K');
		}
		const show = () => {
			dialog.showModal();
			input.select();
			void this.#engineFor();
		};
		open.addEventListener('click', (event) => {
			if (event.metaKey || event.ctrlKey || event.shiftKey) return;
			event.preventDefault();
			show();
		});
		addEventListener('keydown', (event) => {
			if (event.key.toLowerCase() === 'k' && (event.metaKey || event.ctrlKey) && !dialog.open) {
				event.preventDefault();
				show();
			}
		});
		this.querySelector('[data-close]')!.addEventListener('click', () => dialog.close());
		dialog.addEventListener('click', (event) => {
			if (event.target === dialog) dialog.close();
		});
		let timer: ReturnType<typeof setTimeout> | undefined;
		input.addEventListener('input', () => {
			clearTimeout(timer);
			timer = setTimeout(() => void this.#run(input.value), 150);
		});
	}

	#engineFor(): Promise<SearchEngine> {
		this.#engine ??= import('../engine.ts').then(({ SearchEngine }) => new SearchEngine(this.dataset.index!));
		return this.#engine;
	}

	async #run(query: string): Promise<void> {
		const run = ++this.#generation;
		const strings = JSON.parse(this.dataset.strings ?? '{}') as Record<string, string>;
		const lang = toLang(this.dataset.lang);
		const status = this.querySelector<HTMLElement>('[data-status]')!;
		const list = this.querySelector<HTMLOListElement>('[data-results]')!;
		const all = this.querySelector<HTMLAnchorElement>('[data-all]')!;
		const form = this.querySelector('form')!;
		if (!query.trim()) {
			list.replaceChildren();
			status.textContent = '';
			all.hidden = true;
			return;
		}
		status.textContent = strings.loading ?? '';
		try {
			const engine = await this.#engineFor();
			const { terms, hits, verified } = await engine.search({ query });
			const checked = await Promise.all(hits.slice(0, SHOWN).map((hit) => engine.check(hit, terms)));
			if (run !== this.#generation) return;
			const shown = checked.filter((result) => result !== null);
			const total = hits.length - (Math.min(hits.length, SHOWN) - shown.length);
			const count = verified ? total : fill(strings.approx ?? '', { count: total });
			list.replaceChildren(
				...shown.map((result) => resultItem(result, strings[`section.${result.card.section}`] ?? '', lang)),
			);
			status.textContent = total ? fill(strings.count ?? '', { query, count }) : fill(strings.none ?? '', { query });
			all.hidden = total <= shown.length;
			all.href = `${form.action.replace(/\?.*$/u, '')}?${new URLSearchParams({ q: query })}`;
			all.textContent = fill(strings.all ?? '', { count });
		} catch {
			if (run === this.#generation) status.textContent = strings.error ?? '';
		}
	}
}

customElements.define('header-search', HeaderSearch);
