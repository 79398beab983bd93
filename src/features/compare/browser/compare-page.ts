/**
 * The compare page (`/cases/compare/?ids=863,1101`): reads the case numbers from the URL, fetches
 * only those cases (`/data/cases/<case_id>.json`, one small file each) and writes the table.
 * Everything from the data is written as text (`textContent`), never as HTML.
 */

import { fill } from '../../../core/ui-template.ts';
import type { OpenDataCase } from '../../open-data/open-data-schemas.ts';
import {
	compareHeadings,
	compareRows,
	parseIds,
	type CompareStrings,
	type CompareVocabulary,
	type Line,
} from './compare-table.ts';
import type { Lang } from '../../../core/locale.ts';
import { caseDataUrl } from '../../../core/urls.ts';

/** What the page component hands to this script (`data-config` of the root element). */
interface CompareConfig {
	lang: Lang;
	strings: CompareStrings;
	vocabulary: CompareVocabulary;
	messages: Record<'tooFew' | 'tooMany' | 'invalid' | 'unknown' | 'failed' | 'loading' | 'caption' | 'item', string>;
}

const root = document.querySelector<HTMLElement>('[data-compare]');
if (root) void start(root);

async function start(root: HTMLElement): Promise<void> {
	const config = JSON.parse(root.dataset.config ?? '{}') as CompareConfig;
	const message = root.querySelector<HTMLElement>('[data-compare-message]');
	const output = root.querySelector<HTMLElement>('[data-compare-output]');
	const input = root.querySelector<HTMLInputElement>('input[name="ids"]');
	if (!message || !output) return;
	const param = new URLSearchParams(location.search).get('ids');
	if (input && param !== null) input.value = param;
	const say = (text: string) => {
		message.textContent = text;
		message.hidden = text === '';
	};
	if (param === null) return;

	const ids = parseIds(param);
	if (!ids.ok) {
		if (ids.problem === 'invalid') say(fill(config.messages.invalid, { value: ids.value }));
		else say(fill(config.messages[ids.problem], { count: ids.count }));
		return;
	}
	say(config.messages.loading);
	const fetched = await Promise.all(ids.ids.map(fetchCase));
	if (fetched.includes('failed')) {
		say(config.messages.failed);
		return;
	}
	const unknown = ids.ids.filter((_, i) => fetched[i] === 'missing');
	const cases = fetched.filter((entry): entry is OpenDataCase => typeof entry === 'object');
	say(unknown.length > 0 ? fill(config.messages.unknown, { ids: unknown.join(', ') }) : '');
	if (cases.length >= 2) output.replaceChildren(table(cases, config));
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
	element.append(text('caption', [{ text: config.messages.caption }]));
	const head = element.createTHead().insertRow();
	head.append(withScope(text('th', [{ text: config.messages.item }]), 'col'));
	for (const heading of compareHeadings(cases, config.lang)) {
		const link = text('a', [heading.name]);
		(link as HTMLAnchorElement).href = heading.href;
		head.append(withScope(wrap('th', link), 'col'));
	}
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
