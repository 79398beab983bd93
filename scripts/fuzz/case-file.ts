import fc from 'fast-check';
import { LABELS } from '../import/cases/labels.ts';
import { comments, hostileText, trimSpaces } from './hostile-text.ts';

/** A block of a rendered narrative, in document order: what a reader sees of it. */
export type Seen =
	{ tag: 'h2' | 'h3' | 'p' | 'li' | 'th' | 'td'; text: string } | { tag: 'case-facts'; of: string; kind?: string };

/** A generated case file and everything it should become. */
export interface CaseSample {
	/** The file's bytes, as an author saved them (maybe with a BOM, maybe CRLF). */
	bytes: Uint8Array;
	/** The file's text (LF), for a failing run's report. */
	text: string;
	/** The narrative as the page should show it, block by block. */
	seen: Seen[];
	/** Plain-text facts the frontmatter must hold, as written. */
	data: {
		title: string;
		security: string[];
		phaseNames: string[];
		activities: string[];
		metricLabels: string[];
	};
	/** Every author's note in the file, as written between `<!--` and `-->`. */
	notes: string[];
}

/** The free-text slots of a case file in the template of sources/000_186593a879ea8978.txt. */
interface Slots {
	title: string;
	sectionTitles: string[];
	organisation: string[];
	challenges: string[];
	freeLabel: string;
	free: string[];
	security: string[];
	table: string[][];
	phaseNames: [string, string];
	activities: string[];
	metricLabels: string[];
	qualitative: string[];
	noteLines: string[];
	crlf: boolean;
	bom: boolean;
}

/** Text for a slot, with the fallback a slot needs when the generated text shows nothing. */
const shown = (text: string, fallback = '値') => (trimSpaces(comments(text).visible) === '' ? fallback + text : text);

/** A line of prose: never one the template reads as structure (a heading, a bullet, a label, a table). */
const proseLine = hostileText(12).map((text) => {
	const visible = trimSpaces(comments(text).visible);
	const structural = visible === '' || /^(#|[-*+](\s|$)|\d{1,9}[.)](\s|$)|\*\*)/.test(visible) || visible.includes('|');
	return structural ? `本文${text}` : text;
});

/** A bold label that stays a narrative block: none of the template's labels, no `**` of its own. */
const freeLabel = hostileText(6).map((text) => {
	const label = trimSpaces(comments(text).visible);
	const fits =
		label !== '' &&
		!label.includes('**') &&
		!label.startsWith('*') &&
		!label.endsWith('*') &&
		!Object.values(LABELS).some((pattern) => pattern.test(label));
	return fits ? text : '自由記述';
});

/** A heading's text: Markdown would take a closing run of `#` for the heading's end. */
const headingText = hostileText(6).map((text) => {
	const visible = comments(text).visible;
	return /(^|[ \t])#+[ \t]*$/.test(visible) || trimSpaces(visible) === '' ? `${text}見出し` : text;
});

/** A phase's name inside `**フェーズ1：name（period）**`: no brackets, colons, asterisks or comments, no spaces at either end. */
const phaseName = hostileText(5).map((text) => {
	const name = without(comments(text).visible.replace(/[（）()：:*]/g, ''), '<!--').replace(/^\s+|\s+$/gu, '');
	return name === '' ? '検証' : name;
});

/** A text with every `sequence` taken out, including those that taking one out makes. */
function without(text: string, sequence: string): string {
	let result = text;
	while (result.includes(sequence)) result = result.replaceAll(sequence, '');
	return result;
}

const slots: fc.Arbitrary<Slots> = fc.record({
	title: headingText.map((text) => shown(text, '事例')),
	sectionTitles: fc.array(headingText, { minLength: 7, maxLength: 7 }),
	organisation: fc.array(proseLine, { minLength: 1, maxLength: 4 }),
	challenges: fc.array(
		hostileText().map((text) => shown(text)),
		{ minLength: 1, maxLength: 5 },
	),
	freeLabel,
	free: fc.array(
		hostileText().map((text) => shown(text)),
		{ minLength: 1, maxLength: 3 },
	),
	security: fc.array(
		hostileText().map((text) => shown(text)),
		{ minLength: 1, maxLength: 3 },
	),
	table: fc.array(fc.array(hostileText(4), { minLength: 2, maxLength: 2 }), { minLength: 2, maxLength: 4 }),
	phaseNames: fc.tuple(phaseName, phaseName),
	activities: fc.array(
		hostileText().map((text) => shown(text)),
		{ minLength: 1, maxLength: 3 },
	),
	metricLabels: fc.array(
		hostileText(5).map((text) => shown(text, '指標')),
		{ minLength: 1, maxLength: 3 },
	),
	qualitative: fc.array(
		hostileText().map((text) => shown(text)),
		{ minLength: 1, maxLength: 3 },
	),
	noteLines: fc.array(
		// `<!-->` and `<!--->` are whole (empty) comments: a note that starts with `>` or `->` gets a space.
		fc.array(hostileText(6), { minLength: 1, maxLength: 2 }).map((lines) => ` ${without(lines.join('\n'), '-->')}`),
		{ maxLength: 3 },
	),
	crlf: fc.boolean(),
	bom: fc.boolean(),
});

/** Case files in the template, each with what the page and the frontmatter should show. */
export const caseSamples: fc.Arbitrary<CaseSample> = slots.map(caseSample);

function caseSample(s: Slots): CaseSample {
	const seen: Seen[] = [];
	const lines: string[] = [];
	const text = (slot: string) => trimSpaces(comments(slot).visible);
	const section = (n: number, title: string) => {
		lines.push('', `## ${n}. ${title}`, '');
		seen.push({ tag: 'h2', text: text(`${n}. ${title}`) });
	};
	const label = (name: string) => {
		lines.push('', `**${name}**`);
		seen.push({ tag: 'h3', text: text(name) });
	};
	const facts = (of: string, kind?: string) => seen.push({ tag: 'case-facts', of, ...(kind ? { kind } : {}) });
	const bullets = (items: string[]) => {
		for (const item of items) {
			lines.push(`- ${item}`);
			seen.push({ tag: 'li', text: text(item) });
		}
	};
	const note = (i: number) => {
		const body = s.noteLines[i];
		if (body !== undefined) lines.push('', `<!--${body}-->`);
	};
	const cell = (slot: string) => slot.replaceAll('|', '\\|');
	const [title2, title3, title4, title5, title6, title7, title8] = s.sectionTitles;

	lines.push(`# 株式会社ハヤテ - ${s.title}`);
	section(1, '基本情報');
	label('企業概要');
	lines.push(
		'- 企業名：株式会社ハヤテ（Hayate Co., Ltd.）',
		'- 所在地：東京都',
		'- 国：日本',
		'- 業界：製造業',
		'- 設立年：1990年',
	);
	facts('profile');
	label('組織特性');
	lines.push(...s.organisation);
	seen.push({
		tag: 'p',
		text: s.organisation
			.map(text)
			.filter((line) => line !== '')
			.join('\n'),
	});
	note(0);

	section(2, title2 ?? '');
	label('導入前の課題');
	bullets(s.challenges);
	label('予算規模');
	lines.push('初期投資：約4,500万円', '年間運用費：約2,200万円');
	facts('budget');
	label(s.freeLabel);
	bullets(s.free);
	note(1);

	section(3, title3 ?? '');
	label('使用AIツール/LLM');
	lines.push('- ChatGPT（GPT-4）');
	facts('tools');
	label('セキュリティ対策');
	lines.push(...s.security.map((item) => `- ${item}`));
	facts('security');
	label('比較表');
	const [header, ...rows] = s.table;
	lines.push('', `| ${(header ?? []).map(cell).join(' | ')} |`, '| --- | --- |');
	seen.push(...(header ?? []).map((slot) => ({ tag: 'th' as const, text: text(slot) })));
	for (const row of rows) {
		lines.push(`| ${row.map(cell).join(' | ')} |`);
		seen.push(...row.map((slot) => ({ tag: 'td' as const, text: text(slot) })));
	}

	section(4, title4 ?? '');
	label('導入フェーズ');
	facts('phases');
	lines.push('', `**フェーズ1：${s.phaseNames[0]}（2023年2月-4月）**`, '- 対象：技術グループ（60名）');
	lines.push(...s.activities.map((item) => `- ${item}`));
	lines.push('', `**フェーズ2：${s.phaseNames[1]}（2023年5月-7月）**`, '- 全社への展開（300名）');
	label('実装期間');
	lines.push('- 合計：6ヶ月（2023年2月-7月）');
	facts('duration');

	section(5, title5 ?? '');
	label('定量効果');
	lines.push('', '| 指標 | 導入前 | 導入後 | 改善率 |', '|------|-------|--------|--------|');
	lines.push(...s.metricLabels.map((metric) => `| ${cell(metric)} | 20件/月 | 40件/月 | 100%増 |`));
	facts('metrics');
	label('定性効果');
	bullets(s.qualitative);
	note(2);

	section(6, title6 ?? '');
	label('技術的課題');
	lines.push('- 出力品質のばらつき', '- 対策：業務別のチューニング');
	facts('challenges', 'technical');

	section(7, title7 ?? '');
	label('長期戦略');
	bullets(['2026年までに全社で活用する']);

	section(8, title8 ?? '');
	label('更新日');
	lines.push('2024年1月21日');
	facts('updated');

	const frontmatter = [
		'---',
		'case_id: 4321',
		'company_name_ja: 株式会社ハヤテ',
		'company_name_en: Hayate Co., Ltd.',
		'country: 日本',
		'industry: 製造業',
		'employees: 120',
		'founded_year: 1990',
		'ai_adoption_year: 2023',
		'---',
		'',
	];
	const file = `${[...frontmatter, ...lines].join('\n')}\n`;
	const written = (s.bom ? '\ufeff' : '') + (s.crlf ? file.replace(/\n/g, '\r\n') : file);
	const sample: CaseSample = {
		bytes: new TextEncoder().encode(written),
		text: file,
		seen,
		data: {
			title: text(`株式会社ハヤテ - ${s.title}`),
			security: s.security.map(text),
			phaseNames: [...s.phaseNames],
			activities: s.activities.map(text),
			metricLabels: s.metricLabels.map(text),
		},
		notes: comments(lines.join('\n')).notes,
	};
	// A failing run is reported with the file's text, not its bytes.
	const shows = () => `case file ${JSON.stringify(file)} (${s.bom ? 'BOM, ' : ''}${s.crlf ? 'CRLF' : 'LF'})`;
	return Object.assign(sample, { [fc.toStringMethod]: shows });
}
