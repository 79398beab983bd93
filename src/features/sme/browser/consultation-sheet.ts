/**
 * The consultation preparation sheet in the browser: keeps each entry in this browser as it is
 * typed, restores it on the next visit, writes the sheet as a Markdown file in the page's
 * language, and forgets everything on "clear".
 */
import { consultationMarkdown, type SheetSection } from '../consultation-markdown.ts';
import { sizeBand } from '../../../core/format.ts';
import { parseAmount } from '../payback.ts';
import { fill } from '../../../core/ui-template.ts';
import { revealScriptedParts } from './page-tools.ts';
import { readStored, removeStored, writeStored } from './storage.ts';

/** Entries are stored per field name, the same on the Japanese and English pages. */
const PREFIX = 'sme-consultation-sheet:';

const form = document.querySelector<HTMLFormElement>('[data-consultation-sheet]');

type Field = HTMLInputElement | HTMLTextAreaElement;

function fieldsOf(root: HTMLFormElement): Field[] {
	return [...root.querySelectorAll<Field>('[data-sheet-field] input, [data-sheet-field] textarea')];
}

function restore(root: HTMLFormElement): void {
	for (const field of fieldsOf(root)) {
		const stored = readStored(PREFIX + field.name);
		if (stored === null) continue;
		if (field instanceof HTMLInputElement && field.type === 'radio') field.checked = field.value === stored;
		else field.value = stored;
	}
}

/** What the reader entered for one question, as it should read in the file. */
function answer(root: HTMLFormElement, wrapper: HTMLElement): string {
	if (wrapper.querySelector('input[type="radio"]')) {
		const checked = wrapper.querySelector<HTMLInputElement>('input[type="radio"]:checked');
		return checked?.closest('label')?.textContent?.trim() ?? '';
	}
	const field = wrapper.querySelector<Field>('input, textarea');
	const text = field?.value.trim() ?? '';
	if (wrapper.dataset.sheetField !== 'employees' || text === '') return text;
	// A head count that reads as a number gets its size band, as the case list names it.
	const employees = parseAmount(text);
	const bands = JSON.parse(root.dataset.textBands ?? '{}') as Record<string, string>;
	if (!employees.ok) return text;
	const band = bands[sizeBand(employees.value)];
	return root.dataset.lang === 'en' ? `${text} (${band})` : `${text}（${band}）`;
}

function markdown(root: HTMLFormElement): string {
	const lang = root.dataset.lang === 'en' ? 'en-US' : 'ja-JP';
	const date = new Date().toLocaleDateString(lang, { year: 'numeric', month: 'long', day: 'numeric' });
	const sections: SheetSection[] = [...root.querySelectorAll<HTMLElement>('[data-sheet-field]')].map((wrapper) => ({
		heading: wrapper.dataset.label ?? '',
		value: answer(root, wrapper),
	}));
	return consultationMarkdown({
		title: root.dataset.textTitle ?? '',
		intro: [fill(root.dataset.textDate ?? '', { date })],
		sections,
		empty: root.dataset.textEmpty ?? '',
	});
}

if (form) {
	restore(form);
	revealScriptedParts(form);
	form.addEventListener('input', (event) => {
		const field = event.target;
		if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)
			writeStored(PREFIX + field.name, field.value);
	});
	form.addEventListener('reset', () => {
		removeStored(new Set(fieldsOf(form).map((field) => PREFIX + field.name)));
	});
	const download = form.querySelector<HTMLAnchorElement>('[data-download]');
	let url: string | undefined;
	// The link's own activation downloads the file: the handler only points it at a fresh Blob
	// of the current entries first (and releases the previous one).
	download?.addEventListener('click', () => {
		if (url) URL.revokeObjectURL(url);
		url = URL.createObjectURL(new Blob([markdown(form)], { type: 'text/markdown;charset=utf-8' }));
		download.href = url;
	});
}
