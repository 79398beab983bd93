/**
 * What the corpus knows about each industry: how organisations in it are named, what they do,
 * what problems they bring to AI and which figures they measure. The words are written by hand
 * so that generated files read like the real ones and search indexes realistic Japanese text.
 */

/** A metric an industry measures, with the range its value before adoption falls in. */
export interface MetricTemplate {
	/** Row label in the metrics table. */
	label: string;
	/** Unit written after the number (時間/件, %, 万円/年 …). */
	unit: string;
	/** Smallest and largest value before adoption. */
	min: number;
	max: number;
	/** Whether the AI lowers (time, errors, cost) or raises (counts, rates) the figure. */
	direction: 'down' | 'up';
}

/** One industry of the corpus. */
export interface Industry {
	/** The frontmatter `industry` value. */
	name: string;
	/** What the `業界` line adds in parentheses. */
	details: readonly string[];
	/** Kind of organisation, which names the overview label (企業概要, 法人概要 …). */
	kind: '企業' | '法人' | '団体' | '機関';
	/** Legal forms as [Japanese, English], e.g. 株式会社 / Co., Ltd. */
	forms: readonly (readonly [string, string])[];
	/** Second halves of names as [Japanese, English]. */
	suffixes: readonly (readonly [string, string])[];
	/** Employee range. */
	employees: readonly [number, number];
	/** What the organisation does, for the 組織特性 paragraph. */
	business: readonly string[];
	/** Problems before adoption. */
	problems: readonly string[];
	/** Aims of adoption. */
	aims: readonly string[];
	/** Where the AI is used (title and phases). */
	uses: readonly string[];
	/** Data the AI reads. */
	data: readonly string[];
	/** Metrics the industry reports. */
	metrics: readonly MetricTemplate[];
}

const COMPANY: readonly (readonly [string, string])[] = [
	['株式会社', 'Co., Ltd.'],
	['有限会社', 'Ltd.'],
];

export const INDUSTRIES: readonly Industry[] = [
	{
		name: '製造業',
		details: ['金属加工', '精密部品', '樹脂成形', '産業機械', '電子部品'],
		kind: '企業',
		forms: COMPANY,
		suffixes: [
			['精工', 'Seiko'],
			['工業', 'Kogyo'],
			['製作所', 'Seisakusho'],
			['電機', 'Denki'],
			['機械', 'Kikai'],
		],
		employees: [5, 4000],
		business: [
			'自動車部品と産業機械向けの精密加工を手がける製造業者です',
			'多品種少量の受注生産を強みとし、試作から量産まで一貫して対応しています',
			'熟練技能者の経験に支えられた加工技術で、大手メーカーの一次取引先となっています',
		],
		problems: [
			'見積作成に熟練者の経験が必要で、回答まで数日かかっていた',
			'加工条件のノウハウが個人に属し、技能継承が進まなかった',
			'外観検査の見逃しによる顧客クレームが続いていた',
			'設備の突発故障で納期遅れが発生していた',
			'作業手順書が紙で管理され、改訂が追いつかなかった',
			'図面の読み違いによる手戻りが月に数回発生していた',
		],
		aims: [
			'見積回答の迅速化と受注率の向上',
			'熟練者のノウハウのデータ化と継承',
			'検査工程の自動化による品質安定',
			'設備保全の予兆検知',
		],
		uses: ['見積作成', '外観検査', '技能継承', '設備保全', '作業手順書の整備', '図面照合'],
		data: ['過去の見積書と受注実績', '加工条件の記録', '検査画像', '設備の稼働ログ', '作業日報'],
		metrics: [
			{ label: '見積回答時間', unit: '時間/件', min: 4, max: 40, direction: 'down' },
			{ label: '段取り替え時間', unit: '分/ロット', min: 30, max: 120, direction: 'down' },
			{ label: '不良率', unit: '%', min: 2, max: 8, direction: 'down' },
			{ label: '設備停止', unit: '回/年', min: 10, max: 60, direction: 'down' },
			{ label: '受注件数', unit: '件/月', min: 20, max: 200, direction: 'up' },
			{ label: '外注加工費', unit: '万円/年', min: 600, max: 9000, direction: 'down' },
		],
	},
	{
		name: '食品製造',
		details: ['水産加工品', '惣菜', '菓子', '飲料', '冷凍食品'],
		kind: '企業',
		forms: COMPANY,
		suffixes: [
			['フーズ', 'Foods'],
			['食品', 'Shokuhin'],
			['製菓', 'Seika'],
		],
		employees: [20, 3000],
		business: [
			'量販店向けのプライベートブランド商品を主力とする食品メーカーです',
			'地元の原料にこだわった商品づくりで、直営店と通信販売も展開しています',
			'複数の工場で日配品を製造し、品質保証部が検査基準を担っています',
		],
		problems: [
			'目視による異物検査の見逃しとクレーム対応の負担',
			'需要予測の誤差による廃棄ロス',
			'生産計画の作成が熟練者に依存していた',
			'原材料の規格書の確認に時間がかかっていた',
			'アレルゲン表示の確認漏れのリスク',
		],
		aims: ['異物検出の自動化', '廃棄ロスの削減', '生産計画作成の標準化', '表示確認の二重チェック'],
		uses: ['品質検査', '需要予測', '生産計画', '表示確認', '規格書管理'],
		data: ['出荷・受注データ', '検査画像', '販促カレンダー', '原材料の規格書', '気象データ'],
		metrics: [
			{ label: '廃棄ロス', unit: '万円/年', min: 500, max: 6000, direction: 'down' },
			{ label: '生産計画作成時間', unit: '時間/週', min: 8, max: 24, direction: 'down' },
			{ label: 'クレーム件数', unit: '件/月', min: 5, max: 40, direction: 'down' },
			{ label: '官能検査スコア', unit: '点', min: 60, max: 80, direction: 'up' },
			{ label: '表示確認時間', unit: '分/品', min: 20, max: 90, direction: 'down' },
		],
	},
	{
		name: '物流',
		details: ['倉庫・配送', '3PL', '冷凍輸送', '港湾物流'],
		kind: '企業',
		forms: COMPANY,
		suffixes: [
			['ロジスティクス', 'Logistics'],
			['運輸', 'Unyu'],
			['物流', 'Butsuryu'],
			['倉庫', 'Soko'],
		],
		employees: [30, 8000],
		business: [
			'全国に物流拠点を持ち、通販と小売の配送を請け負っています',
			'温度管理の必要な医薬品と食品の輸送を得意としています',
			'倉庫の入出荷作業をパート従業員が中心に担っています',
		],
		problems: [
			'配車計画の作成に毎日数時間かかっていた',
			'ドライバーの時間外労働の上限規制への対応',
			'問い合わせ対応が電話に集中していた',
			'誤出荷による再配送の費用',
			'荷主ごとに異なる作業指示書の読み違い',
		],
		aims: ['配車計画の自動作成', '問い合わせ対応の省力化', '誤出荷の削減', '作業指示の標準化'],
		uses: ['配車計画', '問い合わせ対応', '出荷検品', '作業指示書の作成'],
		data: ['配送実績データ', '倉庫管理システムの記録', '問い合わせ履歴', '荷主の作業指示書'],
		metrics: [
			{ label: '配車計画作成時間', unit: '時間/日', min: 2, max: 6, direction: 'down' },
			{ label: '誤出荷件数', unit: '件/月', min: 10, max: 80, direction: 'down' },
			{ label: '問い合わせ対応時間', unit: '分/件', min: 10, max: 30, direction: 'down' },
			{ label: '積載率', unit: '%', min: 55, max: 75, direction: 'up' },
			{ label: '再配送費用', unit: '万円/年', min: 300, max: 5000, direction: 'down' },
		],
	},
	{
		name: '建設',
		details: ['総合建設業', '土木', '住宅', '設備工事'],
		kind: '企業',
		forms: COMPANY,
		suffixes: [
			['建設', 'Construction'],
			['組', 'Gumi'],
			['工務店', 'Komuten'],
			['設備', 'Setsubi'],
		],
		employees: [10, 10000],
		business: [
			'官公庁の土木工事と民間の建築を両輪とする建設会社です',
			'地域の住宅と店舗の施工を数多く手がけてきました',
			'作業所長の裁量が大きく、書類の書き方が現場ごとに異なっています',
		],
		problems: [
			'施工計画書の作成に時間がかかっていた',
			'安全書類の確認に作業所長が毎日時間を費やしていた',
			'過去の施工事例が支店ごとに散在し、検索できなかった',
			'時間外労働の上限規制への対応が急務だった',
			'協力会社への指示書の様式が統一されていなかった',
		],
		aims: ['書類業務の半減', '施工ナレッジの全社共有', '若手技術者の早期育成', '安全管理の強化'],
		uses: ['施工計画書の作成', '安全書類の確認', '施工ナレッジ検索', '工程管理'],
		data: ['過去の施工計画書', '不具合・事故事例', '社内標準・技術指針', '関係法令と共通仕様書'],
		metrics: [
			{ label: '施工計画書作成時間', unit: '時間/件', min: 16, max: 48, direction: 'down' },
			{ label: '安全書類チェック時間', unit: '時間/日', min: 2, max: 6, direction: 'down' },
			{ label: '労働災害件数', unit: '件/年', min: 4, max: 20, direction: 'down' },
			{ label: '時間外労働（月平均）', unit: '時間', min: 30, max: 60, direction: 'down' },
			{ label: '社内ナレッジ登録数', unit: '件', min: 200, max: 2000, direction: 'up' },
		],
	},
	{
		name: '医療',
		details: ['病院', '診療所', '介護施設併設', 'リハビリテーション'],
		kind: '法人',
		forms: [
			['医療法人社団', 'Medical Corporation'],
			['社会医療法人', 'Social Medical Corporation'],
		],
		suffixes: [
			['会', 'Kai'],
			['記念病院', 'Memorial Hospital'],
			['メディカル', 'Medical'],
		],
		employees: [40, 3000],
		business: [
			'地域の急性期医療と在宅医療を担う医療法人です',
			'病院と介護施設を運営し、多職種が連携してケアにあたっています',
			'看護記録と紹介状の作成が医師と看護師の大きな負担になっていました',
		],
		problems: [
			'看護記録の作成に勤務時間の多くが割かれていた',
			'紹介状・診療情報提供書の作成が医師の負担になっていた',
			'患者からの電話問い合わせが外来の時間帯に集中していた',
			'院内マニュアルが多く、必要な手順を探すのに時間がかかった',
		],
		aims: ['記録業務の負担軽減', '医師の働き方改革', '問い合わせ対応の平準化', '院内手順の検索性向上'],
		uses: ['看護記録の下書き', '紹介状の作成支援', '院内マニュアル検索', '問い合わせ対応'],
		data: ['看護記録（匿名化）', '院内マニュアル', '診療ガイドライン', '問い合わせ履歴'],
		metrics: [
			{ label: '看護記録作成時間', unit: '分/日', min: 60, max: 120, direction: 'down' },
			{ label: '紹介状作成時間', unit: '分/件', min: 15, max: 40, direction: 'down' },
			{ label: '医師の時間外労働', unit: '時間/月', min: 40, max: 90, direction: 'down' },
			{ label: '患者満足度', unit: '点', min: 60, max: 80, direction: 'up' },
		],
	},
	{
		name: '自治体',
		details: ['市役所', '町役場', '県庁'],
		kind: '団体',
		forms: [['', 'City']],
		suffixes: [
			['市役所', 'City Office'],
			['町役場', 'Town Office'],
		],
		employees: [100, 6000],
		business: [
			'人口減少と職員数の削減が続くなか、窓口業務の効率化を進めてきた自治体です',
			'行政のデジタル化を総合計画の柱に据え、庁内横断のチームを設けています',
			'議会答弁と広報文書の作成に多くの職員の時間が割かれていました',
		],
		problems: [
			'議事録の作成に職員の時間が割かれていた',
			'住民からの問い合わせが特定の課に集中していた',
			'例規や通知を探すのに時間がかかっていた',
			'広報文書の作成と校正の負担',
		],
		aims: ['定型文書作成の省力化', '住民サービスの向上', '職員の働き方改革', '庁内情報の検索性向上'],
		uses: ['議事録作成', '問い合わせ対応', '例規検索', '広報文書の作成'],
		data: ['議事録', '例規集', '庁内の通知・通達', 'よくある質問'],
		metrics: [
			{ label: '議事録作成時間', unit: '時間/件', min: 4, max: 12, direction: 'down' },
			{ label: '問い合わせ対応時間', unit: '分/件', min: 10, max: 30, direction: 'down' },
			{ label: '時間外勤務', unit: '時間/月', min: 20, max: 50, direction: 'down' },
			{ label: '庁内利用者数', unit: '名', min: 50, max: 500, direction: 'up' },
		],
	},
	{
		name: '小売',
		details: ['雑貨・EC', 'スーパーマーケット', 'ドラッグストア', '家電量販'],
		kind: '企業',
		forms: COMPANY,
		suffixes: [
			['商店', 'Shoten'],
			['ストア', 'Store'],
			['マート', 'Mart'],
			['', ''],
		],
		employees: [5, 9000],
		business: [
			'地域密着型の店舗網とECサイトを運営する小売業者です',
			'季節商品の品揃えと接客の丁寧さで固定客をつかんできました',
			'本部の少人数で多数の店舗の販促と商品情報を管理しています',
		],
		problems: [
			'EC の商品説明文の作成が追いつかない',
			'発注量の判断が店長の経験に依存していた',
			'問い合わせメールへの返信に時間がかかっていた',
			'販促物の作成を外部に依頼していた',
		],
		aims: ['商品登録の迅速化', '欠品と廃棄の削減', '顧客対応の品質向上'],
		uses: ['商品説明文の作成', '発注予測', '問い合わせ対応', '販促物の作成'],
		data: ['POSデータ', '商品マスタ', '問い合わせ履歴', '過去の販促実績'],
		metrics: [
			{ label: '商品説明文作成時間', unit: '分/品', min: 10, max: 40, direction: 'down' },
			{ label: '欠品率', unit: '%', min: 3, max: 9, direction: 'down' },
			{ label: 'EC売上', unit: '万円/月', min: 100, max: 5000, direction: 'up' },
			{ label: 'メール返信時間', unit: '時間/件', min: 2, max: 24, direction: 'down' },
		],
	},
	{
		name: '印刷',
		details: ['商業印刷', '出版印刷', 'パッケージ印刷'],
		kind: '企業',
		forms: COMPANY,
		suffixes: [
			['印刷', 'Printing'],
			['プリント', 'Print'],
			['美術印刷', 'Art Printing'],
		],
		employees: [10, 1500],
		business: [
			'チラシとカタログを中心とする商業印刷の会社です',
			'デザインから印刷、発送までを一貫して請け負っています',
		],
		problems: [
			'校正作業での誤字の見落とし',
			'見積書の作成が営業担当者によってばらついていた',
			'入稿データの不備確認に時間がかかっていた',
		],
		aims: ['校正の精度向上', '見積の標準化', '入稿チェックの自動化'],
		uses: ['校正支援', '見積作成', '入稿チェック', '企画書の作成'],
		data: ['過去の校正記録', '見積実績', '入稿データのチェックリスト'],
		metrics: [
			{ label: '校正時間', unit: '時間/件', min: 2, max: 8, direction: 'down' },
			{ label: '版下の差し替えミス', unit: '件/月', min: 4, max: 20, direction: 'down' },
			{ label: '見積作成時間', unit: '分/件', min: 30, max: 120, direction: 'down' },
		],
	},
	{
		name: '金融',
		details: ['地方銀行', '信用金庫', '保険代理店', 'リース'],
		kind: '企業',
		forms: [
			['株式会社', 'Co., Ltd.'],
			['', 'Shinkin Bank'],
		],
		suffixes: [
			['銀行', 'Bank'],
			['信用金庫', 'Shinkin'],
			['リース', 'Lease'],
		],
		employees: [200, 10000],
		business: [
			'地域の中小企業と個人を主な顧客とする金融機関です',
			'取引先の事業承継と資金繰りの相談に力を入れています',
		],
		problems: [
			'稟議書の作成に多くの時間がかかっていた',
			'取引先の決算書の分析が担当者によってばらついていた',
			'規程とマニュアルの問い合わせが本部に集中していた',
		],
		aims: ['稟議作成の効率化', '与信判断の質の平準化', '本部問い合わせの削減'],
		uses: ['稟議書の下書き', '決算書の分析', '規程検索', '営業日報の要約'],
		data: ['過去の稟議書', '取引先の決算書', '社内規程', '営業日報'],
		metrics: [
			{ label: '稟議書作成時間', unit: '時間/件', min: 3, max: 10, direction: 'down' },
			{ label: '本部への問い合わせ', unit: '件/月', min: 200, max: 1200, direction: 'down' },
			{ label: '事業性評価の件数', unit: '件/年', min: 50, max: 400, direction: 'up' },
		],
	},
	{
		name: '化学',
		details: ['塗料', '樹脂', '接着剤', '化粧品原料'],
		kind: '企業',
		forms: COMPANY,
		suffixes: [
			['化学', 'Chemical'],
			['化成', 'Kasei'],
			['ケミカル', 'Chemical'],
		],
		employees: [50, 7000],
		business: [
			'工業用塗料と機能性樹脂を開発・製造する化学メーカーです',
			'研究開発部門が顧客の要望に合わせた配合を設計しています',
		],
		problems: [
			'配合設計の試作回数が多く、開発期間が長かった',
			'SDS（安全データシート）の作成と更新の負担',
			'特許と論文の調査に研究者の時間が割かれていた',
		],
		aims: ['試作回数の削減', 'SDS作成の効率化', '技術調査の迅速化'],
		uses: ['配合設計', 'SDS作成', '特許調査', '技術文書の翻訳'],
		data: ['過去の配合と試験結果', '特許情報', '法規制データベース', '技術報告書'],
		metrics: [
			{ label: '試作回数', unit: '回/件', min: 10, max: 40, direction: 'down' },
			{ label: 'SDS作成時間', unit: '時間/件', min: 4, max: 16, direction: 'down' },
			{ label: '新製品の上市件数', unit: '件/年', min: 2, max: 12, direction: 'up' },
		],
	},
	{
		name: '情報通信',
		details: ['受託開発', 'SaaS', 'システムインテグレーション'],
		kind: '企業',
		forms: COMPANY,
		suffixes: [
			['システムズ', 'Systems'],
			['ソフト', 'Soft'],
			['テクノロジーズ', 'Technologies'],
			['ネット', 'Net'],
		],
		employees: [10, 6000],
		business: [
			'中堅企業向けの業務システムを受託開発しています',
			'自社のクラウドサービスを全国の中小企業に提供しています',
		],
		problems: [
			'設計書とテスト仕様書の作成負担',
			'問い合わせ窓口の一次回答の遅れ',
			'既存システムのソースコードの読解に時間がかかった',
		],
		aims: ['開発生産性の向上', 'サポート品質の向上', 'ドキュメント整備'],
		uses: ['コード生成', 'テスト仕様書の作成', 'サポート窓口', '設計書のレビュー'],
		data: ['社内のソースコード', '設計書', 'サポート履歴', 'FAQ'],
		metrics: [
			{ label: 'テスト仕様書作成時間', unit: '時間/件', min: 8, max: 30, direction: 'down' },
			{ label: '一次回答時間', unit: '時間', min: 4, max: 24, direction: 'down' },
			{ label: 'リリース回数', unit: '回/年', min: 4, max: 24, direction: 'up' },
		],
	},
	{
		name: '研究所',
		details: ['産業応用研究', '公設試験研究機関', '大学附置研究所'],
		kind: '機関',
		forms: [['', 'Research Institute']],
		suffixes: [
			['技術センター', 'Technology Center'],
			['産業技術研究所', 'Industrial Technology Institute'],
		],
		employees: [30, 3000],
		business: [
			'地域企業の技術相談と共同研究を担う公設試験研究機関です',
			'産業応用を重視した研究と、企業への技術移転を進めています',
		],
		problems: [
			'企業からの技術相談への回答に時間がかかっていた',
			'過去の試験報告書が検索できなかった',
			'研究成果の産業化への移行がスムーズでない',
		],
		aims: ['技術相談対応の迅速化', '研究成果の活用促進', '企業へのAI導入支援'],
		uses: ['技術相談', '報告書検索', '論文調査', '企業支援'],
		data: ['試験報告書', '特許情報', '技術相談の記録', '論文データベース'],
		metrics: [
			{ label: '技術相談対応数', unit: '件/月', min: 20, max: 120, direction: 'up' },
			{ label: '報告書検索時間', unit: '分/件', min: 20, max: 60, direction: 'down' },
			{ label: '共同研究件数', unit: '件/年', min: 5, max: 40, direction: 'up' },
		],
	},
];
