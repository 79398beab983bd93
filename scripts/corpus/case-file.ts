import { withFrontmatter } from '../../src/core/frontmatter.ts';
import { metricRow } from './metrics.ts';
import { addMonths, formatHeadcount, formatManYen, roundTo, withCommas } from './numbers.ts';
import { organisation, type Organisation } from './organisation.ts';
import { schedule, type Schedule } from './phases.ts';
import type { Random } from './random.ts';
import {
	GRANTS,
	INFRASTRUCTURE,
	INTEGRATIONS,
	ORG_CHALLENGES,
	PARTNERS,
	PLANS,
	QUALITATIVE,
	RECOMMENDATIONS,
	SECURITY,
	SOURCES,
	TEAM_ROLES,
	TECH_CHALLENGES,
	TOOLS,
	TOOL_REASONS,
	TRAININGS,
} from './words.ts';

/** One generated case file. */
export interface CaseFile {
	caseId: number;
	/** `<case_id>_<16 hex>.txt`, the naming of `sources/`. */
	fileName: string;
	text: string;
}

/**
 * Writes one case file in the template of `sources/000_186593a879ea8978.txt`: YAML frontmatter,
 * `# name - title`, and the eight numbered sections with bold labels and bullets. Files are long
 * or short (`detail`), and optional blocks are left out the way real files leave them out.
 * @param caseId The case's id; unique within a corpus.
 */
export function caseFile(random: Random, caseId: number): CaseFile {
	const org = organisation(random);
	const detail = random.pick([0.3, 0.6, 0.6, 0.9, 1]);
	const start = { year: org.adoptionYear, month: random.int(1, 12) };
	const plan = schedule(random, start, org.english);
	const uses = random.sample(org.industry.uses, 2);
	const title = `${uses.join('・')}への${random.pick(['生成AI導入事例', 'AI活用事例', '生成AI活用', 'AI導入'])}`;
	const some = <T>(items: readonly T[], most: number): T[] =>
		random.sample(items, Math.max(1, Math.round(random.int(1, most) * detail)));
	const optional = (probability: number) => random.chance(probability * (0.4 + detail * 0.6));

	const sections = [
		basics(random, org, start.month, optional, some),
		background(random, org, some, optional),
		technology(random, org, some, optional),
		process(random, org, plan, some, optional),
		results(random, org, some, optional),
		challenges(random, some, optional),
		outlook(random, org, some, optional),
		references(random, org, plan, optional),
	];
	const frontmatter = [
		`case_id: ${caseId}`,
		`company_name_ja: ${org.nameJa}`,
		`company_name_en: ${org.nameEn}`,
		'country: 日本',
		`industry: ${org.industry.name}`,
		`employees: ${org.employees}`,
		`founded_year: ${org.foundedYear}`,
		`ai_adoption_year: ${org.adoptionYear}`,
	];
	const text = withFrontmatter(
		frontmatter.join('\n'),
		[`# ${org.nameJa} - ${title}`, '', sections.join('\n\n'), ''].join('\n'),
	);
	return { caseId, fileName: `${caseId}_${random.hex16()}.txt`, text };
}

type Some = <T>(items: readonly T[], most: number) => T[];
type Optional = (probability: number) => boolean;

const bullets = (items: readonly string[]) => items.map((item) => `- ${item}`).join('\n');
const block = (label: string, body: string) => `**${label}**\n${body}`;

function basics(random: Random, org: Organisation, month: number, optional: Optional, some: Some): string {
	const kind = org.industry.kind;
	const lines = [
		`${kind === '企業' ? '企業' : kind === '法人' ? '法人' : kind === '団体' ? '団体' : '機関'}名：${org.nameJa}${optional(0.6) ? `（${org.nameEn}）` : ''}`,
		`所在地：${org.prefecture}${org.city}${optional(0.3) ? `（本社）・${random.pick(['全国', '県内'])}${random.int(2, 12)}拠点` : ''}`,
		...(optional(0.7) ? ['国：日本'] : []),
		`業界：${org.industry.name}（${random.pick(org.industry.details)}）`,
		`${kind === '団体' ? '職員数' : '従業員数'}：${formatHeadcount(org.employees >= 1000 ? roundTo(org.employees, 100) : org.employees, org.employees >= 1000)}`,
		...(optional(0.7) ? [`設立年：${org.foundedYear}年`] : []),
		`AI導入開始年：${random.pick([`${org.adoptionYear}年${month}月`, `${org.adoptionYear}年`, `${org.adoptionYear}年${random.pick(['春', '夏', '秋'])}`, `令和${org.adoptionYear - 2018}年度`])}`,
	];
	const parts = [`## 1. 基本情報`, block(`${kind}概要`, bullets(lines))];
	if (optional(0.7)) {
		const paragraphs = some(org.industry.business, 3).map(
			(sentence) =>
				`${sentence}。${random.pick(['', `${org.city}を拠点に事業を続けてきました。`, '経営層が生成AIの活用を重要施策に位置付けています。', '現場の声を起点に業務改善を積み重ねてきました。'])}`,
		);
		parts.push(block('組織特性', paragraphs.join('\n\n')));
	}
	return parts.join('\n\n');
}

function background(random: Random, org: Organisation, some: Some, optional: Optional): string {
	const parts = ['## 2. 導入背景', block('導入前の課題', bullets(some(org.industry.problems, 6)))];
	if (optional(0.8)) parts.push(block('導入目的・期待効果', bullets(some(org.industry.aims, 4))));
	if (optional(0.6)) {
		const tools = [...new Set(random.sample(TOOLS, 3).map(([name]) => name))];
		parts.push(block('AI選定理由', bullets(tools.map((name) => `${name}：${TOOL_REASONS[name] ?? ''}`))));
	}
	parts.push(block('予算規模', budget(random, org).join('\n')));
	return parts.join('\n\n');
}

function budget(random: Random, org: Organisation): string[] {
	const initial = roundTo(80 + org.employees * random.int(2, 12), org.employees > 500 ? 500 : 50);
	const annual = roundTo((initial * random.int(10, 40)) / 100, 10);
	const shape = random.next();
	if (shape < 0.1)
		return [
			`初期投資：${withCommas(initial * 10_000)}円（PoC費用のみ）`,
			`年間運用費：¥${withCommas(annual * 10_000)}`,
		];
	if (shape < 0.3 && initial < 10_000) {
		const grant = roundTo((initial * random.int(30, 66)) / 100, 10);
		return [
			`初期投資：約${formatManYen(initial)}（うち${random.pick(GRANTS)}${withCommas(grant)}万円）`,
			`年間運用費：約${formatManYen(annual)}`,
		];
	}
	const lines = [
		`初期投資：約${formatManYen(initial, true)}`,
		`年間運用費：${random.chance(0.15) ? '非公開' : `約${formatManYen(annual)}`}`,
	];
	if (random.chance(0.2)) lines.push('補助金：なし');
	return lines;
}

function technology(random: Random, org: Organisation, some: Some, optional: Optional): string {
	const tools = random
		.sample(TOOLS, random.int(1, 4))
		.map(([name, note]) => (random.chance(0.7) ? `${name}（${note}）` : name));
	const parts = ['## 3. 技術詳細', block('使用AIツール/LLM', bullets(tools))];
	if (optional(0.7)) parts.push(block('統合方法', bullets(some(INTEGRATIONS, 3))));
	if (optional(0.7)) parts.push(block('データソース', bullets(some(org.industry.data, 4))));
	if (optional(0.6)) parts.push(block('インフラ構成', bullets(some(INFRASTRUCTURE, 3))));
	if (optional(0.8)) parts.push(block('セキュリティ対策', bullets(some(SECURITY, 4))));
	return parts.join('\n\n');
}

function process(random: Random, org: Organisation, plan: Schedule, some: Some, optional: Optional): string {
	const parts = ['## 4. 実装プロセス'];
	if (optional(0.8)) parts.push('**導入フェーズ**');
	let scope = Math.max(2, Math.round((org.employees * random.int(2, 10)) / 100));
	plan.phases.forEach((phase, i) => {
		const lines: string[] = [];
		if (i === 0 || optional(0.6))
			lines.push(
				`対象：${random.pick(['推進チーム', '対象部署', 'モデル拠点', '本社部門'])}（${withCommas(Math.min(scope, org.employees))}名）`,
			);
		lines.push(
			...some(
				org.industry.uses.map((use) => `${use}の${random.pick(['検証', '試行', '展開', '定着', '精度評価'])}`),
				3,
			),
		);
		scope = scope * random.int(2, 4);
		parts.push(block(`フェーズ${i + 1}：${phase.name}（${phase.period}）`, bullets(lines)));
	});
	parts.push(block('実装期間', `- ${plan.duration}`));
	const team = some(TEAM_ROLES, 4).map(
		(role) => `${role}：${random.int(1, Math.min(20, Math.max(2, Math.round(org.employees / 10))))}名`,
	);
	parts.push(block('チーム構成', bullets(team)));
	if (optional(0.7)) parts.push(block('パートナー企業', bullets(some(PARTNERS, 3))));
	return parts.join('\n\n');
}

function results(random: Random, org: Organisation, some: Some, optional: Optional): string {
	const rows = random
		.sample(org.industry.metrics, random.int(2, org.industry.metrics.length))
		.map((template) => metricRow(random, template));
	const table = [
		'| 指標 | 導入前 | 導入後 | 改善率 |',
		'|------|-------|--------|--------|',
		...rows.map((row) => `| ${row.label} | ${row.before} | ${row.after} | ${row.change} |`),
	].join('\n');
	const parts = ['## 5. 成果・効果', `**定量効果**\n\n${table}`];
	if (optional(0.8)) parts.push(block('定性効果', bullets(some(QUALITATIVE, 4))));
	const payback = random.pick([6, 9, 12, 16, 18, 24, 30, 36, 48]);
	const paybackText = random.chance(0.1)
		? '未定'
		: payback % 12 === 0 && random.chance(0.5)
			? `約${payback / 12}年`
			: `${payback}${random.pick(['ヶ月', 'か月'])}`;
	const effect = roundTo(50 + org.employees * random.int(1, 8), 10);
	const roi = [`初期投資回収期間：${paybackText}`];
	if (optional(0.8))
		roi.push(`年間効果：約${formatManYen(effect)}${random.chance(0.3) ? '相当（作業時間削減の人件費換算）' : ''}`);
	parts.push(block('ROI', bullets(roi)));
	return parts.join('\n\n');
}

function challenges(random: Random, some: Some, optional: Optional): string {
	const pairs = (list: readonly (readonly [string, string])[]) =>
		some(list, 2).flatMap(([problem, measure]) => [problem, `対策：${measure}`]);
	const parts = ['## 6. 課題・対策', block('技術的課題', bullets(pairs(TECH_CHALLENGES)))];
	if (optional(0.8)) parts.push(block('組織的課題', bullets(pairs(ORG_CHALLENGES))));
	if (optional(0.7))
		parts.push(
			block('人材育成', bullets(some(TRAININGS, 3).map((training) => `${training}（受講率${random.int(60, 100)}%）`))),
		);
	return parts.join('\n\n');
}

function outlook(random: Random, org: Organisation, some: Some, optional: Optional): string {
	const parts = ['## 7. 将来展望'];
	const from = org.adoptionYear + 1;
	if (optional(0.8)) parts.push(block(`拡張計画（${from}-${from + random.int(1, 3)}年）`, bullets(some(PLANS, 4))));
	if (optional(0.6)) parts.push(block('推奨事項', bullets(some(RECOMMENDATIONS, 3))));
	parts.push(
		block('長期戦略', `- ${from + random.int(2, 5)}年までに${random.pick(org.industry.aims)}を全社で実現する`),
	);
	return parts.join('\n\n');
}

function references(random: Random, org: Organisation, plan: Schedule, optional: Optional): string {
	const updated = addMonths(plan.last, random.int(1, 6));
	const parts = ['## 8. 参考情報'];
	if (optional(0.8))
		parts.push(
			block(
				'データソース',
				bullets(
					random.sample(SOURCES, random.int(1, 3)).map((source) => `${source}（${updated.year}年${updated.month}月）`),
				),
			),
		);
	if (optional(0.5))
		parts.push(
			block(
				'参考リンク',
				`- 公式サイト：https://example.com/${org.nameEn
					.toLowerCase()
					.replace(/[^a-z0-9]+/g, '-')
					.replace(/^-|-$/g, '')}/`,
			),
		);
	parts.push(block('更新日', `${updated.year}年${updated.month}月${random.int(1, 28)}日`));
	return parts.join('\n\n');
}
