import { DEFAULT_LEAD_TO_WON_DAYS, isImmatureMonth } from '../../../src/core/funnel/maturity';
import { day } from './builders';

describe('isImmatureMonth', () => {
  const aprilEnd = day('2025-04-30');

  it('uses 90 days when the median lead→won time is unknown', () => {
    expect(DEFAULT_LEAD_TO_WON_DAYS).toBe(90);
    // 2025-07-28 is 89 days after April 30; 2025-07-29 is 90.
    expect(isImmatureMonth(aprilEnd, day('2025-07-28'), null)).toBe(true);
    expect(isImmatureMonth(aprilEnd, day('2025-07-29'), null)).toBe(false);
  });

  it('uses the median lead→won days when known', () => {
    // 2025-05-30 is 30 days after April 30.
    expect(isImmatureMonth(aprilEnd, day('2025-05-30'), 30)).toBe(false);
    expect(isImmatureMonth(aprilEnd, day('2025-05-30'), 30.5)).toBe(true);
  });
});

describe('edge cases', () => {
  it('treats a month ending after the as-of date as immature', () => {
    expect(isImmatureMonth(day('2025-08-31'), day('2025-08-15'), 0)).toBe(true);
  });
});
