/**
 * The readiness self-check in the browser: restores the answers stored in this browser, scores
 * each theme as the reader answers, shows the next steps of the themes that are not ready, and
 * forgets everything on reset. The questions and next steps are already in the HTML.
 */
import { needsNextSteps, readAnswer, scoreTheme, verdict, type ThemeScore } from '../self-check-score.ts';
import { fill } from '../../../core/ui-template.ts';
import { revealScriptedParts } from './page-tools.ts';
import { readStored, removeStored, writeStored } from './storage.ts';

/** Answers are stored per question id, which is the same on the Japanese and English pages. */
const PREFIX = 'sme-self-check:';

const form = document.querySelector<HTMLFormElement>('[data-self-check]');

/** Question ids of each theme, in page order. */
function themesOf(root: HTMLFormElement): Map<HTMLElement, string[]> {
	const themes = new Map<HTMLElement, string[]>();
	for (const section of root.querySelectorAll<HTMLElement>('[data-theme]')) {
		const ids = [...section.querySelectorAll<HTMLElement>('[data-question]')].map((q) => q.dataset.question ?? '');
		themes.set(section, ids);
	}
	return themes;
}

/** The answers currently checked on the page. */
function checkedAnswers(root: HTMLFormElement): Map<string, number> {
	const answers = new Map<string, number>();
	for (const input of root.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked')) {
		const value = readAnswer(input.value);
		if (value !== undefined) answers.set(input.name, value);
	}
	return answers;
}

function restore(root: HTMLFormElement, ids: string[]): void {
	for (const id of ids) {
		const value = readAnswer(readStored(PREFIX + id));
		if (value === undefined) continue;
		const input = root.querySelector<HTMLInputElement>(`input[name="${CSS.escape(id)}"][value="${value}"]`);
		if (input) input.checked = true;
	}
}

function render(root: HTMLFormElement, themes: Map<HTMLElement, string[]>): void {
	const answers = checkedAnswers(root);
	const levels = JSON.parse(root.dataset.textLevels ?? '{}') as Record<ThemeScore['level'], string>;
	let answered = 0;
	let total = 0;
	const scores: ThemeScore[] = [];
	for (const [section, ids] of themes) {
		const score = scoreTheme(section.dataset.theme ?? '', ids, answers);
		scores.push(score);
		answered += score.answered;
		total += score.questions;
		const text = scoreText(root, score);
		const line = section.querySelector<HTMLElement>('[data-theme-score]');
		if (line) {
			line.hidden = score.level === 'unanswered';
			line.textContent = fill(root.dataset.textThemeScore ?? '', { level: levels[score.level], score: text });
			line.dataset.level = score.level;
		}
		const steps = section.querySelector<HTMLElement>('[data-theme-steps]');
		if (steps) steps.hidden = !needsNextSteps(score);
		const row = root.querySelector<HTMLElement>(`[data-summary-row="${CSS.escape(score.id)}"]`);
		const points = row?.querySelector<HTMLElement>('[data-summary-points]');
		const level = row?.querySelector<HTMLElement>('[data-summary-level]');
		if (points) points.textContent = score.level === 'unanswered' ? '–' : text;
		if (level) {
			level.textContent = levels[score.level];
			level.dataset.level = score.level;
		}
	}
	const progress = root.querySelector<HTMLElement>('[data-progress]');
	if (progress) progress.textContent = fill(root.dataset.textProgress ?? '', { answered, total });
	renderVerdict(root, scores);
}

/** The overall result and the step to start with, by the rule of `verdict()` (stated on the page). */
function renderVerdict(root: HTMLFormElement, scores: ThemeScore[]): void {
	const box = root.querySelector<HTMLElement>('[data-verdict]');
	if (!box) return;
	const rows = new Map(
		[...root.querySelectorAll<HTMLElement>('[data-summary-row]')].map((row) => [row.dataset.summaryRow ?? '', row]),
	);
	const order = new Map([...rows].map(([id, row]) => [id, Number(row.dataset.stepOrder)]));
	const result = verdict(scores, order);
	const levels = JSON.parse(box.dataset.textLevels ?? '{}') as Record<ThemeScore['level'], string>;
	const text = box.querySelector<HTMLElement>('[data-verdict-text]');
	if (text) {
		text.textContent = levels[result.level];
		text.dataset.level = result.level;
	}
	const start = box.querySelector<HTMLElement>('[data-verdict-start]');
	const link = box.querySelector<HTMLAnchorElement>('[data-verdict-link]');
	const reason = box.querySelector<HTMLElement>('[data-verdict-reason]');
	if (!start || !link || !reason) return;
	start.hidden = result.level === 'unanswered';
	const row = result.start && rows.get(result.start.id);
	link.href = row?.dataset.stepHref ?? box.dataset.firstStepHref ?? '';
	link.textContent = row?.dataset.stepTitle ?? box.dataset.firstStepTitle ?? '';
	reason.textContent =
		result.start && row
			? fill(box.dataset.textBecause ?? '', { theme: row.dataset.themeName ?? '', percent: result.start.percent })
			: (box.dataset.textAllReady ?? '');
}

/** "7 / 12 points (58%)", plus how many questions are still open. */
function scoreText(root: HTMLFormElement, score: ThemeScore): string {
	const text = fill(root.dataset.textScore ?? '', { points: score.points, max: score.max, percent: score.percent });
	const missing = score.questions - score.answered;
	return missing > 0 && score.answered > 0 ? text + fill(root.dataset.textMissing ?? '', { count: missing }) : text;
}

if (form) {
	const themes = themesOf(form);
	const ids = [...themes.values()].flat();
	restore(form, ids);
	revealScriptedParts(form);
	const summary = form.querySelector<HTMLElement>('[data-summary]');
	if (summary) summary.hidden = false;
	render(form, themes);
	form.addEventListener('change', (event) => {
		const input = event.target;
		if (input instanceof HTMLInputElement && input.type === 'radio') writeStored(PREFIX + input.name, input.value);
		render(form, themes);
	});
	form.addEventListener('reset', () => {
		removeStored(ids.map((id) => PREFIX + id));
		// The reset event fires before the form's values are cleared.
		setTimeout(() => render(form, themes));
	});
}
