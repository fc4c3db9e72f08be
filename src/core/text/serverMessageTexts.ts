/**
 * Every sentence the server side says to a user — warnings, refusals, alerts — in Japanese and
 * English, in one table (the sidebar keeps its own in `src/sidebar/i18n.ts`). Callers word a
 * message with `serverMessage` (messages.ts), passing a key and the values of its `{placeholders}`;
 * the compiler checks that every placeholder gets a value. Messages say what is wrong, where, what
 * was done about it, and how to fix it.
 *
 * Values are formatted by the caller (`formatCount`, `formatMoney`, `quoteValue`, `quoteLabel`), so
 * a template never decides how a number or a user's label looks.
 *
 * This table is not in Code.js (design §10): the build writes one file per language
 * (`Messages_ja.html`, `Messages_en.html`, see `messageTemplates`), read by `serverMessage` when a
 * message is first needed in an execution.
 */
import type { Language } from '../model/types';
import type { Bilingual } from './translate';

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
  'value.notText': { ja: '文字列でも数でもない値', en: 'a value that is neither text nor a number' },

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
    en: '"{tab}", column {field}: {count} {count|row holds a value|rows hold values} that could not be read ({examples}), counted as not having reached the stage. Use ○/×, yes/no, 1/0 or a date.',
  },
  'parse.unrecognisedStatuses': {
    ja: '「{tab}」の{field}列に、読み取れない値が{count}行ありました（{examples}）。これらの行はリードの段階として扱いました。リード、MQL、SQL、商談、受注、失注などの値にすると、段階が反映されます。',
    en: '"{tab}", column {field}: {count} {count|row holds a value|rows hold values} that could not be read ({examples}), counted at the lead stage. Use values such as Lead, MQL, SQL, Opportunity, Won or Lost.',
  },
  'parse.unrecognisedDealStages': {
    ja: '「{tab}」の{field}列に、読み取れない値が{count}行ありました（{examples}）。これらの商談は進行中として扱いました。受注した商談は「受注」「成立」「Closed Won」、失注した商談は「失注」「Closed Lost」などの値にしてください。',
    en: '"{tab}", column {field}: {count} {count|row holds a value|rows hold values} that could not be read ({examples}); {count|that deal was|those deals were} counted as open. For closed deals, use values such as Closed Won / 受注 or Closed Lost / 失注.',
  },
  'parse.valueAtRow': { ja: '{value}{row}行目', en: '{value} (row {row})' },
  'parse.moreRows': {
    ja: '「{tab}」の{field}列では、ほかに{count}行で同じ問題がありました。',
    en: '"{tab}", column {field}: the same problem occurs in {count} more {count|row|rows}.',
  },
  'parse.unusableTab': {
    ja: '「{tab}」タブ（{rows}）は、{kind}データとして読むのに必要な列（{fields}）が選ばれていないため、読み込みませんでした。サイドバーの「列の対応づけ」で列を選んでください。',
    en: 'Tab "{tab}" ({rows}) was not read: the columns it needs as {kind} data ({fields}) are not mapped. Choose them under column mapping in the sidebar.',
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
  'parse.totalRowsSkipped': {
    ja: '「{tab}」の{count}行（{rows}）は合計・小計の行と判断し、二重に数えないよう集計から除外しました。データの行が含まれている場合は、その行に日付（またはID）を入れるか、「合計」のようなラベルを変えてください。',
    en: 'Tab "{tab}": {count} {count|row was skipped as a total or subtotal row|rows were skipped as total or subtotal rows} ({rows}), so {count|it is|they are} not counted twice. If {count|it|one of them} is data, give it its date (or id) or rename its total-like label.',
  },
  'parse.summaryRowsSkipped': {
    ja: '「{tab}」の{rows}はキャンペーン・チャネルが空欄で、{measures}がほかの行の合計と一致するため、レポートの集計行として除外しました（二重に数えないため）。データの行なら、キャンペーン名を入れてください。',
    en: 'Tab "{tab}": the report\'s summary row ({rows}) was skipped so that it is not counted twice: it names no campaign or channel, and its {measures} equal the sums of the other rows. If it is data, give it its campaign name.',
  },
  'parse.footerRowsSkipped': {
    ja: '「{tab}」の表の下の{count}行（{rows}）はエクスポートのフッター（合計・注記など{example}）として除外しました。データなら表との間の空行を消してください。',
    en: 'Tab "{tab}": {count} {count|line|lines} below the table ({rows}) {count|is|are} the export\'s footer (totals, notes{example}), skipped. If {count|it|one} is data, delete the blank row above it.',
  },
  'parse.footerExample': { ja: '。例: {line}', en: ', such as {line}' },
  'parse.mixedCurrencies': {
    ja: '「{tab}」の{column}列は複数の通貨（{currencies}）の金額を換算せずに合計しました。換算済みの列があれば、そちらを金額に選んでください。',
    en: 'Tab "{tab}", column {column}: amounts in several currencies ({currencies}) were added without conversion. Map a column of converted amounts if there is one.',
  },
  'parse.groupFilled': {
    ja: '「{tab}」の「{column}」列は、グループの最初の行にだけ値がある形（小計のあるグループ化されたレポート）のため、空欄の{count}行は上の行と同じ値として読みました。',
    en: 'Tab "{tab}": column "{column}" holds a value only on the first row of each group (a grouped report with subtotals), so its {count} blank {count|cell was|cells were} read as the value above them.',
  },
  'parse.otherTables': {
    ja: '「{tab}」の{row}行目から下は、ダウンロードに含まれる別の表（{count}行）のため、読みませんでした。必要な表は別のタブに分けてください。',
    en: 'Tab "{tab}": from row {row} down there are other tables of the download ({count} {count|row|rows}); they were not read. Put a table you need in a tab of its own.',
  },
  'parse.unitScaled': {
    ja: '「{tab}」の「{column}」列は、見出しにある単位に合わせて値を{scale}倍し、円で集計しました。',
    en: 'Tab "{tab}": column "{column}" is in units of {scale}, so its values were multiplied by {scale} and counted in yen.',
  },
  'parse.repeatedAdRows': {
    ja: '「{tab}」の{count}行は、「{other}」の行と日付・キャンペーン・費用・表示回数・クリック数がすべて同じため、期間の重なったダウンロードの重複と判断し、1回だけ数えました。別の広告であれば、キャンペーン名で区別してください。',
    en: 'Tab "{tab}": {count} {count|row has|rows have} the same day, campaign, cost, impressions and clicks as rows of "{other}" (downloads of overlapping periods), so {count|it was|they were} counted once. If {count|it is a different ad|they are different ads}, keep them apart by campaign name.',
  },
  'parse.repeatedDeals': {
    ja: '「{tab}」の{count}行は、上の行と同じ商談IDの行（明細や担当者ごとに1行になるエクスポート）のため、商談は1件として数え、金額は行ごとに足さずに最大の値を使いました。別の商談であれば、それぞれに別のIDを付けてください。',
    en: 'Tab "{tab}": {count} {count|row repeats|rows repeat} the deal ID of a row above {count|it|them} (an export with one row per line item or contact), so each deal was counted once, with the largest amount on its rows. If they are different deals, give each its own ID.',
  },
  'parse.rowList': { ja: '{rows}行目', en: '{count|row|rows} {rows}' },
  'parse.rowListMore': { ja: '{rows}行目ほか{count}行', en: 'rows {rows} and {count} more' },
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
  'settings.fromOutOfRange': {
    ja: '開始日（from）{value}は{first}年〜{last}年の日付にしてください。',
    en: 'from {value} must be a day in the years {first}–{last}.',
  },
  'settings.toOutOfRange': {
    ja: '終了日（to）{value}は{first}年〜{last}年の日付にしてください。',
    en: 'to {value} must be a day in the years {first}–{last}.',
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
    ja: '粗利率（grossMargin）は 0.7、70、70% のように、0 より大きく 100% 以下で指定してください（1 以下の数は割合、1 より大きい数と % 付きの数はパーセントとして読みます）。',
    en: 'grossMargin must be above 0 and at most 100%, written as 0.7, 70 or 70% (a number up to 1 is a fraction; a number above 1, or with %, is a percent).',
  },
  'settings.target': {
    ja: '目標（{field}）は 0 より大きい数（例: 84000000）で指定してください。',
    en: '{field} must be a number above 0 (e.g. 84000000).',
  },
  'settings.targetBoth': {
    ja: '目標は受注金額（targetRevenue）か新規顧客数（targetCustomers）のどちらか一方にしてください。',
    en: 'Give either targetRevenue or targetCustomers, not both.',
  },
  'settings.expectedPurchases': {
    ja: '想定購入回数（expectedPurchases）は 0 より大きい数（例: 3）で指定してください。',
    en: 'expectedPurchases must be a number above 0 (e.g. 3).',
  },
  'settings.scoreBands': {
    ja: 'スコア帯（scoreBands）は小さい順に並べた数値（例: [0, 20, 40, 60, 80]）で指定してください。',
    en: 'scoreBands must be numbers in ascending order, e.g. [0, 20, 40, 60, 80].',
  },
  'settings.channelGroups': {
    ja: 'チャネルの対応づけ（channelGroups）は、{"Google Ads": "paid_search"} のように「チャネルの値: グループ」の組で指定してください。',
    en: 'channelGroups must pair channel values with groups, e.g. {"Google Ads": "paid_search"}.',
  },
  'settings.channelGroupUnknown': {
    ja: 'チャネルの対応づけで、{values}に指定したグループがありません。グループは次のいずれかにしてください: {groups}。',
    en: 'The channel mapping gives {values} a group that does not exist. Use one of: {groups}.',
  },
  'settings.channelValueTooLong': {
    ja: 'チャネルの対応づけの値{values}が長すぎます（{max}文字まで）。',
    en: 'Channel values in the channel mapping can be at most {max} characters long: {values}.',
  },
  'settings.channelGroupsTooMany': {
    ja: 'チャネルの対応づけは{max}件までです。残りの{count}件は読み込みませんでした。',
    en: 'The channel mapping holds at most {max} values; the other {count} were not read.',
  },
  'settings.attributeColumns': {
    ja: '属性として集計する列（attributeColumns）は、{max}件までの列名の一覧で指定してください。',
    en: 'attributeColumns must be a list of at most {max} column headers.',
  },
  'setup.notObject': {
    ja: 'サイドバーから届いた設定が、列の対応づけ（mappings）と集計の設定（settings）の形になっていません。サイドバーを開き直して、もう一度お試しください。',
    en: 'The setup sent by the sidebar is not an object with mappings and settings. Reopen the sidebar and try again.',
  },
  'setup.mappingsNotList': {
    ja: '列の対応づけ（mappings）がタブごとの一覧になっていません。サイドバーを開き直して、もう一度お試しください。',
    en: 'The column mappings are not a list with one entry per tab. Reopen the sidebar and try again.',
  },
  'setup.tooManyMappings': {
    ja: '列の対応づけは{max}タブ分までです。使わないタブを「使わない」にしてから、もう一度保存してください。',
    en: 'A setup holds column mappings for at most {max} tabs. Set the tabs you do not use to "Not used" and save again.',
  },
  'setup.mappingNumber': { ja: '{number}番目のタブ', en: 'tab {number}' },
  'setup.mappingInvalid': {
    ja: '{mapping}の列の対応づけを読み取れませんでした（{parts}）。サイドバーを開き直して、このタブの対応づけを確認してください。',
    en: 'The column mapping of {mapping} could not be read ({parts}). Reopen the sidebar and check the mapping of this tab.',
  },
  'setup.moreProblems': { ja: 'ほかに{count}件の問題があります。', en: '{count} more {count|problem|problems}.' },
  'setup.notSaved': {
    ja: 'サイドバーの設定を保存できませんでした（{reason}）。対応づけるタブを減らしてから、もう一度保存してください。',
    en: 'The sidebar setup could not be saved ({reason}). Map fewer tabs and save again.',
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
    ja: 'このタブの商談1件が、どのリードとも結び付きません（{rows}行目）。リードIDまたはメールアドレスがリードのタブと一致しているか確認してください。集計方法が「コホート」の場合は集計に含めず、「発生日ベース」の場合は商談自身の日付とチャネルで集計します。',
    en: '1 deal in this tab matches no lead (row {rows}). Check that its lead ID or email matches the leads tab. The cohort view leaves it out; the event-date view counts it by its own dates and channel.',
  },
  'funnel.unlinkedDeals': {
    ja: 'このタブの商談{count}件が、どのリードとも結び付きません（{rows}行目{more}）。リードIDまたはメールアドレスがリードのタブと一致しているか確認してください。集計方法が「コホート」の場合は集計に含めず、「発生日ベース」の場合は商談自身の日付とチャネルで集計します。',
    en: '{count} deals in this tab match no lead (rows {rows}{more}). Check that their lead IDs or emails match the leads tab. The cohort view leaves them out; the event-date view counts them by their own dates and channels.',
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
    ja: 'リードのタブがない（商談だけの）ため、コホート集計（期間内に作成されたリードを追う集計）はできません。商談・受注・失注は発生日ベースの集計で、商談は作成日、受注・失注はクローズ日に数えています。リードのタブを加えると、コホートで集計できます。',
    en: 'There is no leads tab (only deals), so there are no leads to follow as a cohort. Deals are counted by event date: opportunities on the day they were created, wins and losses on the day they closed. Add a leads tab to see the cohort view.',
  },
  'funnel.unlinkedDealsMore': { ja: 'ほか{count}件', en: ' and {count} more' },
  'funnel.periodOutsideData': {
    ja: '指定した期間（{from}〜{to}）にはデータがありません。データの日付は {dataFrom}〜{dataTo} です。期間の開始日・終了日を確認してください。',
    en: 'The period you chose ({from} to {to}) holds no data; the data runs from {dataFrom} to {dataTo}. Check the period start and end dates.',
  },
  'funnel.groupCostWithoutLeads': {
    ja: '費用があるのにリードが0件のチャネルグループがあります: {groups}。リードの流入元の値がこのグループに振り分けられているか、チャネルの対応づけで確認してください。',
    en: 'Some channel groups have cost but no leads: {groups}. Check in the channel mapping that the lead sources of these channels are placed in the same group.',
  },
  'funnel.statedPeriodCounted': {
    ja: '「{tab}」には日付の列がないため、見出し行に書かれた期間（{from}〜{to}）の実績として数えました。合計とチャネル別には含まれますが、月別の表には含まれません。月別に見るには、{fix}してください。',
    en: 'Tab "{tab}" has no day column: its rows count for the period its header lines state ({from} to {to}), in the totals and by channel but in no month. To see them by month, {fix}.',
  },
  'funnel.statedPeriodOutside': {
    ja: '「{tab}」には日付の列がなく、見出し行に書かれた期間（{from}〜{to}）の一部しかレポートの期間（{periodFrom}〜{periodTo}）に入らないため、集計に含めませんでした（期間内の分だけを取り出せないため）。期間を広げてこの期間をすべて含めるか、{fix}してください。',
    en: 'Tab "{tab}" has no day column and the period its header lines state ({from} to {to}) is not wholly inside the report period ({periodFrom} to {periodTo}), so its rows were left out (the part inside cannot be told apart). Widen the period to cover it, or {fix}.',
  },
  'funnel.groupLeadsWithoutCost': {
    ja: 'リードがあるのに費用が0の広告のチャネルグループがあります: {groups}。広告費のタブが読み込まれているか、広告費のチャネルがこのグループに振り分けられているか確認してください。',
    en: 'Some paid channel groups have leads but no cost: {groups}. Check that the ad spend tab is read and that its channels are placed in the same group.',
  },

  // Findings (design §6.2): each says good or bad, quotes its numbers, and ends with one next step.
  // Japanese: no space between Japanese and a figure or a Latin abbreviation (目標8,200万円に対して、
  // 商談66件、受注率28.3%のまま、ROASは30%); spaces only around ÷ and →. Money is rounded for
  // reading by the caller (約2,541万円); English counts carry their noun, singular or plural.
  'findings.groupCostWithoutLeads': {
    ja: '費用があるのにリードが0件のチャネルグループ：{groups}。リードの流入元がこのグループに振り分けられているか、チャネルの対応づけで確認してください。',
    en: 'Channel groups with cost but no leads: {groups}. Check in the channel mapping that the lead sources of these channels are placed in the same group.',
  },
  'finding.targetMissed': {
    ja: '{metric}は目標{target}に対して実績{actual}（発生日ベース、達成率{attainment}）で、{gap}足りません。{need}',
    en: '{metric} reached {actual} against a target of {target} (by event date, {attainment} of target): {gap} short. {need}',
  },
  'finding.targetNext': {
    ja: 'まずは進行中の商談の受注と、商談化率の高いチャネルでのリード獲得に力を入れてください。',
    en: 'Focus first on closing the open opportunities and on leads from the channels that turn into opportunities most often.',
  },
  'finding.targetNextAhead': {
    ja: 'このペースを保ちつつ、進行中の商談を受注まで進めてください。',
    en: 'Keep this pace and take the open opportunities through to a decision.',
  },
  'finding.targetNextPipeline': {
    ja: 'まずは進行中の商談の受注と、商談化の近いリードへの対応に力を入れてください。',
    en: 'Focus first on closing the open opportunities and on the leads closest to becoming opportunities.',
  },
  'finding.targetBehindToDate': {
    ja: '{metric}は{asOf}までの目標{target}{proRated}に対して実績{actual}（発生日ベース、達成率{attainment}）で、{gap}遅れています。',
    en: '{metric} reached {actual} against a target to date ({asOf}) of {target}{proRated} (by event date, {attainment} of target): {gap} behind. ',
  },
  'finding.targetAheadToDate': {
    ja: '{metric}は{asOf}までの目標{target}{proRated}に対して実績{actual}（発生日ベース、達成率{attainment}）で、予定を上回っています。',
    en: '{metric} reached {actual} against a target to date ({asOf}) of {target}{proRated} (by event date, {attainment} of target): ahead of plan. ',
  },
  'finding.targetProRated': { ja: '（{month}は{days}/{of}日分）', en: ' ({month} pro-rated, {days} of {of} days)' },
  'finding.targetRemaining': {
    ja: '期間末{end}の目標{periodTarget}までは、残り{days}日で{remaining}です。',
    en: 'The target for the period to {end} is {periodTarget}: {remaining} to go in the {days} left. ',
  },
  'finding.targetMetEarly': {
    ja: '期間末{end}の目標{periodTarget}にはすでに届いています。この水準を次の期間の目標づくりの基準にしてください。',
    en: 'That already meets the target for the period to {end} ({periodTarget}). Use this level as the baseline for the next period’s targets.',
  },
  'finding.leadsTooLate': {
    ja: 'ただし、リードから受注までは中央値で{median}日かかり、期間末までは{days}日なので、これから獲得するリードの多くは期間内の受注に間に合いません。',
    en: 'But a lead takes {median} to be won (median) and {days} are left, so most leads found from now on will close after the period. ',
  },
  'finding.targetMissedEnded': {
    ja: '{metric}は目標{target}に対して実績{actual}（発生日ベース、達成率{attainment}）で、{gap}届かずに期間を終えました。{carry}',
    en: '{metric} ended the period at {actual} against a target of {target} (by event date, {attainment} of target), {gap} short. {carry}',
  },
  'finding.targetEndedNext': {
    ja: '届かなかった段階とチャネルを「チャネル別」「月次推移」で確かめ、次の期間の目標と予算に反映してください。',
    en: 'Find on the By channel and Monthly sheets where it fell short, and take that into the next period’s targets and budget.',
  },
  'finding.targetEndedNextPlan': {
    ja: '同じ目標を次の期間も掲げるなら、「目標逆算」シートで必要な商談数・リード数と予算を確かめてください。',
    en: 'If the next period has the same target, check on the Plan sheet the opportunities, leads and budget it needs.',
  },
  'finding.pipelineCarried': {
    ja: '進行中の商談{pipeline}は次の期間に持ち越され、期間中に結果の出た商談{closed}件の受注率{winRate}なら{expected}（{range}）の受注が見込めます。',
    en: 'The open pipeline, {pipeline}, carries over to the next period; at the win rate of the {closed} in the period ({winRate}) it should bring {expected} ({range}). ',
  },
  'finding.targetPipeline': {
    ja: '進行中の商談{pipeline}からは、期間中に結果の出た商談{closed}件の受注率{winRate}なら{expected}（{range}）の受注が見込めます。',
    en: 'The open pipeline, {pipeline}, should bring {expected} ({range}) at the win rate of the {closed} in the period ({winRate}). ',
  },
  'finding.noDealSize': {
    ja: '残りの{left}に必要な商談数は、期間中の受注が{won}件と{minimum}件に満たず受注単価が定まらないため出していません。',
    en: 'The opportunities the remaining {left} needs are not estimated: with {won} in the period, fewer than {minimum}, the deal size is not settled. ',
  },
  'finding.pipelineEarlier': { ja: '期間前のリードからの{earlier}件', en: 'from leads created before the period: {earlier}' },
  'finding.pipelineCustomers': { ja: '受注済みの顧客の追加商談{customers}件', en: "customers' further deals: {customers}" },
  'finding.pipelineUnlinked': { ja: 'リードと結び付かない商談{unlinked}件', en: 'deals matching no lead: {unlinked}' },
  'finding.noWinRate': {
    ja: '期間中に結果の出た商談が{closed}件と{minimum}件に満たないため、進行中の商談{pipeline}からの受注見込みと必要な商談数は出していません。',
    en: 'Only {closed} in the period, fewer than {minimum}, so neither what the open pipeline ({pipeline}) should bring nor the opportunities still needed are estimated. ',
  },
  'finding.targetPipelineCovers': { ja: 'これが決まれば目標に届く計算です。', en: 'That is enough to close the gap. ' },
  'finding.theGap': { ja: 'この差', en: 'the gap' },
  'finding.theRest': { ja: '残りの{left}', en: 'the rest ({left})' },
  'finding.targetNeed': {
    ja: '{rest}を埋めるには、今の{dealSize}受注率{winRate}・商談化率{opportunityRate}のままなら、あと商談{opportunities}件（リードにして{leads}件）が必要です。',
    en: 'To close {rest} at the current {dealSize}win rate ({winRate}) and opportunity rate ({opportunityRate}), it takes {opportunities} ({leads}). ',
  },
  'finding.dealSize': { ja: '受注単価{dealSize}・', en: 'deal size ({dealSize}), ' },
  'finding.targetNeedFromOpportunities': {
    ja: '{rest}を埋めるには、今の商談化率{opportunityRate}のままなら、あとリード{leads}件が必要です。',
    en: 'To close {rest} at the current opportunity rate ({opportunityRate}), it takes {leads}. ',
  },
  'finding.targetMet': {
    ja: '{metric}は目標{target}を達成しました（実績{actual}、発生日ベース、達成率{attainment}）。この水準を次の期間の目標づくりの基準にしてください。',
    en: '{metric} met its target: {actual} against {target} (by event date, {attainment} of target). Use this level as the baseline for the next period’s targets.',
  },
  'finding.spendWorst': {
    ja: '費用の割に{unit}が少ないのは{channel}です。費用の{costShare}（{cost}）を使い、{unit}は{count}件、{unitCostName}は{unitCost}で、{others}の{otherUnitCost}の{ratio}でした。',
    en: '{channel} gets the fewest {unit} for its money: {costShare} of the cost ({cost}) brought {count}, a {unitCostName} of {unitCost}, {ratio} what {others} paid ({otherUnitCost}). ',
  },
  'finding.spendBest': {
    ja: '費用の割に{unit}がいちばん多いのは{channel}です。費用の{costShare}（{cost}）で{unit}{count}件、{unitCostName}は{unitCost}で、{others}の{otherUnitCost}を下回りました。',
    en: '{channel} gets the most {unit} for its money: {costShare} of the cost ({cost}) brought {count}, a {unitCostName} of {unitCost} against {otherUnitCost} for {others}. ',
  },
  'finding.spendBeyondChance': {
    ja: '費用に占める割合と{unit}に占める割合の差は、偶然では説明できません（このレポートの{tests}通りの比較をまとめて判定）。',
    en: 'Its share of the {unit} differs from its share of the cost beyond chance, even among the {tests} in this report. ',
  },
  'finding.spendWithinChance': {
    ja: 'ただし、このレポートの{tests}通りの比較をまとめて見ると、この件数では偶然の範囲内です。差を確かめるには、比べた全体であと{more}が必要です。',
    en: 'But among the {tests} in this report, with these numbers the difference is within chance; about {more} across the compared rows would settle it. ',
  },
  'finding.spendWithinChanceNext': {
    ja: '判断がつくまで予算配分は大きく変えず、{channel}の{unitCostName}を月ごとに追ってください。',
    en: 'Until it is settled, keep the budget split and follow the {unitCostName} of {channel} month by month.',
  },
  'finding.spendTooFewRow': { ja: '{name}（費用{cost}、{count}件）', en: '{name} ({cost}, {count})' },
  'finding.spendTooFew': {
    ja: '{unit}が{minimum}件未満の{rows}は、件数が少なく判断できないため比べる相手から外しています。',
    en: '{rows} had fewer than {minimum} {unit}: too few to judge, so they are left out of the comparison. ',
  },
  'finding.spendWinCaveat': {
    ja: 'ただし、{channel}の商談は受注率{rate}（{numbers}件）と、ほかの{restRate}より低めです（{chance}）。',
    en: 'But the deals of {channel} close less often: {rate} ({numbers}) against {restRate} for the rest ({chance}). ',
  },
  'finding.withinChanceShort': { ja: '差は偶然の範囲内', en: 'within chance' },
  'finding.beyondChanceShort': { ja: '偶然では説明できない差', en: 'beyond chance' },
  'finding.cacWithinChance': { ja: '（差は偶然の範囲内）', en: ' (within chance)' },
  'finding.spendBestNext': { ja: '{channel}に回す予算を増やせないか検討してください。', en: 'See whether {channel} can take more budget.' },
  'finding.spendBestNextCaveat': {
    ja: '予算を増やす前に、{channel}の商談が受注に至りにくい理由を確かめてください。',
    en: 'Before giving {channel} more budget, find out why its deals close less often.',
  },
  'finding.spendOthers': { ja: '費用のかかった{others}（{names}）', en: '{others} with cost ({names})' },
  'finding.spendWins': { ja: '受注は{won}件、ROASは{roas}です。', en: 'It brought {won} (ROAS {roas}). ' },
  'finding.spendWinsCac': {
    ja: '受注は{won}件で、CACは{cac}（比べた相手は{otherCac}）{chance}、ROASは{roas}です。',
    en: 'It brought {won} at a CAC of {cac} against {otherCac} for the others{chance} (ROAS {roas}). ',
  },
  'finding.spendDetail': {
    ja: '内訳では{channel}が費用{cost}（このグループの{share}）で、{unit}{count}件・受注{won}件でした{caveat}。',
    en: 'Within it, {channel} spent {cost} ({share} of the group): {unit} {count}, wins {won}{caveat}. ',
  },
  'finding.tooFewToTell': { ja: '（件数が少なく、偶然の差かどうかはまだ判断できません）', en: ' (too few to tell whether that is more than chance)' },
  'finding.costPerOpportunity': { ja: '商談獲得単価', en: 'cost per opportunity' },
  'finding.costPerLead': { ja: 'リード獲得単価', en: 'cost per lead' },
  'finding.spendWorstNext': {
    ja: '{channel}の予算を段階的に減らし、{unitCostName}の低い{better}に回して効果を確かめてください。',
    en: 'Cut the budget of {channel} step by step and move it to {better}, whose {unitCostName} is lower, to see whether the results follow.',
  },
  'finding.spendWorstNextAlone': {
    ja: '{channel}の予算と配信内容を見直してください。',
    en: 'Review the budget and the targeting of {channel}.',
  },
  'finding.rateDifferent': {
    ja: '{channel}の{rate}は{value}（{numbers}、95%信頼区間は{low}〜{high}）で、{others}の{restValue}（{restNumbers}）より{direction}、偶然では説明できない差です（このレポートの{tests}通りの比較をまとめて判定）。{next}',
    en: '{channel} has a {direction} {rate}: {value} ({numbers}; 95% interval {low}–{high}) against {restValue} for {others} ({restNumbers}), a difference beyond chance even among the {tests} in this report. {next}',
  },
  'finding.higher': { ja: '高く', en: 'higher' },
  'finding.lower': { ja: '低く', en: 'lower' },
  'finding.opportunityRateHigherNext': {
    ja: '{channel}のリードを増やす方法を優先して検討してください。',
    en: 'Look first for ways to get more leads from {channel}.',
  },
  'finding.opportunityRateLowerNext': {
    ja: '{channel}のリードの質（狙う相手や申込みの入口）と、営業への引き渡し方を見直してください。',
    en: 'Review the quality of the leads from {channel} (who it reaches, which forms they use) and how they are handed to sales.',
  },
  'finding.winRateHigherNext': {
    ja: '{channel}の商談の進め方を、ほかの商談にも広げられないか確認してください。',
    en: 'Find out what works in the deals from {channel} and whether other deals can follow it.',
  },
  'finding.winRateLowerNext': {
    ja: '{channel}の商談を失注した理由を確認してください。',
    en: 'Find out why the deals from {channel} were lost.',
  },
  'finding.rateWithinChance': {
    ja: '{channel}の{rate}は{value}（{numbers}）で、{others}の{restValue}（{restNumbers}）と差がありますが、このレポートの{tests}通りの比較をまとめて見ると、この件数では偶然の範囲内です。差を確かめるには、{channel}であと{more}が必要です。',
    en: '{channel} has a {rate} of {value} ({numbers}) against {restValue} for {others} ({restNumbers}), but with these numbers, among the {tests} in this report, the difference is within chance. About {more} from {channel} would settle it.',
  },
  'finding.trend': {
    ja: '{months}の商談化率は、月あたり{slope}のペースで{direction}います（{firstRate} → {lastRate}）。偶然では説明できない傾向です。{next}',
    en: 'Over {months} the opportunity rate {direction} by {slope} a month ({firstRate} → {lastRate}), a trend beyond chance. {next}',
  },
  'finding.trendUp': { ja: '上がって', en: 'rose' },
  'finding.trendDown': { ja: '下がって', en: 'fell' },
  'finding.trendUpNext': {
    ja: '上がった理由（施策やリードの入口の変化）を特定して、続けてください。',
    en: 'Find what drove it (a campaign, a new lead source) and keep it going.',
  },
  'finding.trendDownNext': {
    ja: '下がり始めた時期に変わった施策やリードの入口を確認してください。',
    en: 'Check what changed in campaigns or lead sources when it started to fall.',
  },
  'finding.trendFlat': {
    ja: '{months}の商談化率は{lowRate}〜{highRate}の間で上下していますが、はっきりした上昇や低下の傾向はなく、偶然の範囲内です。月ごとの上下ではなく、数か月単位で判断してください。',
    en: 'Over {months} the opportunity rate moved between {lowRate} and {highRate} with no clear rise or fall: the ups and downs are within chance. Judge it over several months, not month by month.',
  },
  'finding.monthsMature': { ja: '集計の済んだ{count}か月（{first}〜{last}）', en: 'the {count} complete months from {first} to {last}' },
  'finding.sessionsWithoutLeads': {
    ja: 'セッションのあるチャネルグループ（{groups}）にはリードが1件もなく、セッションの{share}がリードと結び付きません。そのため、これらのグループのCVR（セッション→リード）は読めません。チャネルの対応づけで、リードの流入元をこれらのグループに振り分けてください。',
    en: 'The channel groups with sessions ({groups}) have no leads at all, so {share} of the sessions cannot be tied to leads, and the CVR (sessions → leads) of these groups cannot be read. In the channel mapping, place the lead sources in these groups.',
  },
  'finding.othersChannel': { ja: 'ほかのチャネル', en: 'the other channels' },
  'finding.othersGroup': { ja: 'ほかのチャネルグループ', en: 'the other channel groups' },
  'finding.othersAttribute': { ja: 'ほかの{attribute}', en: 'the other values of {attribute}' },
  'finding.unitLeads': { ja: 'リード', en: 'leads' },
  'finding.unitOpportunities': { ja: '商談', en: 'opportunities' },
  'finding.unitClosed': { ja: '結果の出た商談', en: 'closed opportunities' },
  'funnel.ltvNotComputed': {
    ja: 'LTV と LTV/CAC は計算していません（{missing}が未入力のため）。サイドバーの「集計の設定」で入力すると計算します。',
    en: 'LTV and LTV/CAC were not computed: no value was given for {missing}. Fill in Report settings in the sidebar to compute them.',
  },
  'funnel.ltvGrossMargin': { ja: '粗利率', en: 'gross margin' },
  'funnel.ltvExpectedPurchases': { ja: '1顧客あたりの想定購入回数', en: 'expected purchases per customer' },
  'funnel.ltvAnd': { ja: 'と', en: ' and ' },

  // How to give a report a day column (design §3.2.1): they complete a sentence ending in してください / a full stop.
  'tabs.dayColumnAds': {
    ja: 'レポートを日別にしてからダウンロード（Google 広告は「分割」→「時間」→「日」、Yahoo!広告は表示項目に「日」を追加）',
    en: 'download the report by day (Google Ads: Segment → Time → Day; Yahoo! JAPAN Ads: add Day to the report)',
  },
  'tabs.dayColumnTraffic': {
    ja: 'GA4 でディメンション「日付」を追加してからダウンロード',
    en: 'in GA4, add the Date dimension before downloading',
  },

  // Why a tab is not used (design §3.2.1 "never silent"): the warning, and the same line in the CLI's exit-3 message.
  'tabs.unusedEmpty': { ja: '「{tab}」: 空のタブのため、使いませんでした。', en: '"{tab}": the tab is empty, so it was not used.' },
  'tabs.unusedNoHeader': {
    ja: '「{tab}」（{rows}）: 認識できる列名が見つかりませんでした（見出し: {headers}）。このタブは使いませんでした。1行目に「日付」「費用」「作成日」などの見出しを入れてください。',
    en: '"{tab}" ({rows}): no known column header found (headers: {headers}), so the tab was not used. Put headers such as "Date", "Cost" or "Create Date" in the first row.',
  },
  'tabs.unusedMonthsAcross': {
    ja: '「{tab}」（{rows}）: 月（日付）が列に並んだ表のため、使いませんでした（見出し: {headers}）。目標として使うには、1行に1か月ずつ、「月」の列と「売上」「リード数」など指標ごとの列（または「月」「指標」「目標」の3列）の表にしてください。',
    en: '"{tab}" ({rows}): the months (or dates) run across the columns, so the tab was not used (headers: {headers}). To use it as targets, put one month per row: a "Month" column and one column per metric such as "Revenue" or "Leads" (or the three columns "Month", "Metric", "Target").',
  },
  'tabs.unusedMissing': {
    ja: '「{tab}」（{rows}）: {kind}データのようですが、必須の{fields}列が見つからないため、使いませんでした（見出し: {headers}）。{fix}',
    en: '"{tab}" ({rows}): looks like {kind} data but has no {fields} column, which is required, so it was not used (headers: {headers}). {fix}',
  },
  'tabs.unusedNoDay': {
    ja: '「{tab}」（{rows}）: {kind}データのようですが、日付の列がなく、期間も書かれていないため、使いませんでした（見出し: {headers}）。{fix}してください。',
    en: '"{tab}" ({rows}): looks like {kind} data but has no day column and states no period, so it was not used (headers: {headers}). To use it, {fix}.',
  },
  'tabs.fixColumn': {
    ja: '列を追加するか、サイドバーの「列の対応づけ」で選んでください。',
    en: 'Add the column, or choose it under column mapping in the sidebar.',
  },
  'tabs.unusedUnreadable': {
    ja: '「{tab}」（{rows}）: {kind}データとして読みましたが、使える行がありませんでした（{examples}）。このタブは使いませんでした。サイドバーの「列の対応づけ」で、正しい列が選ばれているか確認してください。',
    en: '"{tab}" ({rows}): read as {kind} data, but no row could be used ({examples}), so the tab was not used. Check the column mapping in the sidebar.',
  },
  'report.statedPeriodNote': { ja: '日付の列なし（{from}〜{to} の合計として集計）', en: 'no day column (counted for {from} to {to} as a whole)' },
  'tabs.rows': { ja: '{count}行', en: '{count} rows' },
  'tabs.oneRow': { ja: '{count}行', en: '{count} row' },
  'tabs.valueInColumn': { ja: '{field}列{value}{row}行目', en: 'column {field} {value} (row {row})' },
  'tabs.blankValue': { ja: '（空欄）', en: '(blank)' },
  'tabs.reasonEmpty': { ja: '空のタブ', en: 'empty tab' },
  'tabs.reasonNoHeader': { ja: '見出しが見つからない', en: 'no known header' },
  'tabs.reasonMissing': { ja: '{fields}列がない', en: 'no {fields} column' },
  'tabs.reasonUnreadable': { ja: '読み取れる行がない', en: 'no readable row' },
  'pipeline.noUsableRows': {
    ja: '「{tab}」: {kind}データとして読みましたが、{rows}行のうち使える行がありませんでした。下の各行の値を直すか、サイドバーの「列の対応づけ」で正しい列が選ばれているか確認してください。',
    en: '"{tab}": read as {kind} data, but none of its {rows} rows could be used. Fix the values listed below, or check the column mapping in the sidebar.',
  },
  'pipeline.noUsableRowsMapping': {
    ja: '「{tab}」: {kind}データとして読みましたが、{rows}行のうち使える行がありませんでした。サイドバーの「列の対応づけ」で、正しい列が選ばれているか確認してください。',
    en: '"{tab}": read as {kind} data, but none of its {rows} rows could be used. Check the column mapping in the sidebar.',
  },
  'pipeline.headerOnly': {
    ja: '「{tab}」: {kind}データとして読みましたが、見出しの下に行がないため、使える行がありませんでした。データを貼り付けてください。',
    en: '"{tab}": read as {kind} data, but there are no rows below its header, so no row could be used. Paste the data below the header.',
  },
  'pipeline.moreRowProblems': {
    ja: '「{tab}」: ほかに{count}行で、同じように読み取れない値がありました。',
    en: '"{tab}": {count} more rows hold values that could not be read.',
  },
  'pipeline.usedTab': { ja: '「{tab}」: {kind}データとして{rows}行を読みました。', en: '"{tab}": read {rows} rows as {kind} data.' },
  'pipeline.noHeaders': { ja: 'なし', en: 'none' },
  'pipeline.noTabs': { ja: 'タブが1つもありません。', en: 'The workbook has no tabs.' },
  'pipeline.noUsableTab': {
    ja: 'ファネルを計算できるタブがありません。広告・アクセス・リード・商談・メールのいずれかのデータのタブが必要です。',
    en: 'No tab can feed the funnel: an ads, traffic, leads, deals or email tab is needed.',
  },
  'pipeline.noUsableRow': {
    ja: 'ファネルを計算できるタブがありません（読み込めた行がありません）。広告・アクセス・リード・商談・メールのいずれかのデータのタブが必要です。',
    en: 'No tab can feed the funnel (no row could be read): an ads, traffic, leads, deals or email tab is needed.',
  },

  'sheets.busy': {
    ja: 'このスプレッドシートでは、別のファネルレポートを作成中です。完了してから（通常は1分以内）もう一度お試しください。',
    en: 'Another funnel report is being generated in this spreadsheet. Try again when it has finished (usually within a minute).',
  },
  'sheets.protectionNote': {
    ja: 'ファネルKPIが作成したレポートです。「ファネルレポートを作成」で作り直すと上書きされます。',
    en: 'Generated by Funnel KPI. "Generate funnel report" replaces this sheet.',
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

/**
 * The templates of one language, by key: the content of that language's asset.
 *
 * @example
 * messageTemplates('en')['pipeline.noTabs']
 * //=> 'The workbook has no tabs.'
 */
export function messageTemplates(language: Language): Record<keyof typeof SERVER_MESSAGES, string> {
  const templates = {} as Record<keyof typeof SERVER_MESSAGES, string>;
  for (const key of Object.keys(SERVER_MESSAGES) as (keyof typeof SERVER_MESSAGES)[]) templates[key] = SERVER_MESSAGES[key][language];
  return templates;
}
