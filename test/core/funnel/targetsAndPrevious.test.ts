/**
 * Targets compare with event-date actuals in every view (design §4.5), for each month and for the
 * whole period; the previous period of the same length is tallied when the data covers it
 * (design §6 item 1).
 */
import { computeFunnelSummary } from '../../../src/core/funnel/computeFunnelSummary';
import { comparedPreviousSpan, coveredPreviousSpan, previousSpan } from '../../../src/core/funnel/previousPeriod';
import { ad, day, lead, settings, target, workbook } from './builders';

describe('targets against event-date actuals', () => {
  const book = workbook({
    ads: [ad({ date: '2025-02-01', cost: 1000, channel: 'Web' }), ad({ date: '2025-04-01', cost: 5000, channel: 'Web' })],
    leads: [
      // Created in March, became an opportunity on 04-05: a March cohort lead, an April event.
      lead({ created: '2025-03-20', opportunities: '2025-04-05', channel: 'Web' }),
      lead({ created: '2025-04-02', opportunities: '2025-04-10', won: '2025-05-02', amount: 100000, channel: 'Web' }),
      lead({ created: '2025-04-15', channel: 'Web' }),
      lead({ created: '2025-05-01', opportunities: '2025-05-03', channel: 'Web' }),
    ],
    targets: [target('2025-04', 'opportunities', 2), target('2025-05', 'opportunities', 2), target('2025-04', 'leads', 3)],
  });
  const range = { from: '2025-04-01', to: '2025-05-31' };

  it('divides April’s event-date 商談 by April’s target in the cohort view, while the row shows the cohort', () => {
    const summary = computeFunnelSummary(book, settings(range));
    const [april, may] = summary.byMonth;
    // Cohort April: leads of 04-02 and 04-15, one opportunity. Event-date April: 04-05 and 04-10 → 2.
    expect(april?.opportunities).toBe(1);
    expect(april?.targets).toEqual([
      { metric: 'leads', target: 3, actual: 2, attainment: 2 / 3 },
      { metric: 'opportunities', target: 2, actual: 2, attainment: 1 },
    ]);
    // May: the 05-03 opportunity → 1 ÷ 2.
    expect(may?.targets).toEqual([{ metric: 'opportunities', target: 2, actual: 1, attainment: 0.5 }]);
  });

  it('gives the same attainment in the period view', () => {
    const cohort = computeFunnelSummary(book, settings(range));
    const period = computeFunnelSummary(book, settings({ ...range, view: 'period' }));
    expect(period.byMonth.map((row) => row.targets)).toEqual(cohort.byMonth.map((row) => row.targets));
    expect(period.periodTargets).toEqual(cohort.periodTargets);
  });

  it('sums a metric over the period only when every month has a target for it', () => {
    // Period April, ended (as-of 05-03 is after it): 商談 2 against the 04-05 and 04-10 opportunities.
    // リード 3 against the leads of 04-02 and 04-15.
    expect(computeFunnelSummary(book, settings({ from: '2025-04-01', to: '2025-04-30' })).periodTargets).toEqual([
      { metric: 'leads', target: 3, actual: 2, attainment: 2 / 3 },
      { metric: 'opportunities', target: 2, actual: 2, attainment: 1 },
    ]);
  });

  it('compares with the target to date while the period runs past the as-of date, May pro-rated by days', () => {
    const summary = computeFunnelSummary(book, settings(range));
    // As-of 05-03 (the last opportunity), period to 05-31. 商談 due: April 2 + May 2 × 3/31 = 2.194,
    // against 3 event-date opportunities (04-05, 04-10, 05-03); the whole period's target is 2 + 2 = 4.
    // リード has no May target: left out.
    expect(summary.asOf).toBe('2025-05-03');
    expect(summary.periodTargets).toEqual([{ metric: 'opportunities', target: 2 + (2 * 3) / 31, actual: 3, attainment: 3 / (2 + (2 * 3) / 31), periodTarget: 4 }]);
  });

  it('runs a default period on to the last month with a target: the data stopping is not the period ending', () => {
    // No period set: the data ends on 05-03 (the last lead), as-of too; the targets go on to June.
    const ahead = workbook({ leads: [lead({ created: '2025-04-02', opportunities: '2025-05-03' }), lead({ created: '2025-05-03' })], targets: [target('2025-04', 'opportunities', 3), target('2025-05', 'opportunities', 3), target('2025-06', 'opportunities', 3)] });
    const summary = computeFunnelSummary(ahead, settings());
    expect([summary.period.from, summary.period.to, summary.asOf]).toEqual(['2025-04-02', '2025-05-03', '2025-05-03']);
    // Due by 05-03: April 3 + May 3 × 3/31; the period's 9 ends on 06-30.
    const [due] = summary.periodTargets;
    expect(due).toMatchObject({ metric: 'opportunities', actual: 1, periodTarget: 9 });
    expect(due?.target).toBeCloseTo(3 + (3 * 3) / 31, 12);
    expect(due?.attainment).toBeCloseTo(1 / (3 + (3 * 3) / 31), 12);
    expect(summary.findings[0]?.message).toMatch(/^商談は2025-05-03までの目標3件（2025年5月は3\/31日分）に対して実績1件/);
  });

  it('compares with the previous period of the same length, both by event date, when the data covers it', () => {
    const summary = computeFunnelSummary(book, settings(range));
    // April–May (two whole months) → February–March; the data starts on 02-01 (the first ad). The
    // data stops on 05-03, so like for like: 04-01–05-03 against the same span two months back,
    // 02-01–03-03 (design §6.2). By event date in either view: the February ad's ¥1,000; the 03-20
    // lead is after 03-03, and its opportunity of 04-05 belongs to April anyway.
    expect(summary.previousPeriod).toMatchObject({ from: '2025-02-01', to: '2025-03-03', view: 'period', sameSpan: true });
    expect([summary.previousPeriod?.total.leads, summary.previousPeriod?.total.opportunities, summary.previousPeriod?.total.cost]).toEqual([0, 0, 1000]);
    // This period by event date, which the previous period compares with: leads of 04-02, 04-15 and
    // 05-01; opportunities of 04-05, 04-10 and 05-03 (the cohort has 2: the 03-20 lead is not in it).
    expect([summary.total.opportunities, summary.eventDateTotal?.leads, summary.eventDateTotal?.opportunities, summary.eventDateTotal?.won]).toEqual([2, 3, 3, 1]);
    const period = computeFunnelSummary(book, settings({ ...range, view: 'period' }));
    expect(period.previousPeriod).toEqual(summary.previousPeriod);
    // The period view's total already counts by event date.
    expect(period.eventDateTotal).toBeNull();
    expect(period.total.opportunities).toBe(3);
  });

  it('tallies nothing by event date in the cohort view when neither targets nor a previous period need it', () => {
    const plain = workbook({ leads: [lead({ created: '2025-04-02' })] });
    expect(computeFunnelSummary(plain, settings()).eventDateTotal).toBeNull();
  });

  it('has no previous period when the data starts inside it', () => {
    expect(computeFunnelSummary(book, settings({ from: '2025-03-01', to: '2025-05-31' })).previousPeriod).toBeNull();
    // The default period starts with the data, so there is nothing before it.
    expect(computeFunnelSummary(book, settings()).previousPeriod).toBeNull();
  });

  it('has no targets without a targets tab', () => {
    const plain = workbook({ leads: [lead({ created: '2025-04-02' })] });
    expect(computeFunnelSummary(plain, settings()).periodTargets).toEqual([]);
  });
});

describe('previousSpan', () => {
  it('steps back as many calendar months when the period is whole months', () => {
    // October–March (182 days) → April–September (183 days).
    expect(previousSpan({ from: day('2025-10-01'), to: day('2026-03-31') })).toEqual({ from: day('2025-04-01'), to: day('2025-09-30') });
    // February alone → January.
    expect(previousSpan({ from: day('2025-02-01'), to: day('2025-02-28') })).toEqual({ from: day('2025-01-01'), to: day('2025-01-31') });
  });

  it('steps back as many days otherwise', () => {
    // 04-10 to 04-19 is 10 days → 03-31 to 04-09.
    expect(previousSpan({ from: day('2025-04-10'), to: day('2025-04-19') })).toEqual({ from: day('2025-03-31'), to: day('2025-04-09') });
  });

  it('needs data from the previous period’s first day', () => {
    const span = { from: day('2025-04-01'), to: day('2025-04-30') };
    expect(coveredPreviousSpan(span, day('2025-03-01'))).toEqual({ from: day('2025-03-01'), to: day('2025-03-31') });
    expect(coveredPreviousSpan(span, day('2025-03-02'))).toBeNull();
    expect(coveredPreviousSpan(span, null)).toBeNull();
  });
});

describe('comparedPreviousSpan: like for like mid-period (design §6.2)', () => {
  const octMar = { from: day('2025-10-01'), to: day('2026-03-31') };

  it('takes the whole previous period once the data reaches this one’s end', () => {
    expect(comparedPreviousSpan(octMar, day('2026-03-31'), day('2025-04-01'))).toEqual({ from: day('2025-04-01'), to: day('2025-09-30'), sameSpan: false });
  });

  it('takes the same elapsed months when the data stops before the end', () => {
    // Data to 12-31: October–December against April–June (six months back), not all of April–September.
    expect(comparedPreviousSpan(octMar, day('2025-12-31'), day('2025-04-01'))).toEqual({ from: day('2025-04-01'), to: day('2025-06-30'), sameSpan: true });
    // To 12-15: 06-15. A month's last day maps to the other month's last day: 11-30 → 05-31.
    expect(comparedPreviousSpan(octMar, day('2025-12-15'), day('2025-04-01'))?.to).toBe(day('2025-06-15'));
    expect(comparedPreviousSpan(octMar, day('2025-11-30'), day('2025-04-01'))?.to).toBe(day('2025-05-31'));
  });

  it('takes as many days when the period is not whole months', () => {
    // 04-10 to 04-19, data to 04-13 (4 days) → 03-31 to 04-03.
    expect(comparedPreviousSpan({ from: day('2025-04-10'), to: day('2025-04-19') }, day('2025-04-13'), day('2025-01-01'))).toEqual({ from: day('2025-03-31'), to: day('2025-04-03'), sameSpan: true });
  });

  it('has none when the data does not cover the previous period', () => {
    expect(comparedPreviousSpan(octMar, day('2025-12-31'), day('2025-05-01'))).toBeNull();
  });
});
