/**
 * Reports without a day column (design §3.2.1): which tabs they are, whether the report period
 * covers the period each one states, and the warning that says how they were counted.
 *
 * Decision where the spec is silent: a stated period only partly inside the report period is NOT
 * counted. Spend or sessions of such a report cannot be split by day without inventing how they
 * spread (campaigns start, pause and end mid-period), so the tab is left out with a warning that
 * says which period would include it, or how to download it with a day column.
 */
import type { Language, ParsedWorkbook, Warning } from '../model/types';
import type { UndatedTab } from '../model/summary';
import { serverMessage } from '../text/messages';
import { dayToIso, isoToDay } from '../dates/calendar';
import type { FunnelWindow } from './window';

/**
 * The tabs read by a stated period, each with whether the window covers it.
 *
 * @example
 * undatedTabs(workbookWithGoogleAdsJuly, julyWindow)
 * //=> [{ tab: 'Google Ads', kind: 'ads', from: '2025-07-08', to: '2025-07-31', counted: true }]
 */
export function undatedTabs(workbook: ParsedWorkbook, window: FunnelWindow): UndatedTab[] {
  const tabs: UndatedTab[] = [];
  for (const source of workbook.sources) {
    if (source.period === undefined || (source.kind !== 'ads' && source.kind !== 'traffic')) continue;
    const from = isoToDay(source.period.from);
    const to = isoToDay(source.period.to);
    const counted = from !== null && to !== null && from >= window.from && to <= window.to;
    tabs.push({ tab: source.tab, kind: source.kind, from: source.period.from, to: source.period.to, counted });
  }
  return tabs;
}

/**
 * One warning per tab without a day column: counted for its stated period (in no month), or left
 * out because the report period covers only part of it.
 *
 * @example
 * undatedTabWarnings([{ tab: 'Ads', kind: 'ads', from: '2025-07-08', to: '2025-07-31', counted: true }], window, 'en')[0].message
 * //=> 'Tab "Ads" has no day column: its rows count for the period its header lines state (2025-07-08 to 2025-07-31), in the totals and by channel but in no month. To see them by month, download the report by day (Google Ads: Segment → Time → Day; Yahoo! JAPAN Ads: add Day to the report).'
 */
export function undatedTabWarnings(tabs: readonly UndatedTab[], window: FunnelWindow, language: Language): Warning[] {
  return tabs.map((tab) => {
    const values = { tab: tab.tab, from: tab.from, to: tab.to, periodFrom: dayToIso(window.from), periodTo: dayToIso(window.to) };
    const fix = serverMessage(language, tab.kind === 'ads' ? 'tabs.dayColumnAds' : 'tabs.dayColumnTraffic');
    const message = tab.counted
      ? serverMessage(language, 'funnel.statedPeriodCounted', { ...values, fix })
      : serverMessage(language, 'funnel.statedPeriodOutside', { ...values, fix });
    return { tab: tab.tab, row: null, field: 'date', code: 'stated_period', message };
  });
}
