/**
 * Every string the sidebar itself shows, in Japanese and English. Labels of kinds and fields, missing
 * columns and warnings come from the server already in the user's language. `{name}` marks a value
 * filled in by {@link t}; values are inserted as text, never as markup.
 */
import type { Language } from '../core/model/types';
import { fillTemplate, type Bilingual, type MessageParams } from '../core/text/translate';

export const MESSAGES = {
  'app.title': { ja: 'ファネルKPI', en: 'Funnel KPI' },
  'app.languageGroup': { ja: '表示言語', en: 'Language' },
  'app.languageJa': { ja: '日本語', en: '日本語' },
  'app.languageEn': { ja: 'English', en: 'English' },
  'app.reload': { ja: '再読み込み', en: 'Reload' },
  'app.reloadHelp': {
    ja: 'タブを追加・変更したあとに押すと、最新の内容を読み直します。',
    en: 'Reads the tabs again after you add or change them.',
  },
  'app.loading': { ja: '読み込んでいます…', en: 'Loading…' },
  'app.dismiss': { ja: '閉じる', en: 'Dismiss' },

  'status.saving': { ja: '設定を保存しています…', en: 'Saving your setup…' },
  'status.saved': { ja: '設定を保存しました。', en: 'Setup saved.' },
  'status.sampleInserted': {
    ja: 'サンプルデータのタブを追加しました。下の「ファネルレポートを作成」を押してみてください。',
    en: 'Sample data tabs added. Now press "Generate funnel report" below.',
  },

  'tabs.heading': { ja: 'データタブ', en: 'Data tabs' },
  'tabs.intro': {
    ja: '読み取るタブと、それぞれのデータの種類を確認してください。元のタブは読み取るだけで、書き換えません。',
    en: 'Check which tabs are read and what each one holds. Your tabs are only read, never changed.',
  },
  'tabs.none': {
    ja: 'データタブが見つかりません。広告費やリードのデータをタブに貼り付けてから「再読み込み」を押してください。',
    en: 'No data tabs found. Paste your ad spend or lead data into a tab, then press Reload.',
  },
  'tabs.rows': { ja: '{count}行', en: 'Rows: {count}' },
  'tabs.kind': { ja: 'データの種類', en: 'Data kind' },
  'tabs.kindNotUsed': { ja: '使わない', en: 'Not used' },
  'tabs.detected': { ja: '自動判定: {kind}（信頼度: {confidence}）', en: 'Detected: {kind} ({confidence} confidence)' },
  'tabs.notDetected': { ja: '種類を自動では判定できませんでした。', en: 'The kind could not be detected.' },
  'tabs.statusReady': { ja: '使用できます', en: 'Ready' },
  'tabs.statusMissing': { ja: '必須の列が足りません', en: 'Required columns missing' },
  'tabs.statusUnused': { ja: '集計に使いません', en: 'Not used' },
  'tabs.showMapping': { ja: '列の対応づけを表示', en: 'Show column mapping' },
  'tabs.hideMapping': { ja: '列の対応づけを閉じる', en: 'Hide column mapping' },

  'confidence.high': { ja: '高', en: 'high' },
  'confidence.medium': { ja: '中', en: 'medium' },
  'confidence.low': { ja: '低', en: 'low' },

  'mapping.heading': { ja: '列の対応づけ: {tab}', en: 'Column mapping: {tab}' },
  'mapping.intro': {
    ja: '各項目に、タブのどの列を使うかを選びます。',
    en: 'Choose which column of the tab holds each item.',
  },
  'mapping.required': { ja: '必須', en: 'Required' },
  'mapping.none': { ja: '（なし）', en: '(none)' },
  'mapping.column': { ja: '{letter}列: {label}', en: '{letter}: {label}' },
  'mapping.blankHeader': { ja: '（見出しなし）', en: '(no header)' },
  'mapping.missingIntro': { ja: 'このタブを使うには、次の対応づけが必要です。', en: 'To use this tab:' },
  'mapping.missingField': { ja: '「{field}」の列を選んでください。', en: 'Choose the column for "{field}".' },
  'mapping.channel': { ja: 'チャネル名', en: 'Channel name' },
  'mapping.statedPeriod': {
    ja: '日付の列はありませんが、見出し行に書かれた期間（{from}〜{to}）の実績として、合計とチャネル別に数えます（月別には入りません）。',
    en: 'No day column: the rows count for the period the header lines state ({from} to {to}), in the totals and by channel (not by month).',
  },
  'mapping.channelHelp': {
    ja: 'このタブにはチャネルの列がないため、すべての行をこのチャネルとして集計します。空欄ならタブ名を使います。',
    en: 'This tab has no channel column, so every row counts toward this channel. Blank uses the tab name.',
  },
  'mapping.wide': {
    ja: '横長の表（月の列と、指標ごとの列）として読み取ります。',
    en: 'Read as a wide table: a month column plus one column per metric.',
  },
  'mapping.notUsed': {
    ja: 'このタブは集計に使いません。使う場合は「データの種類」を選んでください。',
    en: 'This tab is not used. Choose a data kind to use it.',
  },

  'settings.heading': { ja: '集計の設定', en: 'Report settings' },
  'settings.period': { ja: '集計期間', en: 'Period' },
  'settings.from': { ja: '開始日', en: 'From' },
  'settings.to': { ja: '終了日', en: 'To' },
  'settings.periodHelp': {
    ja: '空欄の場合は、データにある最初の日から最後の日までを集計します。',
    en: 'Leave blank to cover every date in your data.',
  },
  'settings.view': { ja: '集計方法', en: 'View' },
  'settings.viewCohort': { ja: 'コホート（リードの作成日で数える）', en: 'Cohort (by lead creation date)' },
  'settings.viewCohortHelp': {
    ja: '期間内に作成されたリードが、その後どの段階まで進んだかを数えます。',
    en: 'Counts the leads created in the period and how far each one got.',
  },
  'settings.viewPeriod': { ja: '期間（発生日で数える）', en: 'Period (by event date)' },
  'settings.viewPeriodHelp': {
    ja: '商談化や受注を、それが起きた日で数えます。率が100%を超えることがあります。',
    en: 'Counts each stage on the date it happened; rates can exceed 100%.',
  },
  'settings.currency': { ja: '通貨', en: 'Currency' },
  'settings.ltv': { ja: 'LTV（顧客生涯価値）', en: 'LTV (customer lifetime value)' },
  'settings.ltvHelp': {
    ja: '両方を入力すると、LTV と LTV/CAC を計算します。',
    en: 'Fill in both to get LTV and LTV/CAC.',
  },
  'settings.grossMargin': { ja: '粗利率（%）', en: 'Gross margin (%)' },
  'settings.expectedPurchases': { ja: '1顧客あたりの想定購入回数', en: 'Expected purchases per customer' },
  'settings.scoreBands': { ja: 'リードスコアの区切り', en: 'Lead score bands' },
  'settings.scoreBandsHelp': {
    ja: '各帯の下限をカンマ区切りで入力します（例: 0, 20, 40, 60, 80）。空欄なら自動で決めます。',
    en: 'The lower bound of each band, separated by commas (e.g. 0, 20, 40, 60, 80). Leave blank to choose automatically.',
  },
  'settings.errorOrder': {
    ja: '開始日が終了日より後になっています。開始日を終了日以前の日付にしてください。',
    en: 'The start date is after the end date. Choose a start date on or before the end date.',
  },
  'settings.errorGrossMargin': {
    ja: '粗利率は 0 より大きく 100 以下の数で入力してください（例: 70）。',
    en: 'Enter a gross margin above 0 and at most 100 (e.g. 70).',
  },
  'settings.errorExpectedPurchases': {
    ja: '想定購入回数は 0 より大きい数で入力してください（例: 3）。',
    en: 'Enter expected purchases above 0 (e.g. 3).',
  },
  'settings.errorScoreBands': {
    ja: '数値を小さい順に、カンマ区切りで入力してください（例: 0, 20, 40）。',
    en: 'Enter numbers in ascending order, separated by commas (e.g. 0, 20, 40).',
  },

  'generate.button': { ja: 'ファネルレポートを作成', en: 'Generate funnel report' },
  'generate.help': {
    ja: 'レポート用のシートを書き出します。前回作成したレポートのシートは、新しい内容に置き換わります。',
    en: 'Writes the report sheets. Report sheets from an earlier run are replaced.',
  },
  'generate.running': { ja: 'レポートを作成しています…（{seconds}秒）', en: 'Generating the report… ({seconds} s)' },
  'generate.noUsableTab': {
    ja: '使用できるデータタブがまだありません。タブの種類と必須の列を選ぶか、サンプルデータを挿入してください。',
    en: 'No data tab is ready yet. Choose a kind and the required columns for a tab, or insert the sample data.',
  },
  'generate.fixSettings': {
    ja: '集計の設定に修正が必要な項目があります（赤字の項目）。',
    en: 'Some report settings need fixing (shown in red).',
  },

  'result.heading': { ja: 'レポートを作成しました', en: 'Report ready' },
  'result.period': { ja: '期間: {from} 〜 {to}（基準日: {asOf}）', en: 'Period: {from} to {to} (as of {asOf})' },
  'result.kpis': { ja: '主要KPI', en: 'Headline KPIs' },
  'result.sheets': { ja: '作成したシート', en: 'Sheets written' },
  'result.openSummary': { ja: '「{sheet}」シートを開く', en: 'Open the "{sheet}" sheet' },
  'result.warnings': { ja: '確認が必要な点（{count}件）', en: 'Warnings ({count})' },
  'result.noWarnings': { ja: '確認が必要な点はありません。', en: 'No warnings.' },
  'result.warningRow': { ja: '{tab}・{row}行目', en: '{tab}, row {row}' },

  'sample.heading': { ja: 'まずはサンプルデータで試してみましょう', en: 'Try it with sample data' },
  'sample.intro': {
    ja: '広告費・アクセス・リード・商談・目標・メールのサンプルタブを新しく追加します。今あるタブは変更しません。',
    en: 'Adds new sample tabs (ad spend, web traffic, leads, deals, targets, email). Your existing tabs are not changed.',
  },
  'sample.button': { ja: 'サンプルデータを挿入', en: 'Insert sample data' },
  'sample.running': { ja: 'サンプルデータを挿入しています…', en: 'Inserting sample data…' },
} as const satisfies Record<string, Bilingual>;

export type MessageKey = keyof typeof MESSAGES;

export type { MessageParams } from '../core/text/translate';
export { placeholders } from '../core/text/translate';

/**
 * The message for a key in a language, with `{name}` placeholders filled in (see `fillTemplate`).
 *
 * @example
 * t('ja', 'tabs.rows', { count: '1,200' })
 * //=> '1,200行'
 * t('en', 'result.warningRow', { tab: 'Leads', row: 12 })
 * //=> 'Leads, row 12'
 */
export function t(language: Language, key: MessageKey, params: MessageParams = {}): string {
  return fillTemplate(MESSAGES[key][language], params);
}
