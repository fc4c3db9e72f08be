import { dayToIso } from '../../../src/core/dates/calendar';
import { dayFromIso } from '../../../src/core/sample/calendar';
import { EMAIL_HEADERS, emailSchedule, emailTab } from '../../../src/core/sample/emailTab';
import { webinarDays } from '../../../src/core/sample/leads';
import { createRandom } from '../../../src/core/sample/random';
import { fiscalYearDays } from '../../../src/core/sample/year';

const days = fiscalYearDays();
const schedule = emailSchedule(days, webinarDays(days));

describe('emailSchedule', () => {
  it('sends a newsletter on the second Tuesday of every month', () => {
    const newsletters = schedule.filter((send) => send.kind === 'newsletter');
    expect(newsletters).toHaveLength(12);
    expect(newsletters[0]).toEqual({ day: dayFromIso('2025-04-08'), campaign: '4月メルマガ', kind: 'newsletter' });
  });

  it('invites to each webinar two weeks ahead, moved off holidays', () => {
    const invitations = schedule.filter((send) => send.campaign.endsWith('ウェビナーのご案内'));
    expect(invitations).toHaveLength(12);
    // The January webinar is on 2026-01-15; two weeks before is New Year's Day, so the mail goes on 5 January.
    expect(dayToIso(invitations.find((send) => send.campaign === '1月ウェビナーのご案内')?.day ?? 0)).toBe('2026-01-05');
  });

  it('is sorted by day and only uses business days', () => {
    const byIso = new Map(days.map((day) => [day.day, day]));
    expect(schedule.every((send, index) => index === 0 || send.day >= (schedule[index - 1]?.day ?? 0))).toBe(true);
    expect(schedule.every((send) => byIso.get(send.day)?.businessDay)).toBe(true);
  });
});

describe('emailTab', () => {
  const tab = emailTab(createRandom(1), days, schedule, () => 1000, { scale: 1, showVisitors: 280, name: 'メール' });
  const data = tab.values.slice(1);

  it('has the headers 配信日, キャンペーン, 配信数, 開封数, クリック数', () => {
    expect(tab.values[0]).toEqual([...EMAIL_HEADERS]);
  });

  it('keeps clicks ≤ opens ≤ delivered with open rates between 15% and 55%', () => {
    for (const row of data) {
      const [delivered, opens, clicks] = [row[2] as number, row[3] as number, row[4] as number];
      expect(clicks).toBeLessThanOrEqual(opens);
      expect(opens).toBeLessThanOrEqual(delivered);
      expect(opens / delivered).toBeGreaterThan(0.15);
      expect(opens / delivered).toBeLessThan(0.55);
    }
  });

  it('sends to the list (6,000 plus 85% of earlier leads), and thank-you mails to one show’s visitors', () => {
    const newsletter = data.find((row) => row[1] === '4月メルマガ');
    // Audience 6,000 + 0.85 × 1,000 = 6,850; 97–99% delivered.
    expect(newsletter?.[2]).toBeGreaterThanOrEqual(Math.round(6850 * 0.97));
    expect(newsletter?.[2]).toBeLessThanOrEqual(Math.round(6850 * 0.99));
    const thanks = data.find((row) => String(row[1]).startsWith('展示会ご来場お礼'));
    // 280 visitors over 4 shows = 70 each.
    expect(thanks?.[2]).toBeLessThanOrEqual(70);
    expect(thanks?.[2]).toBeGreaterThanOrEqual(67);
  });
});
