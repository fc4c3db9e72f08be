/**
 * Warning texts of the parser, in Japanese and English. Each says what is wrong, where, what was
 * done about it, and how to fix it. Cell values are quoted short (at most 30 characters) so that
 * warnings never carry whole rows of personal data.
 */
import type { DateProblem } from '../dates/dayResult';
import { describeDateProblem } from '../dates/dayResult';
import { dateObjectMilliseconds, isDateObject } from '../dates/instants';
import type { Language } from '../model/types';

const MAX_QUOTED_LENGTH = 30;

/**
 * A cell value as it may appear inside a message: trimmed, shortened, on one line.
 *
 * @example
 * quoteValue('  2025/02/30 ')
 * //=> '2025/02/30'
 */
export function quoteValue(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'boolean') text = value ? 'TRUE' : 'FALSE';
  else if (isDateObject(value)) text = Number.isFinite(dateObjectMilliseconds(value)) ? 'date value' : 'Invalid Date';
  else text = String(value);
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_QUOTED_LENGTH ? `${oneLine.slice(0, MAX_QUOTED_LENGTH)}…` : oneLine;
}

/** Where a problem is: a tab and the row number the user sees. */
export interface Place {
  readonly tab: string;
  readonly row: number;
}

function where(place: Place, language: Language): string {
  return language === 'ja' ? `「${place.tab}」${place.row}行目: ` : `"${place.tab}" row ${place.row}: `;
}

/** What happened to the row or value. */
export type Consequence = 'row_skipped' | 'value_blank' | 'value_kept' | 'stage_undated';

function consequence(kind: Consequence, language: Language): string {
  if (language === 'ja') {
    return {
      row_skipped: 'この行は集計から除外しました。',
      value_blank: 'この値は空欄として扱いました。',
      value_kept: 'この値はそのまま集計に含めました。',
      stage_undated: 'この段階には到達したものとして数え、日付は使いませんでした。',
    }[kind];
  }
  return {
    row_skipped: 'The row was skipped.',
    value_blank: 'The value was treated as blank.',
    value_kept: 'The value was kept.',
    stage_undated: 'The stage counts as reached, without this date.',
  }[kind];
}

const DATE_FIX = {
  ja: '2025-04-01、2025/4/1、2025年4月1日のような形で入力してください。',
  en: 'Use a form such as 2025-04-01, 2025/4/1 or Apr 1, 2025.',
};

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
  return language === 'ja'
    ? `${where(place, language)}${field}「${quoteValue(value)}」は${reason}。${consequence(outcome, language)}${DATE_FIX.ja}`
    : `${where(place, language)}${field} "${quoteValue(value)}" ${reason}. ${consequence(outcome, language)} ${DATE_FIX.en}`;
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
  return language === 'ja'
    ? `${where(place, language)}${field}「${day}」は未来の日付です（今日は ${today}）。${consequence(outcome, language)}入力ミスがないか確認してください。`
    : `${where(place, language)}${field} "${day}" is in the future (today is ${today}). ${consequence(outcome, language)} Check the date for a typo.`;
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
  return language === 'ja'
    ? `${where(place, language)}${field}「${quoteValue(value)}」は${problem}。${consequence(outcome, language)}${fix}`
    : `${where(place, language)}${field} "${quoteValue(value)}" ${problem}. ${consequence(outcome, language)} ${fix}`;
}

/**
 * A required field is blank.
 *
 * @example
 * missingRequiredMessage({ tab: 'Ads', row: 7 }, 'cost', 'en')
 * //=> '"Ads" row 7: cost is blank. The row was skipped. Fill it in, or delete the row if it is not data.'
 */
export function missingRequiredMessage(place: Place, field: string, language: Language): string {
  return language === 'ja'
    ? `${where(place, language)}${field}が空欄です。${consequence('row_skipped', language)}値を入力するか、データの行でなければ削除してください。`
    : `${where(place, language)}${field} is blank. ${consequence('row_skipped', language)} Fill it in, or delete the row if it is not data.`;
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
  const kept = outcome === 'value_kept';
  if (language === 'ja') {
    const advice = kept ? '返金や調整であれば問題ありません。' : '件数がマイナスになることはありません。値を確認してください。';
    return `${where(place, language)}${field}「${quoteValue(value)}」がマイナスです。${consequence(outcome, language)}${advice}`;
  }
  const advice = kept ? 'This is fine for a refund or an adjustment.' : 'Counts cannot be negative; check the value.';
  return `${where(place, language)}${field} "${quoteValue(value)}" is negative. ${consequence(outcome, language)} ${advice}`;
}

/**
 * A bounce rate outside 0–100 %.
 *
 * @example
 * rateOutOfRangeMessage({ tab: 'GA4', row: 9 }, '直帰率', '140%', 'ja')
 * //=> '「GA4」9行目: 直帰率「140%」は 0〜100% の範囲外です。この値は空欄として扱いました。0.45、45% のような形で入力してください。'
 */
export function rateOutOfRangeMessage(place: Place, field: string, value: unknown, language: Language): string {
  return language === 'ja'
    ? `${where(place, language)}${field}「${quoteValue(value)}」は 0〜100% の範囲外です。${consequence('value_blank', language)}0.45、45% のような形で入力してください。`
    : `${where(place, language)}${field} "${quoteValue(value)}" is outside 0–100%. ${consequence('value_blank', language)} Use a form such as 0.45 or 45%.`;
}

/**
 * A duration that could not be read.
 *
 * @example
 * unreadableDurationMessage({ tab: 'GA4', row: 4 }, 'average engagement time', 'abc', 'en')
 * //=> '"GA4" row 4: average engagement time "abc" is not a duration. The value was treated as blank. Use seconds (83), 1:23 or 1分23秒.'
 */
export function unreadableDurationMessage(place: Place, field: string, value: unknown, language: Language): string {
  return language === 'ja'
    ? `${where(place, language)}${field}「${quoteValue(value)}」は時間として読めません。${consequence('value_blank', language)}秒数（83）、1:23、1分23秒のような形で入力してください。`
    : `${where(place, language)}${field} "${quoteValue(value)}" is not a duration. ${consequence('value_blank', language)} Use seconds (83), 1:23 or 1分23秒.`;
}

/**
 * A targets row names a metric the report does not know.
 *
 * @example
 * unknownMetricMessage({ tab: '目標', row: 6 }, '粗利', 'en')
 * //=> '"目標" row 6: metric "粗利" is not one the report can track. The row was skipped. Use one of: leads, MQL, SQL, opportunities, won, revenue, cost, sessions, impressions, clicks (or リード数, 商談数, 受注数, 受注金額, 費用 …).'
 */
export function unknownMetricMessage(place: Place, value: unknown, language: Language): string {
  return language === 'ja'
    ? `${where(place, language)}指標「${quoteValue(value)}」はレポートで扱えない指標です。${consequence('row_skipped', language)}リード数、MQL数、SQL数、商談数、受注数、受注金額、費用、セッション、表示回数、クリック数のいずれかにしてください。`
    : `${where(place, language)}metric "${quoteValue(value)}" is not one the report can track. ${consequence('row_skipped', language)} Use one of: leads, MQL, SQL, opportunities, won, revenue, cost, sessions, impressions, clicks (or リード数, 商談数, 受注数, 受注金額, 費用 …).`;
}

/** Which column vocabulary an unrecognised value belongs to. */
export type VocabularyKind = 'flag' | 'status' | 'deal_stage';

/**
 * Values of a flag, status or deal-stage column that could not be read, once per tab and column.
 *
 * @example
 * unrecognisedValuesMessage('リード', 'MQLフラグ', 'flag', ['要確認'], 3, 'ja')
 * //=> '「リード」のMQLフラグ列に、読み取れない値が3行ありました（「要確認」）。これらの行は、その段階に達していないものとして扱いました。○/×、はい/いいえ、1/0、または日付を入れてください。'
 */
export function unrecognisedValuesMessage(
  tab: string,
  field: string,
  vocabulary: VocabularyKind,
  examples: readonly string[],
  rowCount: number,
  language: Language,
): string {
  const quoted = language === 'ja' ? examples.map((e) => `「${quoteValue(e)}」`).join('') : examples.map((e) => `"${quoteValue(e)}"`).join(', ');
  if (language === 'ja') {
    const treatment = {
      flag: 'これらの行は、その段階に達していないものとして扱いました。○/×、はい/いいえ、1/0、または日付を入れてください。',
      status: 'これらの行はリードの段階として扱いました。リード、MQL、SQL、商談、受注、失注などの値にすると、段階が反映されます。',
      deal_stage: 'これらの商談は進行中として扱いました。受注した商談は「受注」「成立」「Closed Won」、失注した商談は「失注」「Closed Lost」などの値にしてください。',
    }[vocabulary];
    return `「${tab}」の${field}列に、読み取れない値が${rowCount}行ありました（${quoted}）。${treatment}`;
  }
  const treatment = {
    flag: 'Those rows were counted as not having reached the stage. Use ○/×, yes/no, 1/0 or a date.',
    status: 'Those rows were counted at the lead stage. Use values such as Lead, MQL, SQL, Opportunity, Won or Lost.',
    deal_stage: 'Those deals were counted as open. For closed deals, use values such as Closed Won / 受注 or Closed Lost / 失注.',
  }[vocabulary];
  return `"${tab}", column ${field}: ${rowCount} row(s) hold values that could not be read (${quoted}). ${treatment}`;
}

/**
 * Row-level warnings beyond the per-column limit, summed up in one line.
 *
 * @example
 * moreRowsMessage('広告', '費用', 120, 'ja')
 * //=> '「広告」の費用列では、ほかに120行で同じ問題がありました。'
 */
export function moreRowsMessage(tab: string, field: string, rowCount: number, language: Language): string {
  return language === 'ja'
    ? `「${tab}」の${field}列では、ほかに${rowCount}行で同じ問題がありました。`
    : `"${tab}", column ${field}: the same problem occurs in ${rowCount} more row(s).`;
}

/**
 * A tab cannot be read as its kind because required columns are not mapped.
 *
 * @example
 * unusableTabMessage('広告', '広告', ['費用'], 'ja')
 * //=> '「広告」タブは、広告データとして読むのに必要な列（費用）が選ばれていないため、読み込みませんでした。サイドバーの「列の対応づけ」で列を選んでください。'
 */
export function unusableTabMessage(tab: string, kind: string, fields: readonly string[], language: Language): string {
  return language === 'ja'
    ? `「${tab}」タブは、${kind}データとして読むのに必要な列（${fields.join('、')}）が選ばれていないため、読み込みませんでした。サイドバーの「列の対応づけ」で列を選んでください。`
    : `Tab "${tab}" was not read: the columns it needs as ${kind} data (${fields.join(', ')}) are not mapped. Choose them under column mapping in the sidebar.`;
}

/**
 * A mapping names a tab that does not exist (renamed or deleted since it was saved).
 *
 * @example
 * missingTabMessage('旧リード', 'en')
 * //=> 'Tab "旧リード" was not found, so it was not read. If it was renamed, set up the renamed tab in the sidebar.'
 */
export function missingTabMessage(tab: string, language: Language): string {
  return language === 'ja'
    ? `「${tab}」タブが見つからないため、読み込みませんでした。タブ名を変えた場合は、サイドバーで新しい名前のタブを設定し直してください。`
    : `Tab "${tab}" was not found, so it was not read. If it was renamed, set up the renamed tab in the sidebar.`;
}

/**
 * The saved header row is beyond the end of the tab.
 *
 * @example
 * headerNotFoundMessage('リード', 3, 'ja')
 * //=> '「リード」タブに見出し行（3行目）が見つからないため、読み込みませんでした。サイドバーで「再読み込み」を押し、このタブの設定を確認してください。'
 */
export function headerNotFoundMessage(tab: string, headerRowNumber: number, language: Language): string {
  return language === 'ja'
    ? `「${tab}」タブに見出し行（${headerRowNumber}行目）が見つからないため、読み込みませんでした。サイドバーで「再読み込み」を押し、このタブの設定を確認してください。`
    : `Tab "${tab}" has no header row at row ${headerRowNumber}, so it was not read. Press Reload in the sidebar and check the setup of this tab.`;
}

/**
 * Dates like 4/5/2025 were read as month/day/year because no value in the column decided it.
 *
 * @example
 * assumedDateOrderMessage('Leads', 'created date', 'en')
 * //=> '"Leads", column created date: dates such as 4/5/2025 were read as month/day/year. If they are day/month/year, write them as 2025-05-04.'
 */
export function assumedDateOrderMessage(tab: string, field: string, language: Language): string {
  return language === 'ja'
    ? `「${tab}」の${field}列にある 4/5/2025 のような日付は、「月/日/年」として読みました。「日/月/年」で入力している場合は、2025-05-04 の形に直してください。`
    : `"${tab}", column ${field}: dates such as 4/5/2025 were read as month/day/year. If they are day/month/year, write them as 2025-05-04.`;
}
