import type { Lang } from './locale.ts';

const ja = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 1 });
const en = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/**
 * Formats yen the way readers of each language expect: 4,500万円 / 1億2,000万円 in Japanese
 * (Japanese counts in 万 and 億), ¥45 million / ¥1.2 billion in English.
 * @param yen Amount in yen.
 * @param lang Language of the page.
 */
export function formatYen(yen: number, lang: Lang): string {
	if (lang === 'en') {
		if (Math.abs(yen) >= 1e9) return `¥${en.format(yen / 1e9)} billion`;
		if (Math.abs(yen) >= 1e6) return `¥${en.format(yen / 1e6)} million`;
		return `¥${en.format(yen)}`;
	}
	const oku = Math.trunc(yen / 1e8);
	const man = Math.trunc((yen % 1e8) / 1e4);
	const rest = yen % 1e4;
	if (oku === 0 && man === 0) return `${ja.format(yen)}円`;
	if (rest !== 0) return `${ja.format(yen)}円`;
	if (oku !== 0 && man === 0) return `${ja.format(oku)}億円`;
	if (oku !== 0 && man % 1000 === 0) return `${ja.format(oku + man / 1e4)}億円`;
	return `${oku !== 0 ? `${ja.format(oku)}億` : ''}${ja.format(man)}万円`;
}

/** 16 → "16か月" / "16 months" (か月, not ヶ月: the 表記 of .textlint/prh.yml). */
export function formatMonths(months: number, lang: Lang): string {
	return lang === 'ja' ? `${months}か月` : `${months} month${months === 1 ? '' : 's'}`;
}

/** Formats a plain number with the language's digit grouping. */
export function formatNumber(value: number, lang: Lang): string {
	return (lang === 'ja' ? ja : en).format(value);
}

// One formatter for every call: toLocaleDateString builds a new one each time, which showed in
// build profiles at thousands of case pages.
const enYearMonth = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', timeZone: 'UTC' });

/** `2023-02` → "2023年2月" / "Feb 2023". */
export function formatYearMonth(value: string, lang: Lang): string {
	const [year, month] = value.split('-').map(Number);
	if (lang === 'ja') return `${year}年${month}月`;
	return enYearMonth.format(new Date(Date.UTC(year ?? 2000, (month ?? 1) - 1, 1)));
}

/** Size band of an organisation by employees, as used by the case facets. */
export function sizeBand(employees: number): 'micro' | 'small' | 'medium' | 'large' {
	if (employees < 20) return 'micro';
	if (employees < 100) return 'small';
	if (employees < 1000) return 'medium';
	return 'large';
}
