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

/** The field errors of the last render, in page order: field name → message. */
type FieldErrors = [field: string, message: string][];

/**
 * The error summary at the top of the form (GOV.UK's pattern): a heading and one link per field
 * in error, in the order of the fields; hidden when every field is fine.
 */
function showSummary(root: HTMLFormElement, errors: FieldErrors): HTMLElement | null {
	const summary = root.querySelector<HTMLElement>('[data-error-summary]');
	const list = summary?.querySelector<HTMLElement>('[data-error-summary-list]');
	if (!summary || !list) return null;
	list.replaceChildren(
		...errors.map(([field, message]) => {
			const id = `estimator-${field}`;
			const item = document.createElement('li');
			const link = document.createElement('a');
			link.href = `#${id}`;
			const label = root.querySelector(`label[for="${id}"]`)?.textContent?.trim() ?? field;
			link.textContent = `${label}${root.dataset.lang === 'ja' ? '：' : ': '}${message}`;
			item.append(link);
			return item;
		}),
	);
	summary.hidden = errors.length === 0;
	return summary;
}

function render(root: HTMLFormElement): FieldErrors {
	const lang = toLang(root.dataset.lang);
	const messages = JSON.parse(root.dataset.textErrors ?? '{}') as Record<AmountError, string>;
	const peopleMessages = JSON.parse(root.dataset.textPeopleErrors ?? '{}') as Record<AmountError, string>;
	const errors: FieldErrors = [];
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
		if (error) errors.push([field, messages[error]]);
	}
	const peopleError = employees && !employees.ok ? peopleMessages[employees.error] : undefined;
	showError(root, 'employees', peopleError);
	if (peopleError) errors.push(['employees', peopleError]);

	const noPayback = root.querySelector<HTMLElement>('[data-no-payback]');
	const result = root.querySelector<HTMLElement>('[data-estimate]');
	if (noPayback) noPayback.hidden = estimate.ok || !estimate.noPayback;
	if (!result) return errors;
	if (!estimate.ok || peopleError) {
		result.hidden = true;
		return errors;
	}
	// Rounded up, 0.01 months would read "0.1 months", a tenth the reader never typed.
	const months =
		estimate.months < 0.1 ? (root.dataset.textUnder ?? '') : formatMonths(roundMonthsUp(estimate.months), lang);
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
	return errors;
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
	const none = root.querySelector<HTMLElement>('[data-estimate-similar-none]');
	if (none) none.hidden = true;
	if (band === undefined) {
		setText(root, '[data-estimate-compare]', '');
		if (similar) similar.hidden = true;
		return;
	}
	const industry = value(root, 'industry');
	const label = root.querySelector<HTMLTemplateElement>('template[data-same-industry]')?.content.textContent ?? '';
	const items = similarCases(band, industry, label);
	// With no case of this size at all, the sentence below says so once; a second sentence on the
	// size's published paybacks would only repeat it.
	const compare = items.length === 0 ? '' : compareText(root, lang, bandNames[band] ?? band, summaries[band] ?? null);
	setText(root, '[data-estimate-compare]', compare);
	// No case of this size: one sentence that says so and where to go, never a heading over nothing.
	if (items.length === 0) {
		if (similar) similar.hidden = true;
		if (none) {
			setText(
				none,
				'[data-estimate-similar-none-text]',
				fill(none.dataset.text ?? '', { band: bandNames[band] ?? band }),
			);
			none.hidden = false;
		}
		return;
	}
	root.querySelector<HTMLElement>('[data-estimate-cases]')?.replaceChildren(...items);
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
		// Focus moves to the summary, which is read out with its links; the fields keep their messages.
		const summary = showSummary(form, render(form));
		if (summary && !summary.hidden) summary.focus();
	});
	// A summary link moves focus into its field, not just the view (a fragment jump would not focus it).
	form.querySelector('[data-error-summary]')?.addEventListener('click', (event) => {
		const link = event.target instanceof Element ? event.target.closest('a') : null;
		const field = link && document.getElementById(link.hash.slice(1));
		if (!field) return;
		event.preventDefault();
		field.focus();
		field.scrollIntoView({ block: 'center' });
	});
	// After the first calculation, follow the reader's edits instead of waiting for another click.
	// The summary changes only on submit (an alert per keystroke would drown the reader), but
	// goes once every field is fine.
	form.addEventListener('input', () => {
		if (submitted && render(form).length === 0) showSummary(form, []);
	});
}
