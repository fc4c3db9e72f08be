/**
 * The メール tab: the newsletter and invitation sends of an email-delivery tool, one row per send.
 */
import type { DayNumber } from '../model/types';
import type { SampleCell, SampleTab } from './cells';
import { cellOfDay, rectangular } from './grid';
import { FISCAL_YEAR_START, MAILING_LIST_START, TRADE_SHOWS } from './plan';
import type { Random } from './random';
import { businessDayOnOrAfter, type YearDay } from './year';

export const EMAIL_HEADERS = ['配信日', 'キャンペーン', '配信数', '開封数', 'クリック数'] as const;

type SendKind = 'newsletter' | 'invitation' | 'thanks';

export interface EmailSend {
  readonly day: DayNumber;
  readonly campaign: string;
  readonly kind: SendKind;
}

/** Open and click rates (of delivered) by kind of send. */
const RESPONSE: Readonly<Record<SendKind, { open: [number, number]; click: [number, number] }>> = {
  newsletter: { open: [0.22, 0.32], click: [0.015, 0.035] },
  invitation: { open: [0.18, 0.26], click: [0.02, 0.04] },
  thanks: { open: [0.35, 0.5], click: [0.05, 0.08] },
};

/**
 * The year's sends: a newsletter on the second Tuesday of each month, a webinar invitation two
 * weeks before each webinar, and an invitation and a thank-you around each trade show.
 *
 * @example
 * emailSchedule(fiscalYearDays(), webinarDays(fiscalYearDays()))[0]
 * //=> { day: dayFromIso('2025-04-03'), campaign: '4月ウェビナーのご案内', kind: 'invitation' }
 */
export function emailSchedule(days: readonly YearDay[], webinars: readonly DayNumber[]): EmailSend[] {
  const monthOf = (day: DayNumber) => days[day - FISCAL_YEAR_START]?.month ?? 0;
  const sends: EmailSend[] = [];
  for (const day of days) {
    if (day.weekday === 2 && day.dayOfMonth >= 8 && day.dayOfMonth <= 14) {
      sends.push({ day: day.day, campaign: `${day.month}月メルマガ`, kind: 'newsletter' });
    }
  }
  for (const webinar of webinars) {
    sends.push({ day: businessDayOnOrAfter(days, webinar - 14), campaign: `${monthOf(webinar)}月ウェビナーのご案内`, kind: 'invitation' });
  }
  for (const show of TRADE_SHOWS) {
    sends.push({ day: businessDayOnOrAfter(days, show.firstDay - 21), campaign: `展示会ご招待（${show.name}）`, kind: 'invitation' });
    sends.push({ day: businessDayOnOrAfter(days, show.firstDay + show.days + 4), campaign: `展示会ご来場お礼（${show.name}）`, kind: 'thanks' });
  }
  // Plain code-unit order, not localeCompare: the output must not depend on the runtime's locale data.
  return sends.sort((a, b) => a.day - b.day || (a.campaign < b.campaign ? -1 : a.campaign > b.campaign ? 1 : 0));
}

/**
 * The メール tab. The list grows with the leads: `leadsBefore(day)` is how many leads were created
 * before that day; thank-you mails go to the show's visitors only.
 *
 * @example
 * emailTab(createRandom(1), days, sends, () => 0, { scale: 1, showVisitors: 270, name: 'メール' }).values[0]
 * //=> ['配信日', 'キャンペーン', '配信数', '開封数', 'クリック数']
 */
export function emailTab(
  random: Random,
  days: readonly YearDay[],
  sends: readonly EmailSend[],
  leadsBefore: (day: DayNumber) => number,
  options: { scale: number; showVisitors: number; name: string },
): SampleTab {
  const rows: SampleCell[][] = [[...EMAIL_HEADERS]];
  for (const send of sends) {
    const audience = send.kind === 'thanks' ? options.showVisitors / TRADE_SHOWS.length : MAILING_LIST_START * options.scale + 0.85 * leadsBefore(send.day);
    const delivered = Math.max(1, Math.round(audience * random.between(0.97, 0.99)));
    const response = RESPONSE[send.kind];
    const opens = Math.round(delivered * random.between(...response.open));
    const clicks = Math.min(opens, Math.round(delivered * random.between(...response.click)));
    rows.push([cellOfDay(days, send.day), send.campaign, delivered, opens, clicks]);
  }
  return { name: options.name, values: rectangular(rows) };
}
