import { stringify } from 'yaml';
import { withFrontmatter } from '../../src/core/frontmatter.ts';
import { placeholder as p } from './placeholders.ts';

/** What the maintainer gives on the command line. */
export interface NewCase {
	/** The new case's id (unique across `sources/`). */
	id: number;
	/** Organisation name in Japanese. */
	nameJa: string;
	/** Organisation name in English. */
	nameEn: string;
}

/**
 * A new case file in the template of `sources/000_186593a879ea8978.txt`: the same frontmatter
 * keys, the same eight numbered sections and the same bold labels in the same order, with
 * `【要記入：…】` where the case's own facts go. Each placeholder says what to write and shows an
 * example in the form the importer reads (約4,500万円, 16ヶ月, 2023年2月-4月, 20件/月).
 * @param input Id and names; the names go in as given (YAML-quoted where needed).
 */
export function caseTemplate({ id, nameJa, nameEn }: NewCase): string {
	const scalar = (value: string) => stringify(value).trimEnd();
	const phase = (n: number, name: string, period: string) => [
		`**フェーズ${n}：${p(name)}（${p(period)}）**`,
		`- 対象：${p('対象の部署や人数（例：品質管理部（12名））')}`,
		`- ${p('このフェーズで行ったこと')}`,
		'',
	];
	const frontmatter = [
		`case_id: ${id}`,
		`company_name_ja: ${scalar(nameJa)}`,
		`company_name_en: ${scalar(nameEn)}`,
		`country: ${p('国（例：日本）')}`,
		`industry: ${p('業界（例：製造業）')}`,
		`employees: ${p('従業員数（整数。例：120）')}`,
		`founded_year: ${p('設立年（例：1985）')}`,
		`ai_adoption_year: ${p('AI導入開始年（例：2023）')}`,
	];
	const body = [
		`# ${nameJa} - ${p('事例の題（例：生成AI導入事例）')}`,
		'',
		'## 1. 基本情報',
		'',
		'**企業概要**',
		`- 企業名：${nameJa}（${nameEn}）`,
		`- 所在地：${p('所在地（例：愛知県豊田市）')}`,
		`- 国：${p('国（例：日本）')}`,
		`- 業界：${p('業界の詳しい説明（例：製造業（自動車部品））')}`,
		`- 従業員数：${p('従業員数（例：約120名）')}`,
		`- 設立年：${p('設立年（例：1985年）')}`,
		`- AI導入開始年：${p('導入開始の時期（例：2023年春、2023年4月）')}`,
		'',
		'**組織特性**',
		p('組織の特徴と、AI導入との関わりを1段落で'),
		'',
		'## 2. 導入背景',
		'',
		'**導入前の課題**',
		`- ${p('導入前の課題（1行に1つ）')}`,
		'',
		'**導入目的・期待効果**',
		`- ${p('目的や期待した効果（1行に1つ）')}`,
		'',
		'**AI選定理由**',
		`- ${p('ツール名：選んだ理由（例：ChatGPT：汎用性と社会実装実績）')}`,
		'',
		'**予算規模**',
		`初期投資：${p('初期投資の金額（例：約4,500万円）')}`,
		`年間運用費：${p('年間運用費の金額（例：約2,200万円。公開しないなら 非公開）')}`,
		'',
		'## 3. 技術詳細',
		'',
		'**使用AIツール/LLM**',
		`- ${p('ツール名（用途やモデル。例：ChatGPT（GPT-4））')}`,
		'',
		'**統合方法**',
		`- ${p('既存のシステムへのつなぎ方')}`,
		'',
		'**データソース**',
		`- ${p('AIに使ったデータ')}`,
		'',
		'**インフラ構成**',
		`- ${p('クラウドや社内環境（例：クラウド：AWS）')}`,
		'',
		'**セキュリティ対策**',
		`- ${p('セキュリティ対策（1行に1つ）')}`,
		'',
		'## 4. 実装プロセス',
		'',
		'**導入フェーズ**',
		'',
		...phase(1, 'フェーズ名（例：検証・評価）', '期間（例：2023年2月-4月）'),
		...phase(2, 'フェーズ名（例：試験運用）', '期間（例：2023年5月-7月）'),
		...phase(3, 'フェーズ名（例：本格運用）', '期間（例：2023年8月-、続いていれば終わりを空ける）'),
		'**実装期間**',
		`- 合計：${p('月数と期間（例：10ヶ月（2023年1月-10月））')}`,
		'',
		'**チーム構成**',
		`- ${p('役割：人数（例：推進委員会：5名）')}`,
		'',
		'**パートナー企業**',
		`- ${p('企業名（役割。例：OpenAI）')}`,
		'',
		'## 5. 成果・効果',
		'',
		'**定量効果**',
		'',
		'| 指標 | 導入前 | 導入後 | 改善率 |',
		'|------|-------|--------|--------|',
		`| ${p('指標（例：企業相談対応数）')} | ${p('値（例：20件/月）')} | ${p('値（例：85件/月）')} | ${p('変化（例：325%増）')} |`,
		'',
		'**定性効果**',
		`- ${p('数字にならない効果（1行に1つ）')}`,
		'',
		'**ROI**',
		`- 初期投資回収期間：${p('月数（例：16ヶ月）')}`,
		`- 年間効果：${p('年間効果の金額（例：約3.5億円相当）')}`,
		'',
		'## 6. 課題・対策',
		'',
		'**技術的課題**',
		`- ${p('技術的な課題')}`,
		`- 対策：${p('その対策')}`,
		'',
		'**組織的課題**',
		`- ${p('組織の課題')}`,
		`- 対策：${p('その対策')}`,
		'',
		'**人材育成**',
		`- ${p('研修や教育（例：全社員向け研修（参加率100%））')}`,
		'',
		'## 7. 将来展望',
		'',
		`**拡張計画（${p('期間（例：2024-2026年）')}）**`,
		`- ${p('今後の計画（1行に1つ）')}`,
		'',
		'**推奨事項**',
		`- ${p('他の組織への推奨（1行に1つ）')}`,
		'',
		'**長期戦略**',
		`- ${p('長期の目標')}`,
		'',
		'## 8. 参考情報',
		'',
		'**データソース**',
		`- ${p('この事例の出典（例：社内資料（2024年1月））')}`,
		'',
		'**参考リンク**',
		`- ${p('名前：URL（例：公式サイト：https://www.example.com/）')}`,
		'',
		'**更新日**',
		p('この事例を書いた日（例：2024年1月21日）'),
		'',
	];
	return withFrontmatter(frontmatter.join('\n'), body.join('\n'));
}
