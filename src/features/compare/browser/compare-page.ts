/**
 * The compare page (`/cases/compare/?ids=863,1101`): reads the case numbers from the URL, fetches
 * only those cases (`/data/cases/<case_id>.json`, one small file each) and writes the table.
 * With one case it shows that one and asks for more; the name search below the table finds cases
 * through the site search's index (only the files of the typed name, never a list of all cases).
 * Everything from the data is written as text (`textContent`), never as HTML.
 */

import { fill } from '../../../core/ui-template.ts';
import type { OpenDataCase } from '../../open-data/open-data-schemas.ts';
import type { SearchEngine } from '../../search/engine.ts';
import { normalizeText } from '../../../core/search/normalize.ts';
import { MAX_CASES, MIN_CASES } from './compare-limits.ts';
import {
	compareHeadings,
	compareRows,
	parseIds,
	type CompareStrings,
	type CompareVocabulary,
	type Line,
} from './compare-table.ts';
import type { Lang } from '../../../core/locale.ts';
import { caseDataUrl, compareUrl } from '../../../core/urls.ts';

/** What the page component hands to this script (`data-config` of the root element). */
interface CompareConfig {
	lang: Lang;
	/** The search index folder of the page's language. */
	index: string;
	strings: CompareStrings;
	vocabulary: CompareVocabulary;
	messages: Record<
		| 'one'
		| 'remove'
		| 'found'
		| 'none'
		| 'add'
		| 'full'
		| 'tooMany'
		| 'invalid'
		| 'unknown'
		| 'failed'
		| 'loading'
		| 'caption'
		| 'item',
		string
	>;
}

const root = document.querySelector<HTMLElement>('[data-compare]');
if (root) void start(root);

async function start(root: HTMLElement): Promise<void> {
	const config = JSON.parse(root.dataset.config ?? '{}') as CompareConfig;
	const message = root.querySelector<HTMLElement>('[data-compare-message]');
	const note = root.querySelector<HTMLElement>('[data-compare-note]');
	const output = root.querySelector<HTMLElement>('[data-compare-output]');
	const input = root.querySelector<HTMLInputElement>('input[name="ids"]');
	if (!message || !output) return;
	// `ids=863,1101`, or `ids=863&ids=1101` as a form of checkboxes would send it.
	const values = new URLSearchParams(location.search).getAll('ids');
	const param = values.length > 0 ? values.join(',') : null;
	if (input && param !== null) input.value = param;
	const say = (text: string) => {
		message.textContent = text;
		message.hidden = text === '';
	};

	const ids = parseIds(param);
	if (!ids.ok) {
		if (ids.problem === 'invalid') say(fill(config.messages.invalid, { value: ids.value }));
		else say(fill(config.messages[ids.problem], { count: ids.count }));
		return;
	}
	let shown: number[] = [];
	if (ids.ids.length > 0) {
		say(config.messages.loading);
		const fetched = await Promise.all(ids.ids.map(fetchCase));
		if (fetched.includes('failed')) {
			say(config.messages.failed);
			return;
		}
		const unknown = ids.ids.filter((_, i) => fetched[i] === 'missing');
		const cases = fetched.filter((entry): entry is OpenDataCase => typeof entry === 'object');
		say(unknown.length > 0 ? fill(config.messages.unknown, { ids: unknown.join(', ') }) : '');
		shown = cases.map((c) => c.case_id);
		if (cases.length > 0) output.replaceChildren(table(cases, config));
		if (note) {
			note.textContent = cases.length > 0 && cases.length < MIN_CASES ? config.messages.one : '';
			note.hidden = note.textContent === '';
		}
	}
	const picker = root.querySelector<HTMLFormElement>('[data-compare-pick]');
	if (picker) startPicker(picker, shown, config);
}

/**
 * The name search: finds cases whose page title (the organisation's name) holds every typed word,
 * through the site search's index, and lists links that add one to the comparison.
 */
function startPicker(form: HTMLFormElement, shown: number[], config: CompareConfig): void {
	const status = form.querySelector<HTMLElement>('[data-compare-pick-status]');
	const results = form.querySelector<HTMLElement>('[data-compare-pick-results]');
	const field = form.querySelector<HTMLInputElement>('input[name="q"]');
	if (!status || !results || !field) return;
	form.hidden = false;
	let engine: SearchEngine | undefined;
	let generation = 0;
	const find = async (query: string): Promise<void> => {
		const run = ++generation;
		results.replaceChildren();
		if (query === '') {
			status.textContent = '';
			return;
		}
		if (shown.length >= MAX_CASES) {
			status.textContent = config.messages.full;
			return;
		}
		// The search code is fetched on the first search, not with every comparison.
		engine ??= new (await import('../../search/engine.ts')).SearchEngine(config.index);
		const search = await engine.search({ query, filters: { section: ['case'] } });
		// Tier 0: every word is in the title, which on a case page is the organisation's name.
		const hits = search.hits.filter((hit) => hit.tier === 0).slice(0, 20);
		const cards = await Promise.all(hits.map((hit) => engine!.card(hit.id)));
		if (run !== generation) return;
		// The key index can propose a title with a term's character pairs but not the term: check.
		const found = cards
			.filter((card) => search.terms.every((term) => normalizeText(card.title).includes(term)))
			.map((card) => ({ id: Number(card.meta.case_id), name: card.title }))
			.filter((c) => Number.isSafeInteger(c.id) && c.id > 0 && !shown.includes(c.id))
			.slice(0, 10);
		status.textContent =
			found.length > 0 ? fill(config.messages.found, { count: found.length }) : fill(config.messages.none, { query });
		results.replaceChildren(
			...found.map((c) => {
				const item = document.createElement('li');
				const link = document.createElement('a');
				link.href = compareUrl(config.lang, [...shown, c.id]);
				link.textContent = fill(config.messages.add, { name: c.name });
				item.append(link);
				return item;
			}),
		);
	};
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void find(field.value.trim());
	});
}

/** One case's file, `'missing'` when there is no such case, `'failed'` when the site did not answer. */
async function fetchCase(id: number): Promise<OpenDataCase | 'missing' | 'failed'> {
	try {
		const response = await fetch(caseDataUrl(id));
		if (response.status === 404) return 'missing';
		if (!response.ok) return 'failed';
		return (await response.json()) as OpenDataCase;
	} catch {
		return 'failed';
	}
}

function table(cases: OpenDataCase[], config: CompareConfig): HTMLTableElement {
	const element = document.createElement('table');
	element.className = 'compare-table';
	element.dataset.columns = String(cases.length);
	element.append(text('caption', [{ text: config.messages.caption }]));
	const head = element.createTHead().insertRow();
	head.append(withScope(text('th', [{ text: config.messages.item }]), 'col'));
	const ids = cases.map((c) => c.case_id);
	compareHeadings(cases, config.lang).forEach((heading, i) => {
		const link = text('a', [heading.name]);
		(link as HTMLAnchorElement).href = heading.href;
		const th = withScope(wrap('th', link), 'col');
		// Taking a case out is a link to the comparison without it: the back button undoes it.
		const remove = text('a', [{ text: config.messages.remove }]) as HTMLAnchorElement;
		remove.className = 'compare-remove';
		remove.href = compareUrl(
			config.lang,
			ids.filter((_, j) => j !== i),
		);
		const hint = text('span', [{ text: `: ${heading.name.text}` }]);
		hint.className = 'sr-only';
		remove.append(hint);
		th.append(remove);
		head.append(th);
	});
	const body = element.createTBody();
	for (const row of compareRows(cases, config.lang, config.strings, config.vocabulary)) {
		const tr = body.insertRow();
		tr.append(withScope(text('th', [{ text: row.label }]), 'row'));
		for (const lines of row.cells) tr.append(cell(lines, config.strings.none));
	}
	return element;
}

/** A cell: one line as text, several as a list, none as "not stated". */
function cell(lines: Line[], none: string): HTMLTableCellElement {
	if (lines.length === 0) return text('td', [{ text: none }]) as HTMLTableCellElement;
	if (lines.length === 1) return text('td', lines[0] ?? []) as HTMLTableCellElement;
	const list = document.createElement('ul');
	for (const line of lines) list.append(text('li', line));
	return wrap('td', list) as HTMLTableCellElement;
}

/** An element holding text runs, Japanese runs in `<span lang="ja">`. */
function text(tag: string, line: Line): HTMLElement {
	const element = document.createElement(tag);
	for (const run of line) {
		if (run.lang) {
			const span = document.createElement('span');
			span.lang = run.lang;
			span.textContent = run.text;
			element.append(span);
		} else element.append(run.text);
	}
	return element;
}

function wrap(tag: string, child: Node): HTMLElement {
	const element = document.createElement(tag);
	element.append(child);
	return element;
}

function withScope(element: HTMLElement, scope: 'row' | 'col'): HTMLElement {
	element.setAttribute('scope', scope);
	return element;
}
