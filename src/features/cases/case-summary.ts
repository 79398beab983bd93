import type { CaseData } from '../../core/schemas/case.ts';
import { formatMonths, formatNumber, formatYen } from '../../core/format.ts';
import { hasJapanese } from '../../core/japanese.ts';
import { vocabulary } from './vocabulary.ts';
import type { Lang } from '../../core/locale.ts';

/**
 * Longest description kept whole. Search engines show about 160 characters and cut the rest
 * themselves; a whole sentence more is better than a summary that stops before the figures.
 */
const MAX_LENGTH = 240;

/**
 * A one-paragraph summary of a case for `<meta name="description">`, OpenGraph and the feed:
 * who adopted AI, when, with which tools, at what cost and with what payback. English summaries
 * leave out what has no English form (a meta attribute cannot mark a Japanese fragment with
 * `lang`), so an English page never describes itself in Japanese.
 * @param data The case's frontmatter.
 * @param lang Language of the page the summary is for.
 */
export function caseSummary(data: CaseData, lang: Lang): string {
	return lang === 'ja' ? japaneseSummary(data) : englishSummary(data);
}

function japaneseSummary(data: CaseData): string {
	const profile = [data.industry, data.country, `従業員${formatNumber(data.employees, 'ja')}名`].join('・');
	const parts = [`${data.company.name_ja}（${profile}）は${data.ai_adoption_year}年にAIを導入。`];
	const tools = data.tools.map((tool) => tool.name);
	if (tools.length > 0) parts.push(`使用ツール：${tools.join('、')}。`);
	const money: string[] = [];
	if (data.budget.initial_jpy !== null) money.push(`初期投資${formatYen(data.budget.initial_jpy, 'ja')}`);
	if (data.roi.payback_months !== null) money.push(`投資回収${formatMonths(data.roi.payback_months, 'ja')}`);
	if (money.length > 0) parts.push(`${money.join('、')}。`);
	if (data.metrics.length > 0) parts.push(`定量効果${data.metrics.length}項目。`);
	return shorten(parts.join(''));
}

function englishSummary(data: CaseData): string {
	const words = vocabulary();
	const profile = [
		words.industry[data.industry],
		words.country[data.country],
		`${formatNumber(data.employees, 'en')} employees`,
	].filter((part): part is string => part !== undefined);
	const parts = [`${data.company.name_en} (${profile.join(', ')}) adopted AI in ${data.ai_adoption_year}.`];
	const tools = data.tools.map((tool) => tool.name).filter((name) => !hasJapanese(name));
	if (tools.length > 0) parts.push(`Tools: ${tools.join(', ')}.`);
	const money: string[] = [];
	if (data.budget.initial_jpy !== null) money.push(`initial investment ${formatYen(data.budget.initial_jpy, 'en')}`);
	if (data.roi.payback_months !== null) money.push(`payback in ${formatMonths(data.roi.payback_months, 'en')}`);
	if (money.length > 0) parts.push(`${capitalise(money.join(', '))}.`);
	if (data.metrics.length > 0)
		parts.push(`${data.metrics.length} measured effect${data.metrics.length === 1 ? '' : 's'}.`);
	return shorten(parts.join(' '));
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Cuts at the last sentence end that fits, so a summary never stops mid-word. */
function shorten(text: string): string {
	if (text.length <= MAX_LENGTH) return text;
	const cut = text.slice(0, MAX_LENGTH);
	const end = Math.max(cut.lastIndexOf('。'), cut.lastIndexOf('. '));
	return end > 0 ? cut.slice(0, end + 1) : `${cut.slice(0, MAX_LENGTH - 1)}…`;
}
