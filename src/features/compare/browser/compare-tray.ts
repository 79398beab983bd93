/**
 * The compare tray and the "Add to compare" checkboxes (`CompareTray.astro`, `CompareToggle.astro`):
 * keeps the pick in this browser (compare-selection.ts), ticks the checkboxes of picked cases on
 * every page (also rows the case list's filter writes later), and writes the tray: names, a button
 * to take each out, and the link to the compare page. Every change is announced.
 */

import { fill } from '../../../core/ui-template.ts';
import { toLang } from '../../../core/locale.ts';
import { MAX_CASES } from './compare-limits.ts';
import { readPicked, writePicked, type PickedCase } from './compare-selection.ts';

const root = document.querySelector<HTMLElement>('[data-compare-tray]');
if (root) start(root);

function start(root: HTMLElement): void {
	const lang = toLang(root.dataset.lang);
	const text = (key: string, values: Record<string, string | number> = {}) => fill(root.dataset[key] ?? '', values);
	const live = root.querySelector<HTMLElement>('[data-compare-tray-live]');
	const box = root.querySelector<HTMLElement>('[data-compare-tray-box]');
	const list = root.querySelector<HTMLElement>('[data-compare-tray-list]');
	const status = root.querySelector<HTMLElement>('[data-compare-tray-status]');
	const go = root.querySelector<HTMLAnchorElement>('[data-compare-tray-go]');
	if (!live || !box || !list || !status || !go) return;
	const name = (picked: PickedCase) => (lang === 'ja' ? picked.ja : picked.en);
	const announce = (message: string) => {
		live.textContent = message;
	};

	/** Ticks the checkboxes of the picked cases and shows them (they are hidden without this script). */
	const syncToggles = () => {
		const ids = new Set(readPicked().map((picked) => picked.id));
		for (const toggle of document.querySelectorAll<HTMLInputElement>('input[data-compare-toggle]')) {
			toggle.checked = ids.has(Number(toggle.value));
		}
		for (const hidden of document.querySelectorAll<HTMLElement>('[data-compare-toggle-label], [data-compare-col]'))
			hidden.hidden = false;
	};

	const render = () => {
		const picked = readPicked();
		box.hidden = picked.length === 0;
		status.textContent = text('textStatus', { count: picked.length });
		go.textContent = text('textGo', { count: picked.length });
		const url = new URL(root.dataset.compareUrl ?? '', location.href);
		url.search = picked.length ? `?ids=${picked.map((p) => p.id).join(',')}` : '';
		go.href = url.pathname + url.search;
		list.replaceChildren(
			...picked.map((entry) => {
				const item = document.createElement('li');
				const label = document.createElement('span');
				label.textContent = name(entry);
				if (lang === 'en' && entry.en === '') label.lang = 'ja';
				const remove = document.createElement('button');
				remove.type = 'button';
				remove.dataset.compareRemove = String(entry.id);
				remove.textContent = text('textRemove');
				const hint = document.createElement('span');
				hint.className = 'sr-only';
				hint.textContent = `: ${name(entry)}`;
				remove.append(hint);
				item.append(label, remove);
				return item;
			}),
		);
		syncToggles();
	};

	const remove = (id: number) => {
		const picked = readPicked();
		const gone = picked.find((entry) => entry.id === id);
		const rest = picked.filter((entry) => entry.id !== id);
		writePicked(rest);
		render();
		if (gone) announce(text('textRemoved', { name: name(gone), count: rest.length }));
	};

	document.addEventListener('change', (event) => {
		const toggle = event.target;
		if (!(toggle instanceof HTMLInputElement) || !toggle.matches('[data-compare-toggle]')) return;
		const id = Number(toggle.value);
		if (!toggle.checked) {
			remove(id);
			return;
		}
		const picked = readPicked();
		if (picked.length >= MAX_CASES) {
			toggle.checked = false;
			announce(text('textFull'));
			return;
		}
		const entry = { id, ja: toggle.dataset.nameJa ?? '', en: toggle.dataset.nameEn ?? '' };
		writePicked([...picked.filter((p) => p.id !== id), entry]);
		render();
		announce(text('textAdded', { name: name(entry), count: picked.length + 1 }));
	});

	list.addEventListener('click', (event) => {
		const button = event.target instanceof Element ? event.target.closest('button') : null;
		if (!button?.dataset.compareRemove) return;
		const buttons = [...list.querySelectorAll('button')];
		const at = buttons.indexOf(button);
		remove(Number(button.dataset.compareRemove));
		// Focus stays in the tray: on the next case's button, else on the link or, when empty, the page.
		const next = list.querySelectorAll<HTMLElement>('button')[Math.min(at, buttons.length - 2)];
		(next ?? (box.hidden ? null : go))?.focus();
	});

	root.querySelector('[data-compare-tray-clear]')?.addEventListener('click', () => {
		writePicked([]);
		render();
		announce(text('textCleared'));
		// The tray is gone: focus goes back to the page's first checkbox rather than to nowhere.
		document.querySelector<HTMLElement>('input[data-compare-toggle]')?.focus();
	});

	// Rows written later (the case list's filter) get their checkboxes ticked too.
	const rows = document.querySelector('[data-case-rows]');
	if (rows) new MutationObserver(syncToggles).observe(rows, { childList: true });
	// Another tab changed the pick.
	addEventListener('storage', render);
	// Back/forward cache: the page may come back with an old pick.
	addEventListener('pageshow', render);
	render();
}
