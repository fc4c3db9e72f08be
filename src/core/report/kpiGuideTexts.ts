/**
 * The KPI guide's texts (design §6, sheet 7; design §10): for every figure of the KPI catalog, how it
 * is computed, how to read it and a common pitfall. They are the largest texts of the add-on and are
 * needed only when the guide sheet is written, so the build ships them as data in dist/KpiGuide.html
 * instead of inside Code.js (which every custom-function call loads). The server bundle must not
 * import this module: the adapter reads the file and passes the texts into the core.
 */
import type { Bilingual } from '../functions/catalogTypes';
import type { KpiKey } from './kpiCatalog';

export interface KpiGuideText {
  /** The formula in words, naming the denominator. */
  readonly formula: Bilingual;
  /** How to read it: what a high or low value tells you. */
  readonly reading: Bilingual;
  /** A common pitfall. */
  readonly pitfall: Bilingual;
}

export type KpiGuideTexts = { readonly [K in KpiKey]: KpiGuideText };

export const KPI_GUIDE_TEXTS: KpiGuideTexts = {
  impressions: {
    formula: { ja: '広告タブの表示回数の合計', en: 'Sum of impressions over the ads tabs' },
    reading: {
      ja: '広告が人の目に触れた回数で、広告ファネルの入口です。クリック率の分母になります。',
      en: 'How often your ads could be seen: the top of the paid funnel and the denominator of CTR.',
    },
    pitfall: {
      ja: '「表示」の数え方は媒体ごとに違います。媒体をまたいで回数だけを比べるのは避けましょう。',
      en: 'Each ad platform counts an impression its own way, so raw counts from different platforms do not compare well.',
    },
  },
  clicks: {
    formula: { ja: '広告タブのクリック数の合計', en: 'Sum of clicks over the ads tabs' },
    reading: {
      ja: '広告を見て実際に動いた回数です。クリック単価やクリック率のもとになります。',
      en: 'How many times people acted on an ad; CPC and CTR are built on it.',
    },
    pitfall: {
      ja: '同じ人が何度クリックしてもすべて数えます。人数ではありません。',
      en: 'Repeated clicks by the same person all count: this is not a number of people.',
    },
  },
  sessions: {
    formula: { ja: 'アクセスタブのセッション数の合計', en: 'Sum of sessions over the traffic tabs' },
    reading: {
      ja: 'サイトへの訪問の回数です。広告だけでなく、自然検索や直接の訪問も含みます。',
      en: 'Visits to your site from every source, not only from ads.',
    },
    pitfall: {
      ja: 'GA4 と旧 Google アナリティクス（UA）ではセッションの区切り方が違うため、移行前後の数字はそのまま比べられません。',
      en: 'GA4 and Universal Analytics split sessions differently, so figures from before and after the migration do not compare.',
    },
  },
  engagedSessions: {
    formula: {
      ja: 'アクセスタブのエンゲージのあったセッション数の合計（直帰率しかない行は、セッション ×（1 − 直帰率））',
      en: 'Sum of engaged sessions over the traffic tabs (a row with only a bounce rate adds sessions × (1 − bounce rate))',
    },
    reading: {
      ja: 'ページをしっかり見てもらえた訪問の数です（GA4 では10秒以上の滞在、キーイベント、2ページ以上の閲覧のいずれか）。',
      en: 'Visits in which people really looked at the site (in GA4: over 10 seconds, a key event, or two or more pages).',
    },
    pitfall: {
      ja: '「10秒」の基準はプロパティごとに変えられます。設定の違うサイト同士は比べにくくなります。',
      en: 'The 10-second threshold can be changed per property, which makes sites with different settings hard to compare.',
    },
  },
  downloads: {
    formula: { ja: 'アクセスタブの資料ダウンロード数の合計', en: 'Sum of document downloads over the traffic tabs' },
    reading: {
      ja: '見込み客が資料を求めて手を挙げた回数の目安です。',
      en: 'A rough count of prospects raising their hand for your material.',
    },
    pitfall: {
      ja: '同じ人が何度ダウンロードしても重ねて数えるため、リード数とは一致しません。',
      en: 'Repeat downloads by one person all count, so this does not match the number of leads.',
    },
  },
  leads: {
    formula: {
      ja: '期間内に作成されたリードの件数（同じリードの重複は1件にまとめます）',
      en: 'Leads created in the period, with duplicates of the same lead counted once',
    },
    reading: {
      ja: 'ファネルの入口です。商談化率など多くの率がこの数を分母にします。',
      en: 'The entrance of the funnel; most rates, such as the opportunity rate, divide by it.',
    },
    pitfall: {
      ja: '資料ダウンロードと問い合わせのどちらをリードと呼ぶかを社内でそろえないと、月やチャネルの比較が崩れます。',
      en: 'Agree on what counts as a lead (a download? an inquiry?), or month and channel comparisons fall apart.',
    },
  },
  mql: {
    formula: {
      ja: 'MQL の日付・フラグ・ステータスのいずれかで MQL に達したリードの数（SQL 以降に進んだリードを含みます）',
      en: 'Leads that reached MQL by date, flag or status, including those that went further',
    },
    reading: {
      ja: 'マーケティングが「営業に渡せる」と判断した見込み客の数です。',
      en: 'Prospects marketing judged ready to hand to sales.',
    },
    pitfall: {
      ja: 'MQL の基準（スコアのしきい値など）は会社ごとに違い、途中で変わることもあります。基準を変えた月の前後は比べられません。',
      en: 'MQL criteria (a score threshold, say) differ by company and change over time; months on either side of a change do not compare.',
    },
  },
  sql: {
    formula: {
      ja: 'SQL に達したリードの数（商談・受注に進んだリードを含みます）',
      en: 'Leads that reached SQL, including those that went on to an opportunity or a win',
    },
    reading: {
      ja: '営業が「追う価値がある」と認めた見込み客の数です。',
      en: 'Prospects sales agreed were worth pursuing.',
    },
    pitfall: {
      ja: '担当者の感覚で付けられがちな段階です。判断の基準を文書にしておきましょう。',
      en: 'Often set by feel; write down what makes a lead an SQL.',
    },
  },
  opportunities: {
    formula: {
      ja: '商談に達したリードの数（商談タブがあれば、商談が作られたリード）',
      en: 'Leads that reached the opportunity stage (with a deals tab: leads that have a deal)',
    },
    reading: {
      ja: '営業活動が具体的に始まった件数です。',
      en: 'How many leads turned into real sales conversations.',
    },
    pitfall: {
      ja: '初回の面談を商談とするか、ヒアリング完了を商談とするかで件数が大きく変わります。',
      en: 'Counting a first meeting as an opportunity gives a very different number from counting only qualified deals.',
    },
  },
  won: {
    formula: { ja: '受注に達したリードの数', en: 'Leads that became customers' },
    reading: {
      ja: '顧客になった件数です。CAC や受注単価の分母になります。',
      en: 'New customers; the denominator of CAC and average deal size.',
    },
    pitfall: {
      ja: '受注まで時間がかかるため、最近作成されたリードほどまだ受注に届いていません。',
      en: 'Winning takes time, so the most recent leads have had the least chance to be won.',
    },
  },
  lost: {
    formula: {
      ja: '商談に進んだリードのうち失注した数（商談タブがあれば、結び付いた商談がすべて失注したリード。ステータスやフラグが失注のリードを含みます）',
      en: 'Opportunities that were lost: with a deals tab, leads whose linked deals were all lost; also leads whose status or flag says lost',
    },
    reading: {
      ja: '受注率の分母（受注 + 失注）になります。失注の理由とあわせて見ると、改善の手がかりになります。',
      en: 'Part of the win-rate denominator (won + lost); read it with the reasons deals were lost.',
    },
    pitfall: {
      ja: '失注を記録しない運用だと失注が少なく見え、受注率が高く出ます。',
      en: 'Where lost deals go unrecorded, losses look few and the win rate looks high.',
    },
  },
  openOpportunities: {
    formula: { ja: '商談に進んだリードのうち、受注も失注もしていない数', en: 'Opportunities neither won nor lost yet' },
    reading: {
      ja: 'これから受注につながる可能性のある商談（パイプライン）です。',
      en: 'The pipeline: opportunities that may still be won.',
    },
    pitfall: {
      ja: '長く動いていない商談も含まれます。古い商談を整理しないと、パイプラインが実態より大きく見えます。',
      en: 'Stale opportunities stay in until someone closes them, which makes the pipeline look bigger than it is.',
    },
  },
  cost: {
    formula: {
      ja: '広告タブ（展示会などの費用だけのタブを含む）の費用の合計',
      en: 'Sum of cost over the ads tabs, including cost-only tabs such as events',
    },
    reading: {
      ja: '集客に使ったお金です。各種の単価や ROAS のもとになります。',
      en: 'What you spent to attract leads; every cost-per figure and ROAS is built on it.',
    },
    pitfall: {
      ja: '人件費やツール費はタブに入れない限り含まれません。実際にかかったお金はこれより多いはずです。',
      en: 'Salaries and tools are not included unless a tab lists them, so the true spend is higher.',
    },
  },
  revenue: {
    formula: {
      ja: '受注したリードの金額の合計（商談タブがあれば受注した商談の金額）',
      en: 'Sum of amounts of won leads (with a deals tab: of their won deals)',
    },
    reading: {
      ja: '集客の成果を金額で表したものです。',
      en: 'The result of your marketing, in money.',
    },
    pitfall: {
      ja: '売上であって利益ではありません。利益で判断するなら粗利率を掛けて考えてください。',
      en: 'This is revenue, not profit; multiply by your gross margin to judge profitability.',
    },
  },
  pipelineAmount: {
    formula: {
      ja: '進行中の商談の金額の合計（商談タブがあれば進行中の商談の金額、なければリードの金額）',
      en: 'Sum of the amounts of open opportunities (their open deals’ amounts, else the lead’s amount)',
    },
    reading: {
      ja: 'パイプラインの大きさを金額で表します。受注率を掛けると、受注の見込み額の目安になります。',
      en: 'The size of the pipeline in money; multiplied by the win rate it gives a rough expected revenue.',
    },
    pitfall: {
      ja: '見込み金額は楽観的に入力されがちです。金額のない商談は 0 として足しています。',
      en: 'Expected amounts tend to be optimistic, and an opportunity without an amount adds 0.',
    },
  },
  adCost: {
    formula: {
      ja: '広告タブのうち、クリック数のある行の費用の合計',
      en: 'Sum of the cost of the ads rows that report clicks',
    },
    reading: {
      ja: 'クリック単価（CPC）の分子です。クリックのない費用（展示会やウェビナーなど）は含みません。',
      en: 'The numerator of CPC: cost without clicks (trade shows, webinars) is left out.',
    },
    pitfall: {
      ja: '費用の合計とは違います。CPL・CAC・ROAS はすべての費用で計算します。',
      en: 'It is not the total cost: CPL, CAC and ROAS use all cost.',
    },
  },
  ctr: {
    formula: { ja: 'クリック数 ÷ 表示回数', en: 'Clicks ÷ impressions' },
    reading: {
      ja: '広告が目に留まり、押したくなる内容だったかを表します。高いほど広告文やクリエイティブが響いています。',
      en: 'Whether the ad caught attention and invited a click; higher means the creative works.',
    },
    pitfall: {
      ja: '表示回数が少ないうちは数クリックで大きく動きます。表示回数と一緒に見てください。',
      en: 'On few impressions a handful of clicks swings it a lot; read it together with impressions.',
    },
  },
  cpc: {
    formula: { ja: '広告費（クリック計測分）÷ クリック数', en: 'Ad cost with clicks ÷ clicks' },
    reading: {
      ja: '1クリックを得るのにかかった広告費です。クリックのない費用（展示会など）は含めないので、合計行も広告の単価になります。低いほど効率的です。',
      en: 'What one click cost in ads. Cost without clicks (trade shows) is left out, so the total row is also a price of ad clicks. Lower is more efficient.',
    },
    pitfall: {
      ja: '安いクリックが良いクリックとは限りません。その先のリード獲得単価とあわせて判断してください。',
      en: 'Cheap clicks are not always good clicks; judge them by the cost per lead that follows.',
    },
  },
  engagementRate: {
    formula: { ja: 'エンゲージのあったセッション数 ÷ セッション', en: 'Engaged sessions ÷ sessions' },
    reading: {
      ja: '訪問のうち、ページをしっかり見てもらえた割合です。',
      en: 'The share of visits in which people really engaged with the site.',
    },
    pitfall: {
      ja: 'GA4 の直帰率は「1 − エンゲージメント率」で、旧アナリティクス（UA）の直帰率とは別の指標です。',
      en: 'GA4’s bounce rate is 1 − engagement rate and is not the bounce rate Universal Analytics reported.',
    },
  },
  downloadRate: {
    formula: { ja: '資料DL数 ÷ セッション', en: 'Downloads ÷ sessions' },
    reading: {
      ja: '訪問のうち資料がダウンロードされた割合です。コンテンツの魅力を測る目安になります。',
      en: 'Downloads per visit: a gauge of how compelling your content is.',
    },
    pitfall: {
      ja: '分母をセッションにするか LP の閲覧数にするかは会社によって違います。他の数字と比べるときは分母をそろえてください。',
      en: 'Some teams divide by landing-page views instead of sessions; align the denominator before comparing.',
    },
  },
  leadConversionRate: {
    formula: { ja: 'リード数 ÷ セッション', en: 'Leads ÷ sessions' },
    reading: { ja: 'サイトへの訪問がリードに変わった割合です。', en: 'The share of visits that turned into leads.' },
    pitfall: {
      ja: 'セッションには広告以外の訪問が含まれ、リードは展示会などサイト以外からも来ます。チャネルによっては 100% を超えたり極端に低く出たりします。',
      en: 'Sessions include visits from every source and leads also come from offline channels such as events, so a channel can show over 100% or close to 0%.',
    },
  },
  cpl: {
    formula: { ja: '費用 ÷ リード数', en: 'Cost ÷ leads' },
    reading: {
      ja: 'リード1件を得るのにかかった費用です。費用のデータがないチャネル（自然検索・紹介など）は ¥0 ではなく「—」です。',
      en: 'What one lead cost. A channel with no cost data (organic search, referrals) shows —, not ¥0.',
    },
    pitfall: {
      ja: 'CPL が安くても商談につながらなければ意味がありません。商談獲得単価や CAC と並べて見てください。',
      en: 'A cheap lead that never becomes an opportunity is not cheap; read CPL next to cost per opportunity and CAC.',
    },
  },
  mqlRate: {
    formula: { ja: 'MQL数 ÷ リード数', en: 'MQLs ÷ leads' },
    reading: {
      ja: '集めたリードのうち、営業に渡せる段階まで育った割合です。',
      en: 'The share of leads that matured into marketing-qualified prospects.',
    },
    pitfall: {
      ja: '作成されたばかりのリードはまだ育っていないため、直近の月は低めに出ます。',
      en: 'Fresh leads have not had time to mature, so the latest months look low.',
    },
  },
  sqlRate: {
    formula: { ja: 'SQL数 ÷ MQL数', en: 'SQLs ÷ MQLs' },
    reading: {
      ja: 'マーケティングが渡した MQL のうち、営業が追う価値ありと認めた割合です。',
      en: 'The share of MQLs that sales accepted as worth pursuing.',
    },
    pitfall: {
      ja: '低いときは、MQL の基準が営業の期待とずれているのかもしれません。両部門で基準を見直すきっかけにしましょう。',
      en: 'A low value often means the MQL bar does not match what sales needs; review the criteria together.',
    },
  },
  opportunityRate: {
    formula: { ja: '商談数 ÷ リード数', en: 'Opportunities ÷ leads' },
    reading: {
      ja: 'リードが商談につながった割合で、マーケティングの成果を測る中心の指標です。',
      en: 'The share of leads that became opportunities: the key measure of marketing’s contribution.',
    },
    pitfall: {
      ja: '分母を「リード」とするか「アプローチした件数」とするかで値が変わります。他社の数字と比べるときは定義を確かめてください。',
      en: 'Some teams divide by contacted leads rather than all leads; check the definition before comparing with others.',
    },
  },
  winRate: {
    formula: { ja: '受注数 ÷（受注数 + 失注数）', en: 'Won ÷ (won + lost)' },
    reading: {
      ja: '結果が出た商談のうち、受注できた割合で、営業の成果を表します。',
      en: 'Of the opportunities that were decided, the share that was won: the key measure of sales results.',
    },
    pitfall: {
      ja: '進行中の商談は分母に入りません。失注を記録していないと高く出ます。進行中も含めた割合は「商談→受注率」です。',
      en: 'Open opportunities are left out, and unrecorded losses push it up; the share of all opportunities won is the opportunity-to-win rate.',
    },
  },
  opportunityToWinRate: {
    formula: { ja: '受注数 ÷ 商談数', en: 'Won ÷ opportunities' },
    reading: {
      ja: '商談全体のうち受注に至った割合で、ファネルの「商談 → 受注」の段階の転換率です。',
      en: 'The share of all opportunities that were won: the opportunity → won step of the funnel.',
    },
    pitfall: {
      ja: '進行中の商談も分母に入るため、最近の商談が多いほど低く出ます。営業の成果は受注率（受注 ÷（受注 + 失注））で見てください。',
      en: 'Open opportunities are in the denominator, so it is low while many deals are recent; judge sales results by the win rate, won ÷ (won + lost).',
    },
  },
  leadToWinRate: {
    formula: { ja: '受注数 ÷ リード数', en: 'Won ÷ leads' },
    reading: {
      ja: 'リード全体のうち、最後まで進んで受注に至った割合です。',
      en: 'The share of all leads that went all the way to a win.',
    },
    pitfall: {
      ja: '受注までには時間がかかるため、最近のリードほど低く出ます。集計途中（暫定）の月は参考値として扱ってください。',
      en: 'Wins take time, so recent leads look worse; treat provisional months as such.',
    },
  },
  costPerOpportunity: {
    formula: { ja: '費用 ÷ 商談数', en: 'Cost ÷ opportunities' },
    reading: { ja: '商談1件を生むのにかかった費用です。', en: 'What one opportunity cost.' },
    pitfall: {
      ja: 'タブにある費用だけで計算しているので、営業の人件費は含みません。',
      en: 'Only the cost in your tabs is counted; sales salaries are not.',
    },
  },
  cac: {
    formula: { ja: '費用 ÷ 受注数', en: 'Cost ÷ won' },
    reading: {
      ja: '新しい顧客1社を得るのにかかった費用です。費用のデータがないチャネル（自然検索・紹介など）は ¥0 ではなく「—」です。',
      en: 'What one new customer cost. A channel with no cost data (organic search, referrals) shows —, not ¥0.',
    },
    pitfall: {
      ja: 'タブの費用だけで計算した CAC です。人件費やツール費を含めるともっと高くなります。リード数で割った値（CPL）と混同しないでください。',
      en: 'This CAC counts only the cost in your tabs; adding salaries and tools raises it. Do not confuse it with cost per lead.',
    },
  },
  averageDealSize: {
    formula: { ja: '受注金額 ÷ 受注数', en: 'Revenue ÷ won' },
    reading: { ja: '受注1件あたりの金額です。', en: 'Revenue per won deal.' },
    pitfall: {
      ja: '大きな案件が1件あるだけで大きく動きます。件数が少ないときは個々の案件も確かめてください。',
      en: 'One large deal moves it a lot; with few wins, look at the individual deals too.',
    },
  },
  roas: {
    formula: { ja: '受注金額 ÷ 費用', en: 'Revenue ÷ cost' },
    reading: {
      ja: '費用に対する受注金額の割合です。100% で費用と同じ額の受注があったことになります。',
      en: 'Revenue per unit of cost; 1.0× means revenue equal to what you spent.',
    },
    pitfall: {
      ja: '売上をもとにした指標なので、100% を超えていても利益が出ているとは限りません。',
      en: 'It is based on revenue, so a value above 1.0× does not mean the spend was profitable.',
    },
  },
  ltv: {
    formula: { ja: '受注単価 × 粗利率 × 想定購入回数', en: 'Average deal size × gross margin × expected purchases' },
    reading: {
      ja: '顧客1社が取引を続けるあいだにもたらす粗利の見込みです。',
      en: 'The gross profit you expect from one customer over the whole relationship.',
    },
    pitfall: {
      ja: '粗利率と想定購入回数は設定で入れた前提です。楽観的な前提にすると実態より大きく見えます。',
      en: 'Gross margin and expected purchases are assumptions you entered; optimistic assumptions inflate it.',
    },
  },
  ltvToCac: {
    formula: { ja: 'LTV ÷ CAC', en: 'LTV ÷ CAC' },
    reading: {
      ja: '獲得にかけた費用の何倍の粗利を回収できる見込みかを表します。3倍以上がひとつの目安とされます。',
      en: 'How many times over a customer’s gross profit repays what it cost to win them; 3 or more is a common rule of thumb.',
    },
    pitfall: {
      ja: 'ここでの CAC はタブの費用だけなので、人件費を含めた実際の倍率はこれより低くなります。',
      en: 'The CAC here leaves out salaries, so the real ratio is lower.',
    },
  },
  stepConversion: {
    formula: {
      ja: 'この段階の件数 ÷ ひとつ前の段階の件数（広告ファネルのクリックの行はクリック率（CTR））',
      en: 'This stage’s count ÷ the previous stage’s count (on the ad funnel’s clicks row: the CTR)',
    },
    reading: {
      ja: 'ファネルのどこで多く離脱しているかが分かります。いちばん低い段階が改善の第一候補です。',
      en: 'Shows where the funnel leaks; the lowest step is the first place to improve.',
    },
    pitfall: {
      ja: 'クリックとセッションのように数える対象が違う段階のあいだでは計算していません。発生日ベースの集計では 100% を超えることがあります。',
      en: 'Not computed between stages that count different things (clicks and sessions, for example). Counted by event date, it can exceed 100%.',
    },
  },
  conversionFromLeads: {
    formula: { ja: 'この段階の件数 ÷ リード数', en: 'This stage’s count ÷ leads' },
    reading: {
      ja: 'リード100件のうち何件がこの段階まで進んだかを表します。',
      en: 'How many of every hundred leads reached this stage.',
    },
    pitfall: {
      ja: '直近のリードはまだ先の段階に進んでいないことが多く、低めに出ます。',
      en: 'Recent leads have often not progressed yet, which pulls it down.',
    },
  },
  costPerStage: {
    formula: { ja: '費用 ÷ この段階の件数（クリックの行だけは広告費（クリック計測分）÷ クリック数 = CPC）', en: 'Cost ÷ this stage’s count (on the clicks row, ad cost with clicks ÷ clicks = CPC)' },
    reading: {
      ja: 'その段階の1件を得るのにかかった費用です。広告ファネルのクリックはクリックのある広告の費用で割った CPC、営業ファネルは費用の合計で割った値（リードなら CPL、受注なら CAC）です。',
      en: 'What one item at this stage cost. In the ad funnel, clicks are divided into the cost of the ads with clicks (CPC); in the sales funnel, all cost is divided (CPL for leads, CAC for wins).',
    },
    pitfall: {
      ja: '営業ファネルでは費用が入っていないチャネル（自然検索など）の成果も分母に入るため、広告だけの単価より安く見えます。',
      en: 'In the sales funnel, results from channels without cost (organic search, say) are in the denominator, so it looks cheaper than paid-only figures.',
    },
  },
  leadsChange: {
    formula: { ja: '（当月のリード数 − 前月のリード数）÷ 前月のリード数', en: '(this month’s leads − last month’s) ÷ last month’s' },
    reading: {
      ja: 'リードが前の月からどれだけ増えたか（↑ +）、減ったか（↓ −）を表します。',
      en: 'How much lead volume grew (↑ +) or shrank (↓ −) since the month before.',
    },
    pitfall: {
      ja: '件数の少ない月は大きく振れます。季節の影響もあるため、前年の同じ月とも見比べてください。',
      en: 'Small months swing wildly, and seasons matter; compare with the same month last year too.',
    },
  },
  opportunityRateChange: {
    formula: {
      ja: '当月の商談化率 − 前月の商談化率（pt）',
      en: 'This month’s opportunity rate − last month’s, in percentage points (pt)',
    },
    reading: {
      ja: '商談化率が前の月より何ポイント上がったか（↑ +）、下がったか（↓ −）を表します。',
      en: 'How many percentage points the opportunity rate rose (↑ +) or fell (↓ −) against the month before.',
    },
    pitfall: {
      ja: '集計途中（暫定）の月はリードがまだ商談に進む途中なので、下がって見えやすくなります。',
      en: 'Provisional months tend to look like a drop, because their leads are still on their way.',
    },
  },
  previousPeriod: {
    formula: {
      ja: '直前の同じ長さの期間に起きた件数・金額（発生日ベース。データがその期間を含むときだけ）',
      en: 'What happened in the period just before, of the same length, by event date (only when the data covers it)',
    },
    reading: {
      ja: '今期の発生日ベースの実績と比べる基準です。集計方法がコホートでも、両方の期間を発生日で数えます。',
      en: 'What this period’s event-date actuals are compared with; both periods are counted by event date, even in the cohort view.',
    },
    pitfall: {
      ja: 'コホートで比べると、集計途中（暫定）の月を含む今期が、集計の済んだ前期間より低く見えてしまいます。そのため発生日で比べています。',
      en: 'Compared as cohorts, a period with provisional months would look worse than a complete one; that is why both are counted by event date.',
    },
  },
  periodChange: {
    formula: {
      ja: '件数・金額は（今期 − 前期間）÷ 前期間、率は 今期 − 前期間（pt）。どちらも発生日ベース',
      en: 'Counts and money: (this period − previous) ÷ previous; rates: this period − previous, in points (pt); both by event date',
    },
    reading: {
      ja: '↑ + は増加、↓ − は減少です（▲ はマイナスの意味で使われることが多いため使っていません）。悪化（リードや率の低下、CPL・CAC の上昇）は赤、改善は緑で示します。',
      en: '↑ + is a rise, ↓ − a fall; changes for the worse show red, for the better green.',
    },
    pitfall: {
      ja: '件数が少ないと大きく振れます。季節の影響もあるため前年同期とも比べてください。',
      en: 'Small numbers swing widely, and seasons matter; compare with a year earlier too.',
    },
  },
  target: {
    formula: { ja: '目標タブに入力された月ごとの目標値', en: 'The monthly target from the targets tab' },
    reading: { ja: '実績を比べる基準です。', en: 'The yardstick the actual figure is measured against.' },
    pitfall: {
      ja: '目標タブで指標名を読み取れない行は使われません。サイドバーの「確認が必要な点」を見てください。',
      en: 'Rows whose metric name could not be recognised are not used; check the warnings in the sidebar.',
    },
  },
  eventDateActual: {
    formula: {
      ja: 'その月（または期間）に起きた件数・金額（各段階に進んだ日で数えます）',
      en: 'What happened in the month (or period), each stage counted on the day it happened',
    },
    reading: {
      ja: '目標は「いつ起きたか」で立てるため、コホートでも発生日で数えて目標や前期間と比べます。',
      en: 'Targets are set by when things happen, so even the cohort view compares event-date counts with targets and the previous period.',
    },
    pitfall: {
      ja: 'コホートの表の件数とは一致しません。',
      en: 'It differs from the cohort table’s counts.',
    },
  },
  attainment: {
    formula: { ja: '実績（発生日ベース）÷ 目標', en: 'Actual by event date ÷ target' },
    reading: {
      ja: '100% で目標どおりです。80% 未満は赤、80〜100% は黄、100% 以上は緑で示します。',
      en: '100% means the target was met exactly. Below 80% shows red, 80–100% amber, 100% and above green.',
    },
    pitfall: {
      ja: '「前年からの増加分」を目標にしている場合は、増加分どうしで比べないと達成率の意味が変わります。',
      en: 'If the target is a growth increment, compare increments with increments, or the percentage means something else.',
    },
  },
  immature: {
    formula: {
      ja: '月末から基準日までの日数が、リードから受注までの日数の中央値（算出できないときは90日）に満たない月',
      en: 'A month whose end is closer to the as-of date than the median lead-to-win days (90 days when unknown)',
    },
    reading: {
      ja: 'その月のリードはまだ受注まで進む途中です。率はこれから上がる見込みです。',
      en: 'That month’s leads are still on their way; its rates are likely to rise.',
    },
    pitfall: {
      ja: '集計途中の月の率を、集計が済んだ月と並べて「悪化した」と判断しないでください。',
      en: 'Do not read a provisional month’s lower rates as a decline against complete months.',
    },
  },
  projection: {
    formula: {
      ja: 'これまでの件数 ＋ リード数 × 済んだ月の最終転換率 ×（1 − 済んだ月が同じ経過日数までに達した割合）',
      en: 'count so far + leads × the complete months’ final rate × (1 − the share they had reached at the same age)',
    },
    reading: {
      ja: '集計途中の月が最終的に何件の商談・受注になるかの見込みです。下限と上限は、最も早く・遅く進んだ過去の月の進み方に、これから決まる件数の偶然のぶれ（95%）を加えた幅です。新しい月ほど幅が広くなります。',
      en: 'How many opportunities and wins a provisional month is likely to end with; low and high follow the fastest and slowest complete month, widened by chance (95 %) in what is still to come, so the youngest months have the widest range.',
    },
    pitfall: {
      ja: '今後も集計が済んだ過去の月と同じように進む、という前提の見込みです。実績には含めません。',
      en: 'It assumes the future behaves like the complete past months; it is never added to the actuals.',
    },
  },
  medianDays: {
    formula: {
      ja: '両方の日付がそろったリードについて、段階のあいだの日数を並べたときの中央値',
      en: 'The median number of days between two stages, over leads that have both dates',
    },
    reading: {
      ja: '一般的なリードが次の段階へ進むまでにかかる日数です。長い区間がボトルネックの候補です。',
      en: 'How long a typical lead takes to move on; the longest step is a candidate bottleneck.',
    },
    pitfall: {
      ja: '日付が入力されていないリードは含まれません。入力の習慣がある段階に偏ることがあります。',
      en: 'Leads without both dates are left out, which can bias it towards the stages people record diligently.',
    },
  },
  delivered: {
    formula: {
      ja: '届いたメールの数（配信成功数の列がなければ配信数）',
      en: 'Emails delivered (the sent count when there is no delivered column)',
    },
    reading: { ja: 'メールの各種の率の分母です。', en: 'The denominator of the email rates.' },
    pitfall: {
      ja: '配信数（送信数）で代用すると、届かなかったメールの分だけ率が低く出ます。',
      en: 'Using sent instead of delivered lowers every rate by the bounced emails.',
    },
  },
  opens: {
    formula: { ja: 'メールタブの開封数の合計', en: 'Sum of opens over the email tabs' },
    reading: { ja: 'メールが開かれた数です。', en: 'How many emails were opened.' },
    pitfall: {
      ja: 'Apple のメールプライバシー保護などで実際より多く記録されることがあります。',
      en: 'Privacy features such as Apple Mail Privacy Protection record opens that never happened.',
    },
  },
  emailClicks: {
    formula: { ja: 'メールタブのクリック数の合計', en: 'Sum of clicks over the email tabs' },
    reading: { ja: 'メール内のリンクが押された数です。', en: 'How many times links in the email were clicked.' },
    pitfall: {
      ja: 'セキュリティ製品がリンクを自動で確認し、クリックとして数えられることがあります。',
      en: 'Security scanners that follow links can be counted as clicks.',
    },
  },
  openRate: {
    formula: { ja: '開封数 ÷ 配信成功数', en: 'Opens ÷ delivered' },
    reading: {
      ja: '件名や送信者名で興味を引けたかを表します。',
      en: 'Whether the subject line and sender made people open the email.',
    },
    pitfall: {
      ja: 'プライバシー保護機能で多めに、画像をブロックする設定で少なめに出ます。傾向を見る目安にとどめましょう。',
      en: 'Privacy features inflate it and image blocking deflates it; use it for trends, not absolutes.',
    },
  },
  clickRate: {
    formula: { ja: 'クリック数 ÷ 配信成功数', en: 'Clicks ÷ delivered' },
    reading: {
      ja: '届いたメールのうち、リンクが押された割合です。',
      en: 'The share of delivered emails whose links were clicked.',
    },
    pitfall: {
      ja: '製品によっては「クリック ÷ 開封」をクリック率と呼びます。比べる前に分母を確かめてください。',
      en: 'Some tools call clicks ÷ opens the click rate; check the denominator before comparing.',
    },
  },
  clickToOpenRate: {
    formula: { ja: 'クリック数 ÷ 開封数', en: 'Clicks ÷ opens' },
    reading: {
      ja: '開いた人のうち、本文を読んでリンクを押した割合で、本文の出来を表します。',
      en: 'Of those who opened, the share who clicked: a measure of the email’s content.',
    },
    pitfall: {
      ja: '開封数が水増しされると低く出ます。開封率と一緒に見てください。',
      en: 'Inflated opens push it down; read it together with the open rate.',
    },
  },
  grossMargin: {
    formula: { ja: '設定で入力した前提値', en: 'An assumption you entered in the settings' },
    reading: {
      ja: '受注金額のうち粗利として残る割合です。LTV の計算に使います。',
      en: 'The share of revenue left as gross profit; used for LTV.',
    },
    pitfall: {
      ja: '会社全体の粗利率と、この商材の粗利率は違うことがあります。',
      en: 'The company-wide margin may differ from the margin of what these leads buy.',
    },
  },
  expectedPurchases: {
    formula: { ja: '設定で入力した前提値', en: 'An assumption you entered in the settings' },
    reading: {
      ja: '顧客1社が取引期間を通じて購入する回数の見込みです。LTV の計算に使います。',
      en: 'How many times you expect one customer to buy over the relationship; used for LTV.',
    },
    pitfall: {
      ja: '解約や離反を考えずに大きな値を入れると、LTV が実態より大きくなります。',
      en: 'A large value that ignores churn inflates LTV.',
    },
  },
};
