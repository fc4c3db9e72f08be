/**
 * The report period and the as-of date (design §4.1).
 */
import type { DayNumber, FunnelSettings, IsoDay, Language, ParsedWorkbook } from '../model/types';
import { isoToDay } from '../dates/calendar';
import { serverMessage } from '../text/messages';

export interface FunnelWindow {
  /** Inclusive first and last day of the period. */
  readonly from: DayNumber;
  readonly to: DayNumber;
  /** Latest date in any mapped date field; never moved by the period settings. */
  readonly asOf: DayNumber;
  /** Earliest and latest date anywhere in the data (null without dates), to tell a period that misses it all. */
  readonly dataFrom: DayNumber | null;
  readonly dataTo: DayNumber | null;
  /** First day the funnel data covers (earliest ads/traffic date or lead created date): a previous period before it is not covered. */
  readonly funnelDataFrom: DayNumber | null;
  /** False when no tab has a dated row and no period was set: from, to and as-of are then placeholders. */
  readonly dated: boolean;
}

/** Tracks the earliest and latest of the days it is shown. */
class DayRange {
  min: DayNumber | null = null;
  max: DayNumber | null = null;

  include(day: DayNumber | null): void {
    if (day === null) return;
    if (this.min === null || day < this.min) this.min = day;
    if (this.max === null || day > this.max) this.max = day;
  }
}

function readSettingDay(text: IsoDay, field: 'from' | 'to', language: Language): DayNumber {
  const day = isoToDay(text);
  if (day !== null) return day;
  const key = field === 'from' ? 'settings.periodStartUnreadable' : 'settings.periodEndUnreadable';
  throw new RangeError(serverMessage(language, key, { value: text }));
}

/**
 * Works out the period and the as-of date.
 * - Default period: earliest to latest of ads/traffic dates and lead created dates.
 * - As-of: latest of ads/traffic dates, lead created and stage dates, deal created dates and the
 *   close dates of closed (won or lost) deals. An open deal's close date is an expected date
 *   (Salesforce 完了予定日), often months ahead: counting it would move as-of into the future.
 * - `settings.from`/`settings.to` replace either end of the period; the as-of date stays.
 * - Without any of those dates (a deals-only or email-only workbook), the period runs over the
 *   dates the other tabs have — deal created dates, closed deals' close dates, e-mail dates — and
 *   as-of falls back the same way; then to 1970-01-01, so the result is always defined (callers
 *   refuse empty workbooks earlier).
 *
 * @example
 * const { from, to, asOf } = resolveWindow(workbook, { view: 'cohort', language: 'ja', currency: 'JPY' });
 * [formatIsoDay(from), formatIsoDay(to), formatIsoDay(asOf)]
 * //=> ['2025-04-01', '2025-06-30', '2025-08-12'] // a deal closed on 2025-08-12
 *
 * @throws RangeError when `settings.from` or `settings.to` is not a `YYYY-MM-DD` day.
 */
export function resolveWindow(workbook: ParsedWorkbook, settings: FunnelSettings): FunnelWindow {
  const period = new DayRange();
  const dated = new DayRange();
  // A report without a day column spans its stated period: both ends count (design §3.2.1).
  for (const row of workbook.ads) {
    period.include(row.date);
    period.include(row.until);
  }
  for (const row of workbook.traffic) {
    period.include(row.date);
    period.include(row.until);
  }
  for (const row of workbook.leads) {
    period.include(row.created);
    dated.include(row.mql.date);
    dated.include(row.sql.date);
    dated.include(row.opportunities.date);
    dated.include(row.won.date);
  }
  dated.include(period.min);
  dated.include(period.max);
  const fallback = new DayRange();
  for (const row of workbook.deals) {
    // An open deal of a list without created dates is dated by its expected close date: it belongs
    // to the period of a deals-only workbook but must not move as-of (design §3.2.1, §4.1).
    if (row.outcome !== 'open' || row.created !== row.closeDate) dated.include(row.created);
    else fallback.include(row.created);
    if (row.outcome !== 'open') dated.include(row.closeDate);
  }
  fallback.include(dated.min);
  fallback.include(dated.max);
  // Without ads, traffic or leads the period covers the tabs there are: deals and e-mail (design §3.2.1).
  for (const row of workbook.email) fallback.include(row.date);

  const setFrom = settings.from !== undefined ? readSettingDay(settings.from, 'from', settings.language) : null;
  const setTo = settings.to !== undefined ? readSettingDay(settings.to, 'to', settings.language) : null;
  // One end set beyond all the data: the other end, taken from the data, would cross it and make an
  // inverted period the user never chose; the period is then the day they set.
  const dataFrom = period.min ?? fallback.min ?? 0;
  const dataTo = period.max ?? fallback.max ?? 0;
  const from = setFrom ?? (setTo !== null && setTo < dataFrom ? setTo : dataFrom);
  const to = setTo ?? (setFrom !== null && setFrom > dataTo ? setFrom : dataTo);
  const anyDay = settings.from !== undefined || settings.to !== undefined || period.min !== null || fallback.min !== null;
  return { from, to, asOf: dated.max ?? fallback.max ?? to, dataFrom: fallback.min, dataTo: fallback.max, funnelDataFrom: period.min, dated: anyDay };
}
