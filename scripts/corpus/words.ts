/**
 * Word lists shared by every industry: name stems, places, tools, partners and the phrases that
 * fill the narrative blocks. Bounded lists on purpose: real collections repeat tool names and
 * places, and facets such as the tool filter should stay as small as they are in real data.
 */

/** First halves of organisation names as [kanji, reading]. */
export const NAME_HEADS: readonly (readonly [string, string])[] = [
	['北', 'Kita'],
	['南', 'Minami'],
	['東', 'Higashi'],
	['西', 'Nishi'],
	['青', 'Ao'],
	['白', 'Shira'],
	['朝', 'Asa'],
	['若', 'Waka'],
	['高', 'Taka'],
	['大', 'O'],
	['小', 'Ko'],
	['桜', 'Sakura'],
	['松', 'Matsu'],
	['竹', 'Take'],
	['梅', 'Ume'],
	['杉', 'Sugi'],
	['藤', 'Fuji'],
	['菊', 'Kiku'],
	['石', 'Ishi'],
	['岩', 'Iwa'],
	['金', 'Kane'],
	['光', 'Hikari'],
	['秋', 'Aki'],
	['春', 'Haru'],
	['夏', 'Natsu'],
	['冬', 'Fuyu'],
	['森', 'Mori'],
	['宮', 'Miya'],
	['鶴', 'Tsuru'],
	['亀', 'Kame'],
	['雲', 'Kumo'],
	['潮', 'Shio'],
	['霞', 'Kasumi'],
	['緑', 'Midori'],
	['鈴', 'Suzu'],
	['千', 'Chi'],
];

/** Second halves of organisation names as [kanji, reading]. */
export const NAME_TAILS: readonly (readonly [string, string])[] = [
	['川', 'kawa'],
	['山', 'yama'],
	['田', 'ta'],
	['野', 'no'],
	['原', 'hara'],
	['浜', 'hama'],
	['丘', 'oka'],
	['島', 'shima'],
	['沢', 'sawa'],
	['谷', 'tani'],
	['風', 'kaze'],
	['見', 'mi'],
	['崎', 'saki'],
	['井', 'i'],
	['坂', 'saka'],
	['台', 'dai'],
	['橋', 'hashi'],
	['瀬', 'se'],
	['村', 'mura'],
	['里', 'sato'],
	['葉', 'ba'],
	['ノ木', 'noki'],
];

/** Prefecture and city pairs for 所在地. */
export const PLACES: readonly (readonly [string, string])[] = [
	['北海道', '札幌市'],
	['北海道', '旭川市'],
	['宮城県', '仙台市'],
	['福島県', '郡山市'],
	['茨城県', 'つくば市'],
	['栃木県', '宇都宮市'],
	['群馬県', '高崎市'],
	['埼玉県', 'さいたま市'],
	['千葉県', '柏市'],
	['東京都', '港区'],
	['東京都', '大田区'],
	['東京都', '八王子市'],
	['神奈川県', '横浜市'],
	['神奈川県', '川崎市'],
	['新潟県', '燕市'],
	['富山県', '高岡市'],
	['石川県', '金沢市'],
	['長野県', '諏訪市'],
	['静岡県', '浜松市'],
	['静岡県', '焼津市'],
	['愛知県', '名古屋市'],
	['愛知県', '豊田市'],
	['岐阜県', '関市'],
	['三重県', '四日市市'],
	['京都府', '京都市'],
	['大阪府', '大阪市'],
	['大阪府', '東大阪市'],
	['兵庫県', '神戸市'],
	['岡山県', '倉敷市'],
	['広島県', '福山市'],
	['香川県', '高松市'],
	['愛媛県', '今治市'],
	['福岡県', '福岡市'],
	['福岡県', '北九州市'],
	['熊本県', '熊本市'],
	['鹿児島県', '鹿児島市'],
	['沖縄県', '那覇市'],
];

/** AI tools as [name, what it is used for]; the name is what the tool facet shows. */
export const TOOLS: readonly (readonly [string, string])[] = [
	['ChatGPT', 'GPT-4o、文書の下書き'],
	['ChatGPT', '社内問い合わせ対応'],
	['Claude', '長文の仕様書・規程の読解'],
	['Claude', '報告書の要約'],
	['Gemini', '表計算データの分析'],
	['Microsoft Copilot', 'Office 文書の作成'],
	['Azure OpenAI Service', '社内チャット基盤'],
	['社内RAG基盤', '社内文書の根拠付き検索'],
	['画像検査AI', 'ライン設置型カメラ'],
	['需要予測モデル', '社内開発'],
	['AI-OCR', '紙帳票の読み取り'],
	['音声認識AI', '会議・通話の文字起こし'],
];

/** Why a tool was chosen, by tool name. */
export const TOOL_REASONS: Readonly<Record<string, string>> = {
	ChatGPT: '汎用性が高く、社内での試行利用の実績がある',
	Claude: '長い文書を一度に読み込み、理由を添えて説明できる',
	Gemini: '既存のクラウド環境と連携しやすい',
	'Microsoft Copilot': '日常業務の Office 文書の中で使える',
	'Azure OpenAI Service': '入力データを学習に使わない契約と閉域接続に対応',
	社内RAG基盤: '社内文書を根拠付きで参照できる',
	画像検査AI: '同業種での導入実績が豊富',
	需要予測モデル: '自社データに合わせて調整できる',
	'AI-OCR': '手書き帳票の読み取り精度が高い',
	音声認識AI: '専門用語の辞書登録ができる',
};

export const INTEGRATIONS: readonly string[] = [
	'既存の基幹システムとのAPI連携',
	'社内ポータルへのチャット画面の組み込み',
	'タブレット向けアプリ',
	'グループウェアとのシングルサインオン',
	'業務システムのデータを夜間にバッチ連携',
	'表計算ソフトのアドインとして提供',
];

export const INFRASTRUCTURE: readonly string[] = [
	'クラウド：AWS（東京リージョン）',
	'クラウド：Azure（東日本リージョン）',
	'クラウド：Google Cloud',
	'閉域網接続',
	'オンプレミスのGPUサーバー（推論用）',
	'工場内エッジサーバー',
	'ベクトルデータベース（マネージドサービス）',
	'利用ログ分析基盤',
];

export const SECURITY: readonly string[] = [
	'入力データの学習利用を契約で禁止',
	'個人情報・顧客情報のマスキング',
	'利用ログの監査（月次）',
	'アクセス権限の部署別管理',
	'生成AI利用ガイドラインの策定と周知',
	'機密区分に応じた利用環境の分離',
	'外部送信前の自動チェック',
];

export const PARTNERS: readonly string[] = [
	'地元ITベンダー（システム連携）',
	'大手SIer（基盤構築）',
	'AIスタートアップ（モデル開発）',
	'クラウド事業者の技術支援チーム',
	'地域の商工会議所（導入相談）',
	'大学の研究室（共同検証）',
	'よろず支援拠点（専門家派遣）',
	'業界団体（事例共有）',
];

export const TEAM_ROLES: readonly string[] = [
	'プロジェクト責任者',
	'推進委員会',
	'DX推進チーム',
	'情報システム担当',
	'現場リーダー',
	'データ整備チーム',
	'品質保証担当',
	'外部アドバイザー',
];

export const QUALITATIVE: readonly string[] = [
	'若手社員が過去の事例を自分で調べられるようになった',
	'熟練者が指導と改善活動に時間を使えるようになった',
	'部署間でノウハウが共有されるようになった',
	'顧客からの評価が向上した',
	'採用活動でDXの取り組みが関心を集めた',
	'業務の根拠が文章で残り、引き継ぎが容易になった',
	'現場から新しい活用案が自発的に出るようになった',
];

export const TECH_CHALLENGES: readonly (readonly [string, string])[] = [
	['専門用語の誤訳・誤解釈', '社内用語集をプロンプトに組み込み'],
	['出力のばらつき', 'テンプレートと評価基準を整備'],
	['古い紙資料の読み取り精度が低い', '重要資料を手作業で再入力'],
	['回答の根拠が分からない', '参照した社内文書へのリンクを必ず表示'],
	['既存システムとのデータ形式の違い', '変換用の中間データベースを構築'],
	['応答速度の遅さ', '利用の多い質問の回答をキャッシュ'],
];

export const ORG_CHALLENGES: readonly (readonly [string, string])[] = [
	['部署によって利用頻度に大きな差がある', '利用状況を可視化し、優良事例を表彰'],
	['AIの出力への過信', '最終確認者を明記する運用ルールを制定'],
	['ベテラン社員の抵抗感', '現場の困りごとから小さく始めて効果を共有'],
	['推進担当者の負担の集中', '各部署に推進担当者を任命'],
	['費用対効果の説明が難しい', '導入前に作業時間を計測し、効果を数字で示した'],
];

export const TRAININGS: readonly string[] = [
	'全社員向けの生成AI基礎研修',
	'推進担当者向けの上級研修',
	'管理職向けのリスク管理研修',
	'プロンプト作成の勉強会',
	'新入社員研修へのAI活用講座の組み込み',
];

export const PLANS: readonly string[] = [
	'取引先とのデータ連携',
	'他部署・他拠点への横展開',
	'音声入力との組み合わせ',
	'海外拠点への展開',
	'社内データ基盤の整備',
	'経営指標のダッシュボード化',
];

export const RECOMMENDATIONS: readonly string[] = [
	'作業時間の計測から始め、効果を数字で示す',
	'現場の担当者を初期から巻き込む',
	'出力の最終責任者を明確にしておく',
	'小さな業務で試し、成功例を社内で共有する',
	'利用ルールを先に決め、禁止事項より使い方を示す',
];

export const SOURCES: readonly string[] = [
	'同社提供資料',
	'同社へのヒアリング',
	'同社統合報告書',
	'業界団体のDX事例集',
	'自治体の公開資料',
	'補助金の成果報告書',
];

/** Public grants a budget note may name. */
export const GRANTS: readonly string[] = ['ものづくり補助金', 'IT導入補助金', '事業再構築補助金', '県のDX推進補助金'];

/** Names of the phases, in the order they usually come. */
export const PHASE_NAMES: readonly (readonly string[])[] = [
	['現状調査', '業務の棚卸し', 'データ整備', '検証・評価'],
	['PoC', '試行', '試験運用', 'パイロット導入'],
	['部門展開', '本格導入', '機能拡張', '対象業務の拡大'],
	['全社展開', '全拠点展開', '取引先への展開'],
	['定着化', '継続改善', '運用の内製化'],
];

/** English phase names, used by the files written in mixed Japanese and English. */
export const PHASE_NAMES_EN: readonly string[] = ['Assessment', 'PoC', 'Pilot rollout', 'Full deployment', 'Scale-out'];
