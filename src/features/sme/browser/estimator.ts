/**
 * The payback estimator in the browser: validates the three amounts, computes the payback with
 * the same pure function the unit tests check, and sets it beside the published paybacks of
 * cases of the same size band (a small JSON of four summaries embedded at build time) and the
 * band's cases listed in the static table.
 */
import { formatMonths, formatYen, sizeBand } from '../../../core/format.ts';
import { roundMonthsUp } from '../../../core/payback.ts';
import { estimatePayback, parseAmount, type AmountError, type PaybackSummary } from '../payback.ts';
import { caseListHref, type SizeBand } from '../similar-cases.ts';
import { fill } from '../../../core/ui-template.ts';
import { toLang, type Lang } from '../../../core/locale.ts';

const form = document.querySelector<HTMLFormElement>('[data-estimator]');

/** Shows or clears the error message of one field. */
function showError(root: HTMLFormElement, field: string, message: string | undefined): void {
	const input = root.elements.namedItem(field);
	const slot = root.querySelector<HTMLElement>(`[data-error-for="${field}"]`);
	if (input instanceof HTMLInputElement) {
		if (message) input.setAttribute('aria-invalid', 'true');
		else input.removeAttribute('aria-invalid');
	}
	if (slot) {
		slot.textContent = message ?? '';
		slot.hidden = !message;
	}
}

function value(root: HTMLFormElement, name: string): string {
	const field = root.elements.namedItem(name);
	return field instanceof HTMLInputElement || field instanceof HTMLSelectElement ? field.value : '';
}

/** Links of the band's cases in the static table, those of the chosen industry first. */
function similarCases(band: SizeBand, industry: string, label: string): HTMLLIElement[] {
	const items = [...document.querySelectorAll<HTMLLIElement>(`tr[data-band="${band}"] li[data-industry]`)];
	const same = items.filter((item) => industry !== '' && item.dataset.industry === industry);
	return [...same, ...items.filter((item) => !same.includes(item))].map((item) => {
		const copy = item.cloneNode(true) as HTMLLIElement;
		if (same.includes(item)) {
			const mark = document.createElement('strong');
			mark.textContent = label;
			copy.append(mark);
		}
		return copy;
	});
}

function render(root: HTMLFormElement): void {
	const lang = toLang(root.dataset.lang);
	const messages = JSON.parse(root.dataset.textErrors ?? '{}') as Record<AmountError, string>;
	const estimate = estimatePayback({
		initial: value(root, 'initial'),
		running: value(root, 'running'),
		effect: value(root, 'effect'),
	});
	const employeesText = value(root, 'employees');
	const employees = employeesText.trim() === '' ? undefined : parseAmount(employeesText, 'people');
	for (const field of ['initial', 'running', 'effect'] as const) {
		const error = estimate.ok ? undefined : estimate.errors[field];
		showError(root, field, error && messages[error]);
	}
	showError(root, 'employees', employees && !employees.ok ? messages[employees.error] : undefined);

	const noPayback = root.querySelector<HTMLElement>('[data-no-payback]');
	const result = root.querySelector<HTMLElement>('[data-estimate]');
	if (noPayback) noPayback.hidden = estimate.ok || !estimate.noPayback;
	if (!result) return;
	if (!estimate.ok) {
		result.hidden = true;
		return;
	}
	const months = formatMonths(roundMonthsUp(estimate.months), lang);
	setText(root, '[data-estimate-months]', fill(root.dataset.textResult ?? '', { months }));
	setText(
		root,
		'[data-estimate-formula]',
		fill(root.dataset.textFormula ?? '', {
			initial: formatYen(estimate.initial, lang),
			net: formatYen(estimate.net, lang),
			months,
		}),
	);
	renderComparison(root, lang, employees?.ok ? sizeBand(employees.value) : undefined);
	result.hidden = false;
}

/** The band's published paybacks and cases, and the band's row marked in the table. */
function renderComparison(root: HTMLFormElement, lang: Lang, band: SizeBand | undefined): void {
	const summaries = JSON.parse(root.querySelector('[data-band-summaries]')?.textContent ?? '{}') as Record<
		string,
		PaybackSummary | null
	>;
	const bandNames = JSON.parse(root.dataset.textBands ?? '{}') as Record<string, string>;
	for (const row of document.querySelectorAll<HTMLElement>('tr[data-band]'))
		row.toggleAttribute('data-current', row.dataset.band === band);
	const similar = root.querySelector<HTMLElement>('[data-estimate-similar]');
	if (band === undefined) {
		setText(root, '[data-estimate-compare]', '');
		if (similar) similar.hidden = true;
		return;
	}
	setText(root, '[data-estimate-compare]', compareText(root, lang, bandNames[band] ?? band, summaries[band] ?? null));
	const industry = value(root, 'industry');
	const label = root.querySelector<HTMLTemplateElement>('template[data-same-industry]')?.content.textContent ?? '';
	const items = similarCases(band, industry, label);
	const list = root.querySelector<HTMLElement>('[data-estimate-cases]');
	list?.replaceChildren(...items);
	if (list) list.hidden = items.length === 0;
	const browse = root.querySelector<HTMLAnchorElement>('[data-estimate-browse]');
	if (browse) browse.href = caseListHref(band, industry, lang);
	if (similar) similar.hidden = false;
}

/** "Published cases of the same size (20–99): 2, with a median payback of 19 months (range …)". */
function compareText(root: HTMLFormElement, lang: Lang, band: string, summary: PaybackSummary | null): string {
	if (!summary) return fill(root.dataset.textCompareNone ?? '', { band });
	const months = (value: number) => formatMonths(value, lang);
	const text = fill(root.dataset.textCompare ?? '', { band, count: summary.count, median: months(summary.median) });
	if (summary.min === summary.max) return text;
	return text + fill(root.dataset.textCompareRange ?? '', { min: months(summary.min), max: months(summary.max) });
}

function setText(root: HTMLElement, selector: string, text: string): void {
	const element = root.querySelector<HTMLElement>(selector);
	if (element) {
		element.textContent = text;
		element.hidden = text === '';
	}
}

if (form) {
	form.hidden = false;
	let submitted = false;
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		submitted = true;
		render(form);
	});
	// After the first calculation, follow the reader's edits instead of waiting for another click.
	form.addEventListener('input', () => {
		if (submitted) render(form);
	});
}
