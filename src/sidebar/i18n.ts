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
  'app.skipToGenerate': { ja: '「ファネルレポートを作成」へ移動', en: 'Skip to "Generate funnel report"' },

  'status.saving': { ja: '設定を保存しています…', en: 'Saving your setup…' },
  'status.saved': { ja: '設定を保存しました。', en: 'Setup saved.' },
  'status.sampleInserted': {
    ja: 'サンプルデータのタブを追加しました。「ファネルレポートを作成」を押してみてください。',
    en: 'Sample data tabs added. Now press "Generate funnel report".',
  },
  'status.translating': { ja: '結果を日本語で表示し直しています…', en: 'Showing the result in English…' },

  'tabs.heading': { ja: 'データタブ', en: 'Data tabs' },
  'tabs.intro': { ja: '元のタブは読み取るだけで、書き換えません。', en: 'Your tabs are only read, never changed.' },
  'tabs.none': {
    ja: 'データタブが見つかりません。広告費やリードのデータをタブに貼り付けてから「再読み込み」を押してください。',
    en: 'No data tabs found. Paste your ad spend or lead data into a tab, then press Reload.',
  },
  'tabs.attention': { ja: '確認が必要なタブ（{count}）', en: 'Tabs to check ({count})' },
  'tabs.summaryAllReady': { ja: '{count}タブを読み取りました：すべて使用できます', en: 'Read {count} tabs: all ready to use' },
  'tabs.summaryReady': { ja: '{count}タブを読み取りました：{ready}タブを使用できます', en: 'Read {count} tabs: {ready} ready to use' },
  'tabs.summaryOthersReady': { ja: 'ほかの{count}タブ：すべて使用できます', en: 'The other {count} tabs: all ready to use' },
  'tabs.summaryOthers': { ja: 'ほかの{count}タブ：{ready}タブを使用できます', en: 'The other {count} tabs: {ready} ready to use' },
  'tabs.summaryUnused': { ja: '、{count}タブは使いません', en: ', {count} not used' },
  'tabs.rows': { ja: '{count}行', en: 'Rows: {count}' },
  'tabs.meta': { ja: '{rows}・{detail}', en: '{rows} · {detail}' },
  'tabs.kind': { ja: 'データの種類', en: 'Data kind' },
  'tabs.kindNotUsed': { ja: '使わない', en: 'Not used' },
  'tabs.detected': { ja: '自動判定: {kind}（信頼度: {confidence}）', en: 'Detected: {kind} ({confidence} confidence)' },
  'tabs.notDetected': { ja: '種類を自動では判定できませんでした。', en: 'The kind could not be detected.' },
  'tabs.closest': {
    ja: 'いちばん近いのは{kind}データですが、必須の列（{fields}）が見つかりません。',
    en: 'It is closest to {kind} data, but the required {fields} column is not there.',
  },
  'tabs.noKnownHeader': {
    ja: '知っている見出し（日付、費用、作成日など）が1つもありません。',
    en: 'None of its headers is one we know (such as Date, Cost or Create Date).',
  },
  'tabs.chooseKind': {
    ja: 'データの種類を選ぶと、その種類の列を自動で対応づけます。',
    en: 'Choose a data kind and its columns are matched automatically.',
  },
  'tabs.headersFound': { ja: '見つかった見出し（{row}行目）', en: 'Headers found (row {row})' },
  'tabs.emptyTab': { ja: '空のタブです。', en: 'The tab is empty.' },
  'tabs.statusReady': { ja: '使用できます', en: 'Ready' },
  'tabs.statusMissing': { ja: '必須の列が足りません', en: 'Required columns missing' },
  'tabs.statusUnused': { ja: '集計に使いません', en: 'Not used' },
  'tabs.statusUnknown': { ja: '種類を選んでください', en: 'Choose a kind' },
  'tabs.statusEmpty': { ja: '空のタブ', en: 'Empty' },
  'tabs.showMapping': { ja: '列の対応づけを表示', en: 'Show column mapping' },
  'tabs.hideMapping': { ja: '列の対応づけを閉じる', en: 'Hide column mapping' },

  'confidence.high': { ja: '高', en: 'high' },
  'confidence.medium': { ja: '中', en: 'medium' },
  'confidence.low': { ja: '低', en: 'low' },

  'mapping.heading': { ja: '列の対応づけ: {tab}', en: 'Column mapping: {tab}' },
  'mapping.intro': {
    ja: '各項目に使う列を選びます。「自動」は見出しから自動で選んだ列です。',
    en: 'Choose the column for each item. "Auto" marks a column matched from its header.',
  },
  'mapping.required': { ja: '必須', en: 'Required' },
  'mapping.auto': { ja: '自動', en: 'Auto' },
  'mapping.none': { ja: '（なし）', en: '(none)' },
  'mapping.column': { ja: '{letter}列: {label}', en: '{letter}: {label}' },
  'mapping.columnSamples': { ja: '{column}（{samples}）', en: '{column} ({samples})' },
  'mapping.chosen': { ja: '{letter}列「{label}」', en: 'Column {letter} "{label}"' },
  'mapping.samples': { ja: '例: {samples}', en: 'e.g. {samples}' },
  'mapping.noSamples': { ja: '値なし（先頭の行は空欄）', en: 'no values (the first rows are blank)' },
  'mapping.notChosen': { ja: '列を選んでいません。', en: 'No column chosen.' },
  'mapping.blankHeader': { ja: '（見出しなし）', en: '(no header)' },
  'mapping.moreFields': { ja: 'ほかの項目（{count}）', en: 'More items ({count})' },
  'mapping.missingIntro': { ja: '{kind}データとして使うには、次の列を選んでください。', en: 'To use this tab as {kind} data, choose:' },
  'mapping.missingField': { ja: '「{field}」の列', en: 'the "{field}" column' },
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
  'settings.viewPeriod': { ja: '発生日ベース（各段階に進んだ日で数える）', en: 'Event date (by the day each stage happened)' },
  'settings.viewPeriodHelp': {
    ja: '商談化や受注を、それが起きた日で数えます。率が100%を超えることがあります。',
    en: 'Counts each stage on the date it happened; rates can exceed 100%.',
  },
  'settings.currency': { ja: '通貨', en: 'Currency' },
  'settings.ltv': { ja: 'LTV（顧客生涯価値）', en: 'LTV (customer lifetime value)' },
  'settings.ltvHelp': {
    ja: '両方を入力すると、LTV と LTV/CAC を計算します。未入力のままなら計算せず、レポートにその理由を書きます。',
    en: 'Fill in both to get LTV and LTV/CAC. Left empty, they are not computed and the report says why.',
  },
  'settings.notSet': { ja: '未入力', en: 'Not set' },
  'settings.notSetAutomatic': { ja: '未入力（自動で決めます）', en: 'Not set (chosen automatically)' },
  'settings.grossMargin': { ja: '粗利率', en: 'Gross margin' },
  'settings.grossMarginHelp': {
    ja: '70%・70・0.7 はどれも 70% です（% のない 1 以下の数は割合）。',
    en: '70%, 70 and 0.7 all mean 70% (without %, a number up to 1 is a fraction).',
  },
  'settings.expectedPurchases': { ja: '1顧客あたりの想定購入回数', en: 'Expected purchases per customer' },
  'settings.scoreBands': { ja: 'リードスコアの区切り', en: 'Lead score bands' },
  'settings.scoreBandsHelp': {
    ja: '各帯の下限をカンマ区切りで入力します（例: 0, 20, 40, 60, 80）。未入力なら自動で決めます。',
    en: 'The lower bound of each band, separated by commas (e.g. 0, 20, 40, 60, 80). Leave blank to choose automatically.',
  },
  'settings.errorYears': {
    ja: '期間は1900年〜2200年の日付で入力してください。',
    en: 'Enter days in the years 1900–2200.',
  },
  'settings.errorOrder': {
    ja: '開始日が終了日より後になっています。開始日を終了日以前の日付にしてください。',
    en: 'The start date is after the end date. Choose a start date on or before the end date.',
  },
  'settings.errorGrossMargin': {
    ja: '粗利率は 0 より大きく 100% 以下で入力してください（例: 70%）。',
    en: 'Enter a gross margin above 0 and at most 100% (e.g. 70%).',
  },
  'settings.errorExpectedPurchases': {
    ja: '想定購入回数は 0 より大きい数で入力してください（例: 3）。',
    en: 'Enter expected purchases above 0 (e.g. 3).',
  },
  'settings.moreShow': { ja: '目標・スコアの区切りを表示', en: 'Show target and score bands' },
  'settings.moreHide': { ja: '目標・スコアの区切りを隠す', en: 'Hide target and score bands' },
  'settings.target': { ja: '目標逆算: 目標の受注金額', en: 'Plan: target revenue' },
  'settings.targetHelp': {
    ja: '未入力なら目標タブの受注金額を使います。',
    en: 'Left empty, the targets tab’s revenue is used.',
  },
  'settings.errorTarget': { ja: '0 より大きい金額で入力してください（例: 8400万）。', en: 'Enter an amount above 0 (e.g. 84,000,000).' },
  'settings.errorScoreBands': {
    ja: '数値を小さい順に、カンマ区切りで入力してください（例: 0, 20, 40）。',
    en: 'Enter numbers in ascending order, separated by commas (e.g. 0, 20, 40).',
  },

  'generate.button': { ja: 'ファネルレポートを作成', en: 'Generate funnel report' },
  'generate.help': {
    ja: 'レポートのシートを書き出します（前回のレポートのシートは置き換わります）。',
    en: 'Writes the report sheets (replacing those of an earlier run).',
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
  'result.periodUndated': { ja: '期間: なし（日付のある行がないため、全行を集計）', en: 'Period: none (no dated rows, so every row is counted)' },
  'result.period': { ja: '期間: {from} 〜 {to}（基準日: {asOf}）', en: 'Period: {from} to {to} (as of {asOf})' },
  'result.kpis': { ja: '主要KPI', en: 'Headline KPIs' },
  'result.sheets': { ja: '作成したシート（{count}）', en: 'Sheets written ({count})' },
  'result.notes': { ja: '計算していない指標', en: 'Not computed' },
  'result.sheetsLanguage': {
    ja: 'レポートのシートは英語で作成されています。日本語のシートにするには、もう一度作成してください。',
    en: 'The report sheets were written in Japanese. Generate again for English sheets.',
  },
  'result.repeated': { ja: '（同じ内容が{count}件）', en: ' ({count} times)' },
  'result.openSummary': { ja: '「{sheet}」シートを開く', en: 'Open the "{sheet}" sheet' },
  'result.warnings': { ja: '確認が必要な点（{count}件）', en: 'Warnings ({count})' },
  'result.noWarnings': { ja: '確認が必要な点はありません。', en: 'No warnings.' },
  'result.warningRow': { ja: '{tab}・{row}行目', en: '{tab}, row {row}' },

  'channels.heading': { ja: 'チャネルの対応づけ', en: 'Channel mapping' },
  'channels.headingCount': { ja: '{heading}（{count}件）', en: '{heading} ({count})' },
  'channels.intro': {
    ja: 'チャネルごとに、どのグループで集計するかを選べます。変えたいものだけ選び直してください。次に作成するレポートから反映されます。',
    en: 'Choose the group each channel is counted in. Change only the ones you want; the next report you generate uses them.',
  },
  'channels.notYet': {
    ja: 'レポートを作成すると、データに出てくるチャネルがここに並びます。',
    en: 'Generate the report once to list the channels in your data here.',
  },
  'channels.detail': { ja: '{rows}行・{rule}', en: '{rows} rows · {rule}' },
  'channels.groupFor': { ja: '「{channel}」のグループ', en: 'Group for "{channel}"' },
  'channels.reset': { ja: '自動に戻す', en: 'Reset' },
  'channels.resetFor': { ja: '「{channel}」の対応づけを自動に戻す', en: 'Reset the mapping of "{channel}"' },
  'channels.resetPending': { ja: '次の作成で自動の判定に戻ります。', en: 'Back to the automatic group from the next report.' },
  'channels.changed': { ja: '次の作成で「{group}」に入ります。', en: 'Counted in {group} from the next report.' },
  'channels.more': {
    ja: 'ほか{count}件のチャネルは、レポートの「チャネル別」シートの「チャネル名の点検」にあります。',
    en: '{count} more channels are listed under "Channel names check" on the By channel sheet.',
  },
  'channels.tooMany': {
    ja: '対応づけは{max}件まで保存できます。使わないものを自動に戻してください。',
    en: 'At most {max} mappings can be saved. Reset the ones you no longer need.',
  },
  'attributes.heading': { ja: '属性として集計する列', en: 'Attribute columns' },
  'attributes.help': {
    ja: '業種・従業員数・役職・キャンペーンなどの列は自動で集計します。ほかにも「属性別」シートで見たいリードの列があれば選んでください。',
    en: 'Industry, company size, job title, campaign and similar columns are broken down automatically. Pick any other leads column to see on the By attribute sheet.',
  },
  'attributes.none': { ja: 'リードのタブにほかの列はありません。', en: 'The leads tabs have no other columns.' },

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
