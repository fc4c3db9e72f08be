import { MEASURES, type Availability } from '../../../src/core/funnel/availability';
import { monthsBetween } from '../../../src/core/funnel/days';
import { toKpiRow } from '../../../src/core/funnel/kpiRow';
import { buildMonthRows } from '../../../src/core/funnel/monthRows';
import { monthTargets } from '../../../src/core/funnel/targets';
import { emptyTally } from '../../../src/core/funnel/tally';
import { day, target } from './builders';

const everything: Availability = Object.fromEntries(MEASURES.map((measure) => [measure, true])) as Availability;
const row = (leads: number, opportunities: number) => toKpiRow({ ...emptyTally(), leads, opportunities }, everything, {});
const months = monthsBetween(day('2025-04-01'), day('2025-06-30'));

describe('buildMonthRows', () => {
  it('gives month-over-month growth of leads and 商談化率, null for the first month', () => {
    const rows = buildMonthRows({
      months,
      rows: [row(40, 4), row(50, 10), row(25, 5)],
      eventRows: [row(40, 4), row(50, 10), row(25, 5)],
      view: 'period',
      asOf: day('2025-06-30'),
      medianLeadToWonDays: null,
      targets: [],
    });
    // Leads 40 → 50 → 25 (+25%, −50%); 商談化率 0.1 → 0.2 → 0.2: +0.1 (10 pt), then 0.
    expect(rows.map((month) => [month.month, month.leadsChange, month.opportunityRateChange])).toEqual([
      ['2025-04', null, null],
      ['2025-05', 0.25, 0.1],
      ['2025-06', -0.5, 0],
    ]);
  });

  it('flags cohort months that ended fewer than the median lead→won days before the as-of date', () => {
    const rows = buildMonthRows({
      months,
      rows: [row(1, 0), row(1, 0), row(1, 0)],
      eventRows: [row(1, 0), row(1, 0), row(1, 0)],
      view: 'cohort',
      asOf: day('2025-06-30'),
      medianLeadToWonDays: 45,
      targets: [],
    });
    // April ends 61 days before as-of, May 30 days, June 0 days.
    expect(rows.map((month) => month.immature)).toEqual([false, true, true]);
  });

  it('never flags months in the period view', () => {
    const rows = buildMonthRows({ months, rows: [row(1, 0), row(1, 0), row(1, 0)], eventRows: [row(1, 0), row(1, 0), row(1, 0)], view: 'period', asOf: day('2025-06-30'), medianLeadToWonDays: 45, targets: [] });
    expect(rows.map((month) => month.immature)).toEqual([false, false, false]);
  });
});

describe('months after the as-of date', () => {
  it('are not started: counts, changes, actuals and attainment null, never 0 and 0 %', () => {
    // As-of 05-20: June has not started. Its targets stay; what happened against them is unknown yet.
    const rows = buildMonthRows({
      months,
      rows: [row(40, 4), row(30, 3), row(0, 0)],
      eventRows: [row(40, 4), row(30, 3), row(0, 0)],
      view: 'cohort',
      asOf: day('2025-05-20'),
      // April ended 20 days before: complete at a 15-day median; May is provisional.
      medianLeadToWonDays: 15,
      targets: [target('2025-05', 'leads', 50), target('2025-06', 'leads', 50)],
    });
    expect(rows.map((month) => [month.month, month.notStarted ?? false, month.immature])).toEqual([
      ['2025-04', false, false],
      ['2025-05', false, true],
      ['2025-06', true, false],
    ]);
    expect(rows[2]).toMatchObject({ leads: null, opportunities: null, opportunityRate: null, leadsChange: null, opportunityRateChange: null });
    expect(rows[2]?.targets).toEqual([{ metric: 'leads', target: 50, actual: null, attainment: null }]);
    // May has started: 30 of 50 so far.
    expect(rows[1]?.targets).toEqual([{ metric: 'leads', target: 50, actual: 30, attainment: 0.6 }]);
  });
});

describe('targets against event-date actuals', () => {
  it('divides by the event-date row, not the cohort row (design §4.5)', () => {
    const rows = buildMonthRows({
      months: months.slice(0, 1),
      rows: [row(40, 1)], // cohort: 1 of April's leads became an opportunity so far
      eventRows: [row(40, 15)], // 15 opportunities happened in April
      view: 'cohort',
      asOf: day('2025-04-30'),
      medianLeadToWonDays: null,
      targets: [target('2025-04', 'opportunities', 15)],
    });
    // 15 ÷ 15 = 100 %, not 1 ÷ 15 = 6.7 %.
    expect(rows[0]?.targets).toEqual([{ metric: 'opportunities', target: 15, actual: 15, attainment: 1 }]);
    expect(rows[0]?.opportunities).toBe(1);
  });
});

describe('monthTargets', () => {
  it('sums a month’s targets per metric and gives attainment = actual ÷ target', () => {
    const targets = [target('2025-04', 'leads', 30), target('2025-04', 'leads', 20), target('2025-04', 'cost', 100000), target('2025-05', 'leads', 99)];
    expect(monthTargets('2025-04', targets, { ...row(40, 0), cost: null })).toEqual([
      { metric: 'leads', target: 50, actual: 40, attainment: 0.8 },
      { metric: 'cost', target: 100000, actual: null, attainment: null },
    ]);
  });
});

describe('edge cases', () => {
  it('gives null growth after a month with no leads', () => {
    const rows = buildMonthRows({ months: months.slice(0, 2), rows: [row(0, 0), row(10, 1)], eventRows: [row(0, 0), row(10, 1)], view: 'period', asOf: day('2025-06-30'), medianLeadToWonDays: null, targets: [] });
    // No base for growth; April's 商談化率 is 0 ÷ 0 = null, so there is no difference either.
    expect([rows[1]?.leadsChange, rows[1]?.opportunityRateChange]).toEqual([null, null]);
  });

  it('gives null attainment for a zero target', () => {
    expect(monthTargets('2025-04', [target('2025-04', 'won', 0)], row(5, 1))).toEqual([{ metric: 'won', target: 0, actual: 0, attainment: null }]);
  });
});
