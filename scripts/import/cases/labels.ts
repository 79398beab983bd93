/*
 * The patterns match across U+2028 and U+2029 (flag `s`): in a case file they are characters of
 * the text, not line breaks (Markdown's are LF and CR only).
 */

/**
 * How the case template's bold labels are recognised. Authors vary the wording (企業概要 or
 * 機関概要, 使用AIツール/LLM or 使用ツール), so each kind is a pattern, not an exact string.
 * A block whose label matches none of these stays in the page body as narrative.
 */
export const LABELS = {
	overview: /概要$/,
	budget: /予算/,
	tools: /(ツール|LLM|使用AI|利用AI)/,
	security: /セキュリティ/,
	phaseHeader: /^導入フェーズ$|^フェーズ$/,
	// Full-width digits too (フェーズ１): Japanese input methods type them.
	phase: /^(?:第\s*)?(?:フェーズ|Phase|PHASE|ステップ|Step|段階)\s*([0-9０-９]+)\s*(?:[:：]\s*)?(.*)$/s,
	duration: /(実装|導入)期間/,
	team: /(チーム|体制)/,
	partners: /(パートナー|協力企業|連携先)/,
	metrics: /定量/,
	roi: /(ROI|投資対効果|費用対効果)/,
	technical: /技術的課題/,
	organizational: /組織的課題/,
	training: /(人材育成|教育|研修)/,
	updated: /更新日/,
} as const;

/** Splits `label：value` (full- or half-width colon); a line without a colon has an empty label. */
export function splitLabelled(line: string): { label: string; value: string } {
	const match = /^([^：:]{1,40}?)\s*[：:]\s*(.*)$/s.exec(line);
	if (!match || /^https?$/i.test(match[1] ?? '')) return { label: '', value: line };
	return { label: (match[1] ?? '').trim(), value: (match[2] ?? '').trim() };
}

/** Splits `name（note）` or `name (note)` into the name and the parenthesised note. */
export function splitNote(text: string): { name: string; note: string | null } {
	const match = /^(.*?)\s*[（(]([^（）()]*)[）)]\s*$/s.exec(text);
	if (!match || !match[1]) return { name: text.trim(), note: null };
	return { name: match[1].trim(), note: (match[2] ?? '').trim() || null };
}
