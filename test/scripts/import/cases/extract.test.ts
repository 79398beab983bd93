import { describe, expect, it } from 'vitest';
import { splitBody } from '../../../../scripts/import/cases/blocks.ts';
import { extractFields } from '../../../../scripts/import/cases/extract.ts';
import { decodeSource } from '../../../../scripts/import/decode.ts';

/**
 * Inputs are case-file bodies in the template of sources/000_186593a879ea8978.txt (`## N. …`
 * sections, `**bold labels**`, `- ` bullets). The body starts on line 12 of its source, as after
 * a ten-line frontmatter and a blank line, so that line numbers are the source file's.
 */
const FIRST_LINE = 12;

function extract(body: string) {
	const result = extractFields(splitBody(body, FIRST_LINE));
	/** The blocks taken out of the narrative, as `label → kind`. */
	const structured = Object.fromEntries([...result.structured].map(([block, kind]) => [block.label, kind]));
	return { ...result, structured };
}

describe('基本情報: the overview block', () => {
	const body = [
		'## 1. 基本情報',
		'',
		'**企業概要**',
		'- 企業名：有限会社ミカゲ精工（Mikage Seiko Ltd.）',
		'- 本社：新潟県燕市',
		'- 所在地：東京都',
		'- 業界分類：製造業',
		'- 業界：金属加工（精密板金）',
		'- 設立年：1987年（個人商店から法人化）',
		'- AI導入開始年：2023年6月',
		'- 町工場です',
		'',
		'**組織特性**',
		'社長を含む8名の町工場です。',
	].join('\n');

	it('keeps every line as a label/value pair, in order, and takes the block out of the narrative', () => {
		const { fields, structured } = extract(body);
		expect(fields.profile).toEqual([
			{ label: '企業名', value: '有限会社ミカゲ精工（Mikage Seiko Ltd.）' },
			{ label: '本社', value: '新潟県燕市' },
			{ label: '所在地', value: '東京都' },
			{ label: '業界分類', value: '製造業' },
			{ label: '業界', value: '金属加工（精密板金）' },
			{ label: '設立年', value: '1987年（個人商店から法人化）' },
			{ label: 'AI導入開始年', value: '2023年6月' },
			{ label: '', value: '町工場です' },
		]);
		expect(structured).toEqual({ 企業概要: 'profile' });
	});

	it('reads location (first of 所在地/本社/拠点), industry detail (業界 or 業種 exactly), founding note and adoption month', () => {
		const { fields } = extract(body);
		expect(fields).toMatchObject({
			location: '新潟県燕市',
			industry_detail: '金属加工（精密板金）',
			founded_note: '個人商店から法人化',
			ai_adoption_when: '6月',
		});
	});

	it.each<[string, string | null]>([
		['2023年春', '春'],
		['2023年 夏頃', '夏頃'],
		['２０２３年４月', '4月'],
		['2023年', null],
		['令和5年度', null],
	])('AI導入開始年：%s → when %j', (value, when) => {
		const { fields } = extract(`## 1. 基本情報\n\n**機関概要**\n- AI導入開始年：${value}\n`);
		expect(fields.ai_adoption_when).toBe(when);
	});

	it('leaves the fields null when the overview does not name them', () => {
		const { fields } = extract('## 1. 基本情報\n\n**法人概要**\n- 法人名：医療法人社団青葉会\n');
		expect(fields).toMatchObject({ location: null, industry_detail: null, founded_note: null, ai_adoption_when: null });
	});

	it('reads an overview only in section 1 (or before the first section): elsewhere it is narrative', () => {
		const { fields, structured } = extract('## 3. 技術詳細\n\n**システム概要**\n- 所在地：東京都\n');
		expect(fields.profile).toEqual([]);
		expect(fields.location).toBeNull();
		expect(structured).toEqual({});
		expect(extract('**企業概要**\n- 所在地：東京都\n').fields.location).toBe('東京都');
	});
});

describe('予算規模 and ROI', () => {
	it('reads the initial and yearly budget in yen from the labels of the template, keeping every line', () => {
		const { fields, structured } = extract(
			'## 2. 導入背景\n\n**予算規模**\n初期投資：約1,200万円（うちものづくり補助金750万円）\n年間運用費：約96万円\n補助金：なし\n',
		);
		expect(fields.budget).toEqual({
			initial_jpy: 12_000_000,
			annual_jpy: 960_000,
			lines: [
				{ label: '初期投資', value: '約1,200万円（うちものづくり補助金750万円）' },
				{ label: '年間運用費', value: '約96万円' },
				{ label: '補助金', value: 'なし' },
			],
		});
		expect(structured).toEqual({ 予算規模: 'budget' });
	});

	it('takes the first amount of each kind, full-width digits too, and null for 非公開', () => {
		const { fields } = extract(
			'## 2. 導入背景\n\n**予算規模**\n- 開発費：約４，５００万円\n- 初期投資：1億円\n- 年間運用費：非公開\n',
		);
		expect(fields.budget.initial_jpy).toBe(45_000_000);
		expect(fields.budget.annual_jpy).toBeNull();
	});

	it('reads the payback in months and the yearly effect in yen', () => {
		const { fields, structured } = extract(
			'## 5. 成果・効果\n\n**ROI**\n- 初期投資回収期間：約2年\n- 年間効果：約3.5億円相当（技術移転による経済価値）\n- 備考：試算\n',
		);
		expect(fields.roi).toEqual({
			payback_months: 24,
			annual_effect_jpy: 350_000_000,
			lines: [
				{ label: '初期投資回収期間', value: '約2年' },
				{ label: '年間効果', value: '約3.5億円相当（技術移転による経済価値）' },
				{ label: '備考', value: '試算' },
			],
		});
		expect(structured).toEqual({ ROI: 'roi' });
	});

	it('gives null for a payback not yet known', () => {
		expect(extract('## 5. 成果・効果\n\n**ROI**\n- 初期投資回収期間：未定\n').fields.roi.payback_months).toBeNull();
	});
});

describe('技術詳細: tools and security', () => {
	it('splits each tool into name and note, and keeps security lines as they are', () => {
		const { fields, structured } = extract(
			[
				'## 3. 技術詳細',
				'',
				'**使用AIツール/LLM**',
				'- ChatGPT（GPT-3.5/GPT-4）',
				'- Claude (Sonnet)',
				'- 社内RAG基盤',
				'',
				'**統合方法**',
				'- API経由',
				'',
				'**セキュリティ対策**',
				'- 企業機密情報の厳格管理',
				'- 月次セキュリティ監査',
			].join('\n'),
		);
		expect(fields.tools).toEqual([
			{ name: 'ChatGPT', note: 'GPT-3.5/GPT-4' },
			{ name: 'Claude', note: 'Sonnet' },
			{ name: '社内RAG基盤', note: null },
		]);
		expect(fields.security).toEqual(['企業機密情報の厳格管理', '月次セキュリティ監査']);
		expect(structured).toEqual({ '使用AIツール/LLM': 'tools', セキュリティ対策: 'security' });
	});
});

describe('実装プロセス: phases, duration, team, partners', () => {
	const body = [
		'## 4. 実装プロセス', // line 12
		'',
		'**導入フェーズ**',
		'',
		'**フェーズ1：検証・評価（2023年2月-4月）**', // line 16
		'- 対象：AI技術グループ（60名）',
		'- ChatGPT vs Claude の比較分析',
		'',
		'**フェーズ2：試験運用（2023年5月-）**', // line 20
		'- 複数研究グループへの拡大（300名）',
		'',
		'**Phase 3: Full deployment**', // line 23
		'- 範囲：全社（約1,200名）',
		'- 対象：なし',
		'',
		'**実装期間**',
		'- 合計：1年9ヶ月（2022年7月-2024年3月）',
		'- うちPoC：3ヶ月',
		'',
		'**チーム構成**',
		'- 推進委員会：5名',
		'- 外部専門家',
		'',
		'**パートナー企業**',
		'- OpenAI',
		'- Anthropic（Claude提供）',
	].join('\n');

	it('reads each phase: label, name, months of its period, scope with headcount, activities', () => {
		expect(extract(body).fields.phases).toEqual([
			{
				label: 'フェーズ1',
				name: '検証・評価',
				start: '2023-02',
				end: '2023-04',
				scope: 'AI技術グループ（60名）',
				headcount: 60,
				period_raw: '2023年2月-4月',
				activities: ['ChatGPT vs Claude の比較分析'],
			},
			{
				label: 'フェーズ2',
				name: '試験運用',
				start: '2023-05',
				end: null,
				scope: null,
				headcount: null,
				period_raw: '2023年5月-',
				activities: ['複数研究グループへの拡大（300名）'],
			},
			{
				// No period: no months; 範囲 is a scope too, and only the first scope line is the scope.
				label: 'Phase 3',
				name: 'Full deployment',
				start: null,
				end: null,
				scope: '全社（約1,200名）',
				headcount: 1200,
				period_raw: '',
				activities: ['対象：なし'],
			},
		]);
	});

	it('gives the source line of each phase, for the order check', () => {
		expect(extract(body).lines.phases).toEqual([16, 20, 23]);
	});

	it('keeps a note without digits in the phase name', () => {
		const { fields } = extract('## 4. 実装プロセス\n\n**ステップ1：社内展開（社内のみ）**\n- 説明会\n');
		expect(fields.phases[0]).toMatchObject({ label: 'ステップ1', name: '社内展開（社内のみ）', period_raw: '' });
	});

	it('reads the duration in months from the first line, keeping all lines', () => {
		const { fields } = extract(body);
		expect(fields.duration_months).toBe(21);
		expect(fields.duration_raw).toBe('合計：1年9ヶ月（2022年7月-2024年3月）\nうちPoC：3ヶ月');
	});

	it('reads team roles with their headcount, and a line without a number as a role', () => {
		expect(extract(body).fields.team).toEqual([
			{ role: '推進委員会', size: 5, raw: '推進委員会：5名' },
			{ role: '外部専門家', size: null, raw: '外部専門家' },
		]);
	});

	it('splits partners into name and note', () => {
		expect(extract(body).fields.partners).toEqual([
			{ name: 'OpenAI', note: null },
			{ name: 'Anthropic', note: 'Claude提供' },
		]);
	});

	it('takes the empty 導入フェーズ header and every phase out of the narrative', () => {
		expect(extract(body).structured).toEqual({
			導入フェーズ: 'phases',
			'フェーズ1：検証・評価（2023年2月-4月）': 'phases',
			'フェーズ2：試験運用（2023年5月-）': 'phases',
			'Phase 3: Full deployment': 'phases',
			実装期間: 'duration',
			チーム構成: 'team',
			パートナー企業: 'partners',
		});
	});

	it('leaves a 導入フェーズ block with text of its own in the narrative', () => {
		const { fields, structured } = extract('## 4. 実装プロセス\n\n**導入フェーズ**\n3段階で進めました。\n');
		expect(fields.phases).toEqual([]);
		expect(structured).toEqual({});
	});
});

describe('定量効果: the metrics table', () => {
	const table = [
		'## 5. 成果・効果', // line 12
		'',
		'**定量効果**',
		'',
		'| 指標 | 導入前 | 導入後 | 改善率 |', // line 16
		'|------|-------|--------|--------|',
		'| 企業相談対応数 | 20件/月 | 85件/月 | 325%増 |', // line 18
		'| 産業ガイドライン参考数 | - | 150社+ | - |',
	];

	it('reads each row with parsed values and the stated change, and the source line of each row', () => {
		const { fields, lines, structured } = extract(table.join('\n'));
		expect(fields.metrics_columns).toEqual(['指標', '導入前', '導入後', '改善率']);
		expect(fields.metrics).toEqual([
			{
				label: '企業相談対応数',
				before: { value: 20, unit: '件/月', raw: '20件/月', qualifier: null, low: null, high: null, per: '月' },
				after: { value: 85, unit: '件/月', raw: '85件/月', qualifier: null, low: null, high: null, per: '月' },
				change: { value: 325, unit: '%', raw: '325%増', direction: 'increase' },
			},
			{
				label: '産業ガイドライン参考数',
				before: { value: null, unit: '', raw: '-', qualifier: null, low: null, high: null, per: null },
				after: { value: 150, unit: '社', raw: '150社+', qualifier: 'at-least', low: null, high: null, per: null },
				change: { value: null, unit: '', raw: '-', direction: null },
			},
		]);
		expect(lines.metrics).toEqual([18, 19]);
		expect(structured).toEqual({ 定量効果: 'metrics' });
	});

	it('keeps where each before and after cell starts, for warnings at the cell', () => {
		const { metricCells } = extract(table.join('\n'));
		expect(metricCells).toEqual([
			{ before: { line: 18, column: 13 }, after: { line: 18, column: 21 } },
			{ before: { line: 19, column: 17 }, after: { line: 19, column: 21 } },
		]);
	});

	it('reads the rows of a table with a note under it, but leaves that block in the narrative', () => {
		const { fields, structured } = extract([...table, '', '※社内集計'].join('\n'));
		expect(fields.metrics).toHaveLength(2);
		expect(structured).toEqual({});
	});

	it('reads no metrics from a 定量効果 block without a table', () => {
		const { fields, structured } = extract('## 5. 成果・効果\n\n**定量効果**\n- 相談件数が4倍に\n');
		expect(fields.metrics).toEqual([]);
		expect(structured).toEqual({});
	});
});

describe('課題・対策: challenges', () => {
	it('pairs each challenge with the 対策 line after it, by the kind its label names', () => {
		const { fields, structured } = extract(
			[
				'## 6. 課題・対策',
				'',
				'**技術的課題**',
				'- 業界別の出力品質のばらつき',
				'- 対策：業界別チューニング',
				'- 回答の根拠が不明確',
				'',
				'**組織的課題**',
				'- 企業ニーズの多様性への対応',
				'- 解決策：業界別コンサルタント配置',
				'',
				'**人材育成**',
				'- 企業向けコンサルテーション研修（参加率100%）',
			].join('\n'),
		);
		expect(fields.challenges).toEqual([
			{ kind: 'technical', challenge: '業界別の出力品質のばらつき', countermeasure: '業界別チューニング' },
			{ kind: 'technical', challenge: '回答の根拠が不明確', countermeasure: null },
			{ kind: 'organizational', challenge: '企業ニーズの多様性への対応', countermeasure: '業界別コンサルタント配置' },
			{ kind: 'training', challenge: '企業向けコンサルテーション研修（参加率100%）', countermeasure: null },
		]);
		expect(structured).toEqual({ 技術的課題: 'challenges', 組織的課題: 'challenges', 人材育成: 'challenges' });
	});

	it('keeps a 対策 line with no challenge left to answer as a challenge of its own', () => {
		const { fields } = extract(
			'## 6. 課題・対策\n\n**技術的課題**\n- 対策：先に対策\n- 課題A\n- 対策：A1\n- 対策：A2\n',
		);
		expect(fields.challenges.map(({ challenge, countermeasure }) => [challenge, countermeasure])).toEqual([
			['対策：先に対策', null],
			['課題A', 'A1'],
			['対策：A2', null],
		]);
	});
});

describe('更新日', () => {
	it.each([
		['2024年1月21日', '2024-01-21'],
		['２０２４年１月２１日', '2024-01-21'],
		['2024/1/21', '2024-01-21'],
	])('%s → %s, out of the narrative', (line, iso) => {
		const { fields, structured } = extract(`## 8. 参考情報\n\n**更新日**\n${line}\n`);
		expect([fields.updated, fields.updated_raw]).toEqual([iso, line]);
		expect(structured).toEqual({ 更新日: 'updated' });
	});

	it('leaves a date that does not exist in the narrative, with updated null and a finding at its line', () => {
		const { fields, structured, findings } = extract('## 8. 参考情報\n\n**更新日**\n2024年2月30日\n');
		expect([fields.updated, fields.updated_raw]).toEqual([null, '2024年2月30日']);
		expect(structured).toEqual({});
		expect(findings).toEqual([
			{
				line: 15,
				text: '2024年2月30日',
				message:
					'Cannot read the 更新日 “2024年2月30日”: it is kept as written, with no date; the importer reads forms such as 2024年1月21日, 2024/1/21, 令和6年1月21日',
				rule: 'case-unread-date',
				unread: true,
			},
		]);
	});

	it('reads an era date (令和7年1月15日 → 2025-01-15)', () => {
		const { fields, findings } = extract('## 8. 参考情報\n\n**更新日**\n令和7年1月15日\n');
		expect(fields.updated).toBe('2025-01-15');
		expect(findings).toEqual([]);
	});

	it('reads a two-digit year as 20xx, with a finding', () => {
		const { fields, findings } = extract('## 8. 参考情報\n\n**更新日**\n25年1月15日\n');
		expect(fields.updated).toBe('2025-01-15');
		expect(findings.map((finding) => [finding.line, finding.rule, finding.message])).toEqual([
			[
				15,
				'case-ambiguous-year',
				'Ambiguous year “25年” in “25年1月15日”: read as 2025; write the year in full (2025年)',
			],
		]);
	});

	it('reads the first line of a longer block but leaves the block in the narrative', () => {
		const { fields, structured } = extract('## 8. 参考情報\n\n**更新日**\n2024年1月21日\n（初版：2023年12月1日）\n');
		expect(fields.updated).toBe('2024-01-21');
		expect(structured).toEqual({});
	});
});

describe('what the source leaves out', () => {
	it('gives empty lists and nulls for every optional block that is missing', () => {
		const { fields, structured, lines } = extract(
			'## 1. 基本情報\n\n**企業概要**\n- 企業名：株式会社ハルカゼ\n\n## 2. 導入背景\n\n**導入前の課題**\n- 商品説明文の作成に時間がかかる\n',
		);
		expect(fields).toEqual({
			profile: [{ label: '企業名', value: '株式会社ハルカゼ' }],
			location: null,
			industry_detail: null,
			founded_note: null,
			ai_adoption_when: null,
			tools: [],
			budget: { initial_jpy: null, annual_jpy: null, lines: [] },
			phases: [],
			duration_months: null,
			duration_raw: null,
			team: [],
			partners: [],
			metrics: [],
			metrics_columns: [],
			roi: { payback_months: null, annual_effect_jpy: null, lines: [] },
			security: [],
			challenges: [],
			updated: null,
			updated_raw: null,
		});
		expect(structured).toEqual({ 企業概要: 'profile' });
		expect(lines).toEqual({ phases: [], metrics: [] });
	});

	it('ignores text without a label', () => {
		const { fields, structured } = extract('## 2. 導入背景\n\n初期投資：約4,500万円\n- 所在地：東京都\n');
		expect(fields.budget.lines).toEqual([]);
		expect(structured).toEqual({});
	});
});

describe('CRLF line endings and a BOM', () => {
	it('give the same facts as LF once decoded as the importer decodes every source', () => {
		const lf = [
			'## 2. 導入背景',
			'',
			'**予算規模**',
			'初期投資：約4,500万円',
			'年間運用費：約2,200万円',
			'',
			'## 4. 実装プロセス',
			'',
			'**フェーズ1：検証・評価（2023年2月-4月）**',
			'- 対象：AI技術グループ（60名）',
			'',
			'## 5. 成果・効果',
			'',
			'**定量効果**',
			'',
			'| 指標 | 導入前 | 導入後 | 改善率 |',
			'|---|---|---|---|',
			'| 企業相談対応数 | 20件/月 | 85件/月 | 325%増 |',
			'',
		].join('\n');
		const bytes = new TextEncoder().encode(`\uFEFF${lf.replaceAll('\n', '\r\n')}`);
		const decoded = decodeSource('sources/x.txt', bytes);
		if (!decoded.ok) throw new Error(decoded.problem.message);
		const fromCrlf = extract(decoded.text);
		const fromLf = extract(lf);
		expect(fromCrlf.fields).toEqual(fromLf.fields);
		expect(fromCrlf.lines).toEqual(fromLf.lines);
		expect(fromCrlf.structured).toEqual({
			予算規模: 'budget',
			'フェーズ1：検証・評価（2023年2月-4月）': 'phases',
			定量効果: 'metrics',
		});
		expect(fromCrlf.fields.budget.initial_jpy).toBe(45_000_000);
	});
});

describe('dates as people write them', () => {
	const phase = (title: string) => extract(`## 4. 実装プロセス\n\n**${title}**\n- 検証\n`);

	it('reads a phase numbered with a full-width digit (フェーズ１), keeping the label as written', () => {
		const { fields } = phase('フェーズ１：検証（2023年2月-4月）');
		expect(fields.phases).toHaveLength(1);
		expect(fields.phases[0]).toMatchObject({ label: 'フェーズ１', name: '検証', start: '2023-02', end: '2023-04' });
	});

	it('reads the months of a phase period written in full-width digits', () => {
		const { fields, findings } = phase('フェーズ1：検証（２０２３年２月-４月）');
		expect(fields.phases[0]).toMatchObject({ start: '2023-02', end: '2023-04', period_raw: '２０２３年２月-４月' });
		expect(findings).toEqual([]);
	});

	it('reads the months of a phase label that has a period but no name', () => {
		const { fields } = phase('フェーズ1（2023年4月-2023年6月）');
		expect(fields.phases[0]).toMatchObject({
			label: 'フェーズ1',
			name: '',
			start: '2023-04',
			end: '2023-06',
			period_raw: '2023年4月-2023年6月',
		});
	});

	it.each<[string, string, string]>([
		['2023年4月〜6月', '2023-04', '2023-06'],
		['2023/04-2023/06', '2023-04', '2023-06'],
		['2023年4月から6月', '2023-04', '2023-06'],
		['2023.4–2023.6', '2023-04', '2023-06'],
	])('reads the phase period %s', (period, start, end) => {
		const { fields, findings } = phase(`フェーズ1：試行（${period}）`);
		expect(fields.phases[0]).toMatchObject({ start, end, period_raw: period });
		expect(fields.phases[0]).not.toHaveProperty('approximate');
		expect(findings).toEqual([]);
	});

	it('reads a season as its months, marked approximate (2024年夏 → 2024-06..2024-08)', () => {
		const { fields, findings } = phase('フェーズ2：展開（2024年夏）');
		expect(fields.phases[0]).toMatchObject({
			start: '2024-06',
			end: '2024-08',
			approximate: true,
			period_raw: '2024年夏',
		});
		expect(findings).toEqual([]);
	});

	it('reads 24年4月〜6月 as 2024, with a finding at the phase line', () => {
		const { fields, findings } = phase('フェーズ1：検証（24年4月〜6月）');
		expect(fields.phases[0]).toMatchObject({ start: '2024-04', end: '2024-06' });
		expect(findings).toEqual([
			{
				line: 14,
				text: '24年4月〜6月',
				message: 'Ambiguous year “24年” in “24年4月〜6月”: read as 2024; write the year in full (2024年)',
				rule: 'case-ambiguous-year',
				unread: false,
			},
		]);
	});

	it('reports a phase period it cannot read, keeping it as written', () => {
		const { fields, findings } = phase('フェーズ3：本格運用（2024年以降）');
		expect(fields.phases[0]).toMatchObject({ start: null, end: null, period_raw: '2024年以降', name: '本格運用' });
		expect(findings).toEqual([
			{
				line: 14,
				text: '2024年以降',
				message:
					'Cannot read the phase period “2024年以降”: it is kept as written, with no date; the importer reads forms such as 2023年2月-4月, 2023/04-2023/06, 2023年8月-, 2023年夏, 2023年度',
				rule: 'case-unread-date',
				unread: true,
			},
		]);
	});

	it.each<[string, string | null]>([
		['2023年度', null],
		['令和5年4月', '4月'],
		['2023年4月上旬', '4月上旬'],
	])('AI導入開始年：%s → when %j, with no finding', (value, when) => {
		const { fields, findings } = extract(`## 1. 基本情報\n\n**企業概要**\n- AI導入開始年：${value}\n`);
		expect(fields.ai_adoption_when).toBe(when);
		expect(findings).toEqual([]);
	});

	it('reports an AI導入開始年 it cannot read, at its line', () => {
		const { fields, findings } = extract('## 1. 基本情報\n\n**企業概要**\n- 企業名：A社\n- AI導入開始年：数年前から\n');
		expect(fields.ai_adoption_when).toBeNull();
		expect(findings.map((finding) => [finding.line, finding.text, finding.rule])).toEqual([
			[16, '数年前から', 'case-unread-date'],
		]);
	});
});

describe('figures the importer cannot read', () => {
	it('reports each at its own line, naming its label and text, and leaves blanks (非公開, 未定) alone', () => {
		const { fields, findings } = extract(
			[
				'## 2. 導入背景', // line 12
				'',
				'**予算規模**',
				'初期投資：数千万円', // line 15
				'年間運用費：非公開',
				'',
				'## 4. 実装プロセス',
				'',
				'**実装期間**',
				'- 合計：1〜2年', // line 21
				'',
				'## 5. 成果・効果',
				'',
				'**ROI**',
				'- 初期投資回収期間：未定',
				'- 年間効果：約3.5億円相当',
			].join('\n'),
		);
		expect([fields.budget.initial_jpy, fields.budget.annual_jpy, fields.duration_months]).toEqual([null, null, null]);
		expect(fields.roi.annual_effect_jpy).toBe(350_000_000);
		expect(findings.map((finding) => [finding.line, finding.text, finding.rule, finding.message])).toEqual([
			[
				15,
				'数千万円',
				'case-unread-figure',
				'Cannot read the 初期投資 “数千万円”: it is kept as written, with no value; the importer reads forms such as 約4,500万円, 1億2,000万円, ¥4,800,000',
			],
			[
				21,
				'1〜2年',
				'case-unread-figure',
				'Cannot read the 合計 “1〜2年”: it is kept as written, with no value; the importer reads forms such as 16ヶ月, 1年6ヶ月, 半年, 18 months',
			],
		]);
	});
});

describe('metric rows', () => {
	it('gives the source line of a metric row that follows an empty row', () => {
		const { lines } = extract(
			'## 5. 成果・効果\n\n**定量効果**\n\n| 指標 | 導入前 | 導入後 | 改善率 |\n|---|---|---|---|\n| 件数 | 10件 | 20件 | 100%増 |\n| | | | |\n| 時間 | 4時間 | 1時間 | 75%短縮 |\n',
		);
		expect(lines.metrics).toEqual([18, 20]);
	});
});
