/**
 * Warnings of the parser: the sentence for each problem (the sentences themselves are in the server
 * message table, `text/messages.ts`). Cell values go through `quoteSafely`: a number, a date or a
 * short code is quoted (shortened to 30 characters); anything that could be personal data is
 * described instead ("an e-mail address", "text of 12 characters") — the row number says where.
 */
import type { DateOrder } from '../dates/dateOrder';
import type { DateProblem } from '../dates/dayResult';
import { describeDateProblem } from '../dates/dayResult';
import type { Language } from '../model/types';
import { serverMessage, type ServerMessageKey } from '../text/messages';
import { quoteSafely, shortValue } from '../text/safeQuote';
import { joinList, joinQuoted, quoteLabel } from '../text/wording';

/** Where a problem is: a tab and the row number the user sees. */
export interface Place {
  readonly tab: string;
  readonly row: number;
}

function where(place: Place, language: Language): string {
  return serverMessage(language, 'place.row', { tab: place.tab, row: place.row });
}

/** What happened to the row or value. */
export type Consequence = 'row_skipped' | 'value_blank' | 'value_kept' | 'stage_undated';

const OUTCOME_KEYS: { readonly [C in Consequence]: ServerMessageKey } = {
  row_skipped: 'outcome.rowSkipped',
  value_blank: 'outcome.valueBlank',
  value_kept: 'outcome.valueKept',
  stage_undated: 'outcome.stageUndated',
};

function consequence(kind: Consequence, language: Language): string {
  return serverMessage(language, OUTCOME_KEYS[kind] as 'outcome.rowSkipped');
}

/**
 * A value of a date field could not be read.
 *
 * @example
 * unreadableDateMessage({ tab: 'リード', row: 12 }, '作成日', '2025/02/30', 'impossible_date', 'row_skipped', 'ja')
 * //=> '「リード」12行目: 作成日「2025/02/30」は存在しない日付・時刻です。この行は集計から除外しました。2025-04-01、2025/4/1、2025年4月1日のような形で入力してください。'
 */
export function unreadableDateMessage(
  place: Place,
  field: string,
  value: unknown,
  problem: DateProblem,
  outcome: Consequence,
  language: Language,
): string {
  const reason = describeDateProblem(problem, language);
  const values = { place: where(place, language), field, value: quoteSafely(value, language), reason, outcome: consequence(outcome, language) };
  return serverMessage(language, 'parse.unreadableDate', values);
}

/**
 * A date after today: almost always a typo (2099 for 2025), and one such date would stretch the
 * default period and the as-of date years ahead.
 *
 * @example
 * futureDateMessage({ tab: 'リード', row: 12 }, '作成日', '2099-04-01', '2026-11-27', 'row_skipped', 'ja')
 * //=> '「リード」12行目: 作成日「2099-04-01」は未来の日付です（今日は 2026-11-27）。この行は集計から除外しました。入力ミスがないか確認してください。'
 */
export function futureDateMessage(place: Place, field: string, day: string, today: string, outcome: Consequence, language: Language): string {
  return serverMessage(language, 'parse.futureDate', { place: where(place, language), field, day, today, outcome: consequence(outcome, language) });
}

/**
 * A value of a number field could not be read. `problem` and `fix` come from the number parser.
 *
 * @example
 * unreadableNumberMessage({ tab: '広告', row: 5 }, 'cost', 'abc', 'is not a number', 'Enter a number.', 'row_skipped', 'en')
 * //=> '"広告" row 5: cost "abc" is not a number. The row was skipped. Enter a number.'
 */
export function unreadableNumberMessage(
  place: Place,
  field: string,
  value: unknown,
  problem: string,
  fix: string,
  outcome: Consequence,
  language: Language,
): string {
  const values = { place: where(place, language), field, value: quoteSafely(value, language), problem, fix, outcome: consequence(outcome, language) };
  return serverMessage(language, 'parse.unreadableNumber', values);
}

/**
 * A required field is blank.
 *
 * @example
 * missingRequiredMessage({ tab: 'Ads', row: 7 }, 'cost', 'en')
 * //=> '"Ads" row 7: cost is blank. The row was skipped. Fill it in, or delete the row if it is not data.'
 */
export function missingRequiredMessage(place: Place, field: string, language: Language): string {
  return serverMessage(language, 'parse.missingRequired', { place: where(place, language), field });
}

/**
 * A negative number where only zero or more makes sense (counts), or a negative amount that was
 * kept (refunds and credit notes are real, but worth a look).
 *
 * @example
 * negativeValueMessage({ tab: 'Web', row: 3 }, 'sessions', -5, 'row_skipped', 'en')
 * //=> '"Web" row 3: sessions "-5" is negative. The row was skipped. Counts cannot be negative; check the value.'
 */
export function negativeValueMessage(
  place: Place,
  field: string,
  value: unknown,
  outcome: Consequence,
  language: Language,
): string {
  const key = outcome === 'value_kept' ? 'parse.negativeAmountKept' : 'parse.negativeCount';
  return serverMessage(language, key, { place: where(place, language), field, value: quoteSafely(value, language), outcome: consequence(outcome, language) });
}

/**
 * A bounce rate outside 0–100 %.
 *
 * @example
 * rateOutOfRangeMessage({ tab: 'GA4', row: 9 }, '直帰率', '140%', 'ja')
 * //=> '「GA4」9行目: 直帰率「140%」は 0〜100% の範囲外です。この値は空欄として扱いました。0.45、45% のような形で入力してください。'
 */
export function rateOutOfRangeMessage(place: Place, field: string, value: unknown, language: Language): string {
  return serverMessage(language, 'parse.rateOutOfRange', { place: where(place, language), field, value: quoteSafely(value, language) });
}

/**
 * A duration that could not be read.
 *
 * @example
 * unreadableDurationMessage({ tab: 'GA4', row: 4 }, 'average engagement time', 'abc', 'en')
 * //=> '"GA4" row 4: average engagement time "abc" is not a duration. The value was treated as blank. Use seconds (83), 1:23 or 1分23秒.'
 */
export function unreadableDurationMessage(place: Place, field: string, value: unknown, language: Language): string {
  return serverMessage(language, 'parse.unreadableDuration', { place: where(place, language), field, value: quoteSafely(value, language) });
}

/**
 * A targets row names a metric the report does not know.
 *
 * @example
 * unknownMetricMessage({ tab: '目標', row: 6 }, '粗利', 'en')
 * //=> '"目標" row 6: metric "粗利" is not one the report can track. The row was skipped. Use one of: leads, MQL, SQL, opportunities, won, revenue, cost, sessions, impressions, clicks (or リード数, 商談数, 受注数, 受注金額, 費用 …).'
 */
export function unknownMetricMessage(place: Place, value: unknown, language: Language): string {
  return serverMessage(language, 'parse.unknownMetric', { place: where(place, language), value: quoteSafely(value, language) });
}

/** Which column vocabulary an unrecognised value belongs to. */
export type VocabularyKind = 'flag' | 'status' | 'deal_stage';

const UNRECOGNISED_KEYS: { readonly [V in VocabularyKind]: ServerMessageKey } = {
  flag: 'parse.unrecognisedFlags',
  status: 'parse.unrecognisedStatuses',
  deal_stage: 'parse.unrecognisedDealStages',
};

/** An unreadable value and the first row it was seen in. */
export interface UnreadableExample {
  readonly value: string;
  readonly row: number;
}

/**
 * Values of a flag, status or deal-stage column that could not be read, once per tab and column,
 * each example with the row it was first seen in.
 *
 * @example
 * unrecognisedValuesMessage('リード', 'MQLフラグ', 'flag', [{ value: 'TBD', row: 7 }], 3, 'ja')
 * //=> '「リード」のMQLフラグ列に、読み取れない値が3行ありました（「TBD」7行目）。これらの行は、その段階に達していないものとして扱いました。○/×、はい/いいえ、1/0、または日付を入れてください。'
 */
export function unrecognisedValuesMessage(
  tab: string,
  field: string,
  vocabulary: VocabularyKind,
  examples: readonly UnreadableExample[],
  rowCount: number,
  language: Language,
): string {
  const examplesText = joinList(
    examples.map(({ value, row }) => serverMessage(language, 'parse.valueAtRow', { value: quoteSafely(value, language), row })),
    language,
  );
  const key = UNRECOGNISED_KEYS[vocabulary];
  return serverMessage(language, key as 'parse.unrecognisedFlags', { tab, field, count: rowCount, examples: examplesText });
}

/**
 * Row-level warnings beyond the per-column limit, summed up in one line.
 *
 * @example
 * moreRowsMessage('広告', '費用', 120, 'ja')
 * //=> '「広告」の費用列では、ほかに120行で同じ問題がありました。'
 */
export function moreRowsMessage(tab: string, field: string, rowCount: number, language: Language): string {
  return serverMessage(language, 'parse.moreRows', { tab, field, count: rowCount });
}

/**
 * A count of rows as a message says it: `12行`, `12 rows`, `1 row`.
 *
 * @example
 * [rowsText(12, 'ja'), rowsText(1, 'en')]
 * //=> ['12行', '1 row']
 */
export function rowsText(count: number, language: Language): string {
  return serverMessage(language, count === 1 ? 'tabs.oneRow' : 'tabs.rows', { count });
}

/**
 * A tab cannot be read as its kind because required columns are not mapped; `rows` counts the
 * rows below its header.
 *
 * @example
 * unusableTabMessage('広告', 12, '広告', ['費用'], 'ja')
 * //=> '「広告」タブ（12行）は、広告データとして読むのに必要な列（費用）が選ばれていないため、読み込みませんでした。サイドバーの「列の対応づけ」で列を選んでください。'
 */
export function unusableTabMessage(tab: string, rows: number, kind: string, fields: readonly string[], language: Language): string {
  return serverMessage(language, 'parse.unusableTab', { tab, rows: rowsText(rows, language), kind, fields: joinList(fields, language) });
}

/**
 * A mapping names a tab that does not exist (renamed or deleted since it was saved).
 *
 * @example
 * missingTabMessage('旧リード', 'en')
 * //=> 'Tab "旧リード" was not found, so it was not read. If it was renamed, set up the renamed tab in the sidebar.'
 */
export function missingTabMessage(tab: string, language: Language): string {
  return serverMessage(language, 'parse.missingTab', { tab });
}

/**
 * The saved header row is beyond the end of the tab.
 *
 * @example
 * headerNotFoundMessage('リード', 3, 'ja')
 * //=> '「リード」タブに見出し行（3行目）が見つからないため、読み込みませんでした。サイドバーで「再読み込み」を押し、このタブの設定を確認してください。'
 */
export function headerNotFoundMessage(tab: string, headerRowNumber: number, language: Language): string {
  return serverMessage(language, 'parse.headerNotFound', { tab, row: headerRowNumber });
}

const ORDER_KEYS: { readonly [O in DateOrder]: ServerMessageKey } = { dmy: 'dateOrder.dmy', mdy: 'dateOrder.mdy', ymd: 'dateOrder.ymd' };

/**
 * Every numeric date of a column was ambiguous, so the spreadsheet locale's order was used. Names the
 * column by its header, the order, and how the first such value was read.
 *
 * @example
 * assumedDateOrderMessage({ tab: 'Leads', column: 'Create Date', locale: 'en_US', order: 'mdy', example: '4/5/2025', reading: '2025-04-05' }, 'en')
 * //=> '"Leads", column "Create Date": no date in it shows whether the day or the month comes first, so they were read as month/day/year, the order of the spreadsheet locale (en_US): "4/5/2025" is 2025-04-05. If that is wrong, write the dates as year-month-day, e.g. 2025-04-05.'
 */
export function assumedDateOrderMessage(
  facts: { readonly tab: string; readonly column: string; readonly locale: string; readonly order: DateOrder; readonly example: string; readonly reading: string },
  language: Language,
): string {
  return serverMessage(language, 'parse.assumedDateOrder', {
    tab: facts.tab,
    column: quoteLabel(facts.column, language),
    locale: facts.locale,
    order: serverMessage(language, ORDER_KEYS[facts.order] as 'dateOrder.dmy'),
    example: quoteSafely(facts.example, language),
    reading: facts.reading,
  });
}

/**
 * A row without the metric of a long targets table.
 *
 * @example
 * missingMetricMessage({ tab: '目標', row: 4 }, 'en')
 * //=> '"目標" row 4: metric is blank, so the row was skipped. Enter a metric such as leads, opportunities or revenue.'
 */
export function missingMetricMessage(place: Place, language: Language): string {
  return serverMessage(language, 'parse.missingMetric', { place: where(place, language) });
}

/**
 * An email row without a delivered (or sent) count.
 *
 * @example
 * missingDeliveredMessage({ tab: 'メール', row: 3 }, 'ja')
 * //=> '「メール」3行目: 配信成功数（または配信数）が空欄か読み取れないため、この行は集計から除外しました。件数を入力してください。'
 */
export function missingDeliveredMessage(place: Place, language: Language): string {
  return serverMessage(language, 'parse.missingDelivered', { place: where(place, language) });
}

/** How many row numbers the total-rows warning names before counting the rest. */
const TOTAL_ROWS_NAMED = 10;

/**
 * Rows of a tab skipped as total or subtotal rows, named by their rows (one warning per tab).
 *
 * @example
 * totalRowsMessage('Google Ads', [5, 6, 7], 'en')
 * //=> 'Tab "Google Ads": 3 rows were skipped as total or subtotal rows (rows 5, 6, 7), so they are not counted twice. If one of them is data, give it its date (or id) or rename its total-like label.'
 */
export function totalRowsMessage(tab: string, rows: readonly number[], language: Language): string {
  const shown = rows.slice(0, TOTAL_ROWS_NAMED).map(String);
  const rest = rows.length - shown.length;
  const rowsText = joinList(shown, language);
  const list = rest > 0 ? serverMessage(language, 'parse.rowListMore', { rows: rowsText, count: rest }) : serverMessage(language, 'parse.rowList', { rows: rowsText, count: rows.length });
  return serverMessage(language, 'parse.totalRowsSkipped', { tab, count: rows.length, rows: list });
}

/**
 * A report's unlabelled summary row (no campaign or channel, its measures the sums of the other
 * rows: Meta's "Include summary row"), skipped so that it is not counted twice.
 *
 * @example
 * summaryRowsMessage('Meta', [2], ['Amount spent (JPY)', 'Impressions'], 'en')
 * //=> 'Tab "Meta": the report\'s summary row (row 2) was skipped so that it is not counted twice: it names no campaign or channel, and its "Amount spent (JPY)", "Impressions" equal the sums of the other rows. If it is data, give it its campaign name.'
 */
export function summaryRowsMessage(tab: string, rows: readonly number[], measures: readonly string[], language: Language): string {
  const list = serverMessage(language, 'parse.rowList', { rows: joinList(rows.map(String), language), count: rows.length });
  const labels = joinQuoted(measures.map(shortValue), language);
  return serverMessage(language, 'parse.summaryRowsSkipped', { tab, rows: list, measures: labels });
}

/**
 * The lines below a tab's table that are the export's footer (design §3.2.1), in one warning. Only
 * a line that is known boilerplate (a total label, a confidentiality or copyright notice) is quoted.
 *
 * @example
 * footerRowsMessage('report1', [203, 204, 206, 207], '機密情報 - 社外秘', 'ja')
 * //=> '「report1」の表の下の4行（203、204、206、207行目）はエクスポートのフッター（合計・注記など。例: 「機密情報 - 社外秘」）として除外しました。データなら表との間の空行を消してください。'
 */
export function footerRowsMessage(tab: string, rows: readonly number[], example: string | null, language: Language): string {
  const shown = rows.slice(0, TOTAL_ROWS_NAMED).map(String);
  const rest = rows.length - shown.length;
  const rowsText = joinList(shown, language);
  const list = rest > 0 ? serverMessage(language, 'parse.rowListMore', { rows: rowsText, count: rest }) : serverMessage(language, 'parse.rowList', { rows: rowsText, count: rows.length });
  const line = example === null ? '' : serverMessage(language, 'parse.footerExample', { line: quoteLabel(shortValue(example), language) });
  return serverMessage(language, 'parse.footerRowsSkipped', { tab, count: rows.length, rows: list, example: line });
}

/**
 * A money column written in more than one currency: its amounts were added as written.
 *
 * @example
 * mixedCurrenciesMessage('report1', '金額', ['JPY', 'USD'], 'ja')
 * //=> '「report1」の「金額」列は複数の通貨（JPY、USD）の金額を換算せずに合計しました。換算済みの列があれば、そちらを金額に選んでください。'
 */
export function mixedCurrenciesMessage(tab: string, column: string, currencies: readonly string[], language: Language): string {
  return serverMessage(language, 'parse.mixedCurrencies', { tab, column: quoteLabel(column, language), currencies: joinList(currencies, language) });
}

/**
 * A deals tab without a created date is dated by its close date: said once for the tab. A tab whose
 * close date is a won date (`受注日`) and that has no stage or outcome flag lists won deals.
 *
 * @example
 * dealsDatedByCloseMessage('受注一覧', '受注日', true, 'ja')
 * //=> '「受注一覧」は作成日もステージもない受注一覧として読みました。各行を、「受注日」列の日付に受注した商談として数えています（商談化の日も同じ日付です）。'
 */
export function dealsDatedByCloseMessage(tab: string, column: string, wonList: boolean, language: Language): string {
  return serverMessage(language, wonList ? 'parse.wonDealList' : 'parse.dealsDatedByClose', { tab, column: quoteLabel(column, language) });
}
