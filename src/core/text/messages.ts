/**
 * Every sentence the server side says to a user — warnings, refusals, alerts — in Japanese and
 * English, in one table (the sidebar keeps its own in `src/sidebar/i18n.ts`). Callers pass a key
 * and the values of its `{placeholders}`; the compiler checks that every placeholder gets a value.
 * Messages say what is wrong, where, what was done about it, and how to fix it.
 *
 * Values are formatted by the caller (`formatCount`, `formatMoney`, `quoteValue`, `quoteLabel`), so
 * a template never decides how a number or a user's label looks.
 */
import type { Language } from '../model/types';
import { fillTemplate, type Bilingual } from './translate';

export const SERVER_MESSAGES = {
  // Where a problem is: prefixed to row-level parser warnings.
  'place.row': { ja: '「{tab}」{row}行目: ', en: '"{tab}" row {row}: ' },

  // What happened to a row or a value (appended to parser warnings).
  'outcome.rowSkipped': { ja: 'この行は集計から除外しました。', en: 'The row was skipped.' },
  'outcome.valueBlank': { ja: 'この値は空欄として扱いました。', en: 'The value was treated as blank.' },
  'outcome.valueKept': { ja: 'この値はそのまま集計に含めました。', en: 'The value was kept.' },
  'outcome.stageUndated': {
    ja: 'この段階には到達したものとして数え、日付は使いませんでした。',
    en: 'The stage counts as reached, without this date.',
  },

  // What a value that must not be quoted is (personal data never reaches a message).
  'value.email': { ja: 'メールアドレス', en: 'an e-mail address' },
  'value.phone': { ja: '電話番号', en: 'a phone number' },
  'value.postalCode': { ja: '郵便番号', en: 'a postal code' },
  'value.url': { ja: 'ウェブのURL', en: 'a URL' },
  'value.text': { ja: '{count}文字の文字列', en: 'text of {count} characters' },

  'parse.unreadableDate': {
    ja: '{place}{field}{value}は{reason}。{outcome}2025-04-01、2025/4/1、2025年4月1日のような形で入力してください。',
    en: '{place}{field} {value} {reason}. {outcome} Use a form such as 2025-04-01, 2025/4/1 or Apr 1, 2025.',
  },
  'parse.futureDate': {
    ja: '{place}{field}「{day}」は未来の日付です（今日は {today}）。{outcome}入力ミスがないか確認してください。',
    en: '{place}{field} "{day}" is in the future (today is {today}). {outcome} Check the date for a typo.',
  },
  'parse.unreadableNumber': {
    ja: '{place}{field}{value}は{problem}。{outcome}{fix}',
    en: '{place}{field} {value} {problem}. {outcome} {fix}',
  },
  'parse.missingRequired': {
    ja: '{place}{field}が空欄です。この行は集計から除外しました。値を入力するか、データの行でなければ削除してください。',
    en: '{place}{field} is blank. The row was skipped. Fill it in, or delete the row if it is not data.',
  },
  'parse.negativeCount': {
    ja: '{place}{field}{value}がマイナスです。{outcome}件数がマイナスになることはありません。値を確認してください。',
    en: '{place}{field} {value} is negative. {outcome} Counts cannot be negative; check the value.',
  },
  'parse.negativeAmountKept': {
    ja: '{place}{field}{value}がマイナスです。{outcome}返金や調整であれば問題ありません。',
    en: '{place}{field} {value} is negative. {outcome} This is fine for a refund or an adjustment.',
  },
  'parse.rateOutOfRange': {
    ja: '{place}{field}{value}は 0〜100% の範囲外です。この値は空欄として扱いました。0.45、45% のような形で入力してください。',
    en: '{place}{field} {value} is outside 0–100%. The value was treated as blank. Use a form such as 0.45 or 45%.',
  },
  'parse.unreadableDuration': {
    ja: '{place}{field}{value}は時間として読めません。この値は空欄として扱いました。秒数（83）、1:23、1分23秒のような形で入力してください。',
    en: '{place}{field} {value} is not a duration. The value was treated as blank. Use seconds (83), 1:23 or 1分23秒.',
  },
  'parse.unknownMetric': {
    ja: '{place}指標{value}はレポートで扱えない指標です。この行は集計から除外しました。リード数、MQL数、SQL数、商談数、受注数、受注金額、費用、セッション、表示回数、クリック数のいずれかにしてください。',
    en: '{place}metric {value} is not one the report can track. The row was skipped. Use one of: leads, MQL, SQL, opportunities, won, revenue, cost, sessions, impressions, clicks (or リード数, 商談数, 受注数, 受注金額, 費用 …).',
  },
  'parse.missingMetric': {
    ja: '{place}指標が空欄のため、この行は集計から除外しました。リード数、商談数、受注金額などの指標名を入力してください。',
    en: '{place}metric is blank, so the row was skipped. Enter a metric such as leads, opportunities or revenue.',
  },
  'parse.missingDelivered': {
    ja: '{place}配信成功数（または配信数）が空欄か読み取れないため、この行は集計から除外しました。件数を入力してください。',
    en: '{place}delivered (or sent) is blank or unreadable, so the row was skipped. Enter a count.',
  },
  'parse.unrecognisedFlags': {
    ja: '「{tab}」の{field}列に、読み取れない値が{count}行ありました（{examples}）。これらの行は、その段階に達していないものとして扱いました。○/×、はい/いいえ、1/0、または日付を入れてください。',
    en: '"{tab}", column {field}: {count} row(s) hold values that could not be read ({examples}). Those rows were counted as not having reached the stage. Use ○/×, yes/no, 1/0 or a date.',
  },
  'parse.unrecognisedStatuses': {
    ja: '「{tab}」の{field}列に、読み取れない値が{count}行ありました（{examples}）。これらの行はリードの段階として扱いました。リード、MQL、SQL、商談、受注、失注などの値にすると、段階が反映されます。',
    en: '"{tab}", column {field}: {count} row(s) hold values that could not be read ({examples}). Those rows were counted at the lead stage. Use values such as Lead, MQL, SQL, Opportunity, Won or Lost.',
  },
  'parse.unrecognisedDealStages': {
    ja: '「{tab}」の{field}列に、読み取れない値が{count}行ありました（{examples}）。これらの商談は進行中として扱いました。受注した商談は「受注」「成立」「Closed Won」、失注した商談は「失注」「Closed Lost」などの値にしてください。',
    en: '"{tab}", column {field}: {count} row(s) hold values that could not be read ({examples}). Those deals were counted as open. For closed deals, use values such as Closed Won / 受注 or Closed Lost / 失注.',
  },
  'parse.valueAtRow': { ja: '{value}{row}行目', en: '{value} (row {row})' },
  'parse.moreRows': {
    ja: '「{tab}」の{field}列では、ほかに{count}行で同じ問題がありました。',
    en: '"{tab}", column {field}: the same problem occurs in {count} more row(s).',
  },
  'parse.unusableTab': {
    ja: '「{tab}」タブは、{kind}データとして読むのに必要な列（{fields}）が選ばれていないため、読み込みませんでした。サイドバーの「列の対応づけ」で列を選んでください。',
    en: 'Tab "{tab}" was not read: the columns it needs as {kind} data ({fields}) are not mapped. Choose them under column mapping in the sidebar.',
  },
  'parse.missingTab': {
    ja: '「{tab}」タブが見つからないため、読み込みませんでした。タブ名を変えた場合は、サイドバーで新しい名前のタブを設定し直してください。',
    en: 'Tab "{tab}" was not found, so it was not read. If it was renamed, set up the renamed tab in the sidebar.',
  },
  'parse.dealsDatedByClose': {
    ja: '「{tab}」には作成日の列がないため、各商談を{column}列の日付で数えました（商談化の日も、クローズの日もこの日付です）。作成日の列があれば、サイドバーの「列の対応づけ」で選んでください。',
    en: '"{tab}" has no created-date column, so each deal is dated by its {column} column (the day it became an opportunity and the day it closed). If the tab has a created date, choose it under column mapping in the sidebar.',
  },
  'parse.wonDealList': {
    ja: '「{tab}」は作成日もステージもない受注一覧として読みました。各行を、{column}列の日付に受注した商談として数えています（商談化の日も同じ日付です）。',
    en: '"{tab}" was read as a list of won deals (no created date and no stage): each row is a deal won on its {column} date, which is also the day it became an opportunity.',
  },
  'parse.headerNotFound': {
    ja: '「{tab}」タブに見出し行（{row}行目）が見つからないため、読み込みませんでした。サイドバーで「再読み込み」を押し、このタブの設定を確認してください。',
    en: 'Tab "{tab}" has no header row at row {row}, so it was not read. Press Reload in the sidebar and check the setup of this tab.',
  },
  'parse.assumedDateOrder': {
    ja: '「{tab}」の{column}列の日付は、どれも日と月のどちらが先か値からは判別できないため、スプレッドシートの地域設定（{locale}）に合わせて「{order}」の順で読みました（{example} → {reading}）。違う場合は 2025-04-05 のような「年-月-日」の形に直してください。',
    en: '"{tab}", column {column}: no date in it shows whether the day or the month comes first, so they were read as {order}, the order of the spreadsheet locale ({locale}): {example} is {reading}. If that is wrong, write the dates as year-month-day, e.g. 2025-04-05.',
  },
  'dateOrder.dmy': { ja: '日/月/年', en: 'day/month/year' },
  'dateOrder.mdy': { ja: '月/日/年', en: 'month/day/year' },
  'dateOrder.ymd': { ja: '年/月/日', en: 'year/month/day' },

  'settings.notObject': {
    ja: '設定の形式が正しくありません。{ "view": "cohort" } のようなオブジェクトで指定してください。',
    en: 'Settings must be an object, such as { "view": "cohort" }.',
  },
  'settings.view': { ja: '集計方法（view）は "cohort" か "period" で指定してください。', en: 'view must be "cohort" or "period".' },
  'settings.language': { ja: '言語（language）は "ja" か "en" で指定してください。', en: 'language must be "ja" or "en".' },
  'settings.from': {
    ja: '開始日（from）は 2025-04-01 のような YYYY-MM-DD 形式の日付で指定してください（指定された値: {value}）。',
    en: 'from must be a date written YYYY-MM-DD, such as 2025-04-01 (got {value}).',
  },
  'settings.to': {
    ja: '終了日（to）は 2025-04-01 のような YYYY-MM-DD 形式の日付で指定してください（指定された値: {value}）。',
    en: 'to must be a date written YYYY-MM-DD, such as 2025-04-01 (got {value}).',
  },
  'settings.order': {
    ja: '開始日（from）が終了日（to）より後になっています。開始日は終了日と同じか、それより前の日付にしてください。',
    en: 'from is after to. Use a start date on or before the end date.',
  },
  'settings.currency': {
    ja: '通貨（currency）は JPY、USD のような3文字の通貨コードで指定してください。',
    en: 'currency must be a three-letter code such as JPY or USD.',
  },
  'settings.grossMargin': {
    ja: '粗利率（grossMargin）は 0 より大きく 1 以下の数（例: 0.7）で指定してください。',
    en: 'grossMargin must be a number above 0 and at most 1 (e.g. 0.7).',
  },
  'settings.expectedPurchases': {
    ja: '想定購入回数（expectedPurchases）は 0 より大きい数（例: 3）で指定してください。',
    en: 'expectedPurchases must be a number above 0 (e.g. 3).',
  },
  'settings.scoreBands': {
    ja: 'スコア帯（scoreBands）は小さい順に並べた数値（例: [0, 20, 40, 60, 80]）で指定してください。',
    en: 'scoreBands must be numbers in ascending order, e.g. [0, 20, 40, 60, 80].',
  },
  'settings.invalid': {
    ja: '集計の設定に誤りがあります。次の点を直してください。',
    en: 'Some report settings are not valid. Fix the following.',
  },
  'settings.periodStartUnreadable': {
    ja: '期間の開始日 (from) "{value}" を日付として読めません。YYYY-MM-DD 形式（例: 2025-04-01）で指定してください。',
    en: 'The period start (from) "{value}" is not a date. Write it as YYYY-MM-DD, e.g. 2025-04-01.',
  },
  'settings.periodEndUnreadable': {
    ja: '期間の終了日 (to) "{value}" を日付として読めません。YYYY-MM-DD 形式（例: 2025-04-01）で指定してください。',
    en: 'The period end (to) "{value}" is not a date. Write it as YYYY-MM-DD, e.g. 2025-04-01.',
  },

  'funnel.duplicateLeads': {
    ja: '同じリードの重複行が{count}行あったため、元のリードにまとめて数えました（リードIDが同じ行、リードIDがない行はメールアドレスが同じ行を重複とみなします）。',
    en: 'Merged {count} duplicate lead rows into the leads they repeat (same lead ID, or same email address for rows without a lead ID).',
  },
  'funnel.unlinkedDeal': {
    ja: 'このタブの商談1件が、どのリードとも結び付きません（{rows}行目）。リードIDまたはメールアドレスがリードのタブと一致しているか確認してください。集計方法が「コホート」の場合は集計に含めず、「期間」の場合は商談自身の日付とチャネルで集計します。',
    en: '1 deal in this tab matches no lead (row {rows}). Check that its lead ID or email matches the leads tab. The cohort view leaves it out; the period view counts it by its own dates and channel.',
  },
  'funnel.unlinkedDeals': {
    ja: 'このタブの商談{count}件が、どのリードとも結び付きません（{rows}行目{more}）。リードIDまたはメールアドレスがリードのタブと一致しているか確認してください。集計方法が「コホート」の場合は集計に含めず、「期間」の場合は商談自身の日付とチャネルで集計します。',
    en: '{count} deals in this tab match no lead (rows {rows}{more}). Check that their lead IDs or emails match the leads tab. The cohort view leaves them out; the period view counts them by their own dates and channels.',
  },
  // Which key linked each deals tab to the leads (sidebar result panel, CLI).
  'links.allLinked': {
    ja: '「{tab}」の商談{linked}件すべてを、{keys}でリードと結び付けました。',
    en: '"{tab}": every deal ({linked}) linked to leads by {keys}.',
  },
  'links.someLinked': {
    ja: '「{tab}」の商談{total}件のうち{linked}件を、{keys}でリードと結び付けました（残りの{unlinked}件はどのリードとも結び付きません）。',
    en: '"{tab}": {linked} of {total} deals linked to leads by {keys} (no lead for the other {unlinked}).',
  },
  'links.noneLinked': {
    ja: '「{tab}」の商談{unlinked}件は、どのリードとも結び付きませんでした。リードID・メールアドレスなど、リードのタブと共通の列があるか確認してください。',
    en: '"{tab}": none of its deals ({unlinked}) links to a lead. Check that it shares a lead ID, contact or e-mail column with the leads tab.',
  },
  'links.keyWithCount': { ja: '{key}（{count}件）', en: '{key} ({count})' },
  'funnel.periodViewWithoutLeads': {
    ja: 'リードのタブがない（商談だけの）ため、コホート集計（期間内に作成されたリードを追う集計）はできません。商談・受注・失注は「期間」集計で、商談は作成日、受注・失注はクローズ日に数えています。リードのタブを加えると、コホートで集計できます。',
    en: 'There is no leads tab (only deals), so there are no leads to follow as a cohort. Deals are counted in the period view: opportunities on the day they were created, wins and losses on the day they closed. Add a leads tab to see the cohort view.',
  },
  'funnel.unlinkedDealsMore': { ja: 'ほか{count}件', en: ' and {count} more' },
  'funnel.costWithoutLeads': {
    ja: '費用があるのにリードが0件のチャネルがあります: {channels}。広告とリードでチャネル名の表記が違っていないか確認してください。',
    en: 'Some channels have cost but no leads: {channels}. Check that the channel names are spelled the same in the ad and lead data.',
  },
  'funnel.leadsWithoutCost': {
    ja: 'リードがあるのに費用が0のチャネルがあります: {channels}。紹介や自然検索など費用のかからないチャネルなら問題ありません。そうでなければ、広告とリードでチャネル名の表記が違っていないか確認してください。',
    en: 'Some channels have leads but no cost: {channels}. That is expected for free channels (referrals, organic search); otherwise check that the channel names are spelled the same in the ad and lead data.',
  },

  'pipeline.emptyTab': { ja: '「{tab}」: 空のタブです。', en: '"{tab}": the tab is empty.' },
  'pipeline.noUsableRows': {
    ja: '「{tab}」: {kind}データとして読みましたが、使える行がありませんでした。サイドバーの「列の対応づけ」で、正しい列が選ばれているか確認してください。',
    en: '"{tab}": read as {kind} data, but no row could be used. Check the column mapping in the sidebar.',
  },
  'pipeline.noKnownHeader': {
    ja: '「{tab}」: 認識できる列名が見つかりませんでした（見出し: {headers}）。1行目に「日付」「費用」「作成日」などの見出しを入れてください。',
    en: '"{tab}": no known column header found (headers: {headers}). Put headers such as "Date", "Cost" or "Create Date" in the first row.',
  },
  'pipeline.noHeaders': { ja: 'なし', en: 'none' },
  'pipeline.missingRequired': {
    ja: '「{tab}」: {kind}データのようですが、必須の{fields}列が見つかりません。列を追加するか、サイドバーの「列の対応づけ」で選んでください。',
    en: '"{tab}": looks like {kind} data but has no {fields} column, which is required. Add the column, or choose it under column mapping in the sidebar.',
  },
  'pipeline.noTabs': { ja: 'タブが1つもありません。', en: 'The workbook has no tabs.' },
  'pipeline.noUsableTab': {
    ja: 'ファネルを計算できるタブがありません。広告・アクセス・リード・商談のいずれかのデータのタブが必要です。',
    en: 'No tab can feed the funnel: an ads, traffic, leads or deals tab is needed.',
  },
  'pipeline.noUsableRow': {
    ja: 'ファネルを計算できるタブがありません（読み込めた行がありません）。広告・アクセス・リード・商談のいずれかのデータのタブが必要です。',
    en: 'No tab can feed the funnel (no row could be read): an ads, traffic, leads or deals tab is needed.',
  },

  'sheets.busy': {
    ja: 'このスプレッドシートでは、別のファネルレポートを作成中です。完了してから（通常は1分以内）もう一度お試しください。',
    en: 'Another funnel report is being generated in this spreadsheet. Try again when it has finished (usually within a minute).',
  },
  'sheets.protectionNote': {
    ja: 'ファネルKPIが作成したレポートです。「ファネルレポートを作成」で作り直すと上書きされます。',
    en: 'Generated by Funnel KPI. "Generate funnel report" replaces this sheet.',
  },
  'sheets.appTitle': { ja: 'ファネルKPI', en: 'Funnel KPI' },
  'sheets.chooseColumn': {
    ja: '{kind}データとして読むには、「{field}」の列を選んでください。',
    en: 'Choose the "{field}" column to read this tab as {kind} data.',
  },
  'sheets.alertWarnings': { ja: '\n確認が必要な点: {count}件', en: '\nWarnings: {count}' },
  'sheets.alertMoreWarnings': {
    ja: 'ほか{count}件は、サイドバーの「ファネルレポートを作成」で確認できます。',
    en: '{count} more: generate from the sidebar to see them all.',
  },
  'sheets.reportGenerated': { ja: 'ファネルレポートを作成しました', en: 'Funnel report generated' },
  'sheets.reportFailed': { ja: 'レポートを作成できませんでした', en: 'The report could not be generated' },
  'sheets.sampleAdded': { ja: 'サンプルデータのタブを{count}個追加しました。', en: 'Added {count} sample data tabs.' },
  'sheets.reportLocked': {
    ja: '前回のレポートシート{sheets}は、オーナーの保護設定により削除できないため、レポートを作り直せません。オーナーに保護の解除（または「警告を表示」への変更）を依頼するか、そのシートを削除してから、もう一度お試しください。',
    en: 'The previous report sheet {sheets} is protected by its owner, so it cannot be replaced. Ask the owner to remove the protection (or set it to "Show a warning"), or delete the sheet, then try again.',
  },
  'sheets.oldReportKept': {
    ja: '前回のレポートシート{sheets}を削除できなかったため、残っています。不要なら手動で削除してください（新しいレポートは別の名前で作成しました）。',
    en: 'The previous report sheet {sheets} could not be deleted and is still there. Delete it by hand if you no longer need it (the new report has other names).',
  },
  'sheets.reportSheetNotRenamed': {
    ja: 'レポートシート{sheets}に名前を付けられなかったため、作成しませんでした。同じ名前のシートがないか確認して、もう一度作成してください。',
    en: 'The report sheet {sheets} could not be named, so it was not kept. Check for a sheet with that name, then generate again.',
  },
  'sheets.setupNotSaved': {
    ja: 'サイドバーの設定を保存できませんでした（{reason}）。レポートは今回の設定で作成しました。次回も同じ設定を使うには、対応づけるタブを減らしてから保存し直してください。',
    en: 'The sidebar setup could not be saved ({reason}). The report was generated with this setup. To keep it for next time, map fewer tabs and save again.',
  },
} as const satisfies Record<string, Bilingual>;

export type ServerMessageKey = keyof typeof SERVER_MESSAGES;

/** `{name}` placeholders of a template, as a union of names (text such as `{"view": …}` is not one). */
type PlaceholdersOf<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? (Name extends `${string}${' ' | '"' | ':'}${string}` ? never : Name) | PlaceholdersOf<Rest>
  : never;

type Template<K extends ServerMessageKey> = (typeof SERVER_MESSAGES)[K];

/** The values a message needs: one per placeholder of either language. */
export type ServerMessageParams<K extends ServerMessageKey> = {
  readonly [P in PlaceholdersOf<Template<K>['ja']> | PlaceholdersOf<Template<K>['en']>]: string | number;
};

/**
 * The message for a key in a language, with its placeholders filled.
 *
 * @example
 * serverMessage('en', 'parse.missingTab', { tab: '旧リード' })
 * //=> 'Tab "旧リード" was not found, so it was not read. If it was renamed, set up the renamed tab in the sidebar.'
 */
export function serverMessage<K extends ServerMessageKey>(
  language: Language,
  key: K,
  ...params: keyof ServerMessageParams<K> extends never ? [] : [ServerMessageParams<K>]
): string {
  const template: string = SERVER_MESSAGES[key][language];
  return fillTemplate(template, params[0] ?? {});
}
