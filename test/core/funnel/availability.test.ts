import { hasAnyField, hasTab, measureAvailability } from '../../../src/core/funnel/availability';
import { ad, deal, lead, traffic, workbook } from './builders';

describe('hasTab', () => {
  it('sees a tab by its rows or by its mapped required field', () => {
    expect(hasTab(workbook({ leads: [lead({ created: '2025-04-01' })] }), 'leads')).toBe(true);
    expect(hasTab(workbook({ mapped: ['leads.created_date'] }), 'leads')).toBe(true);
    expect(hasTab(workbook({ ads: [ad({ date: '2025-04-01', cost: 1 })] }), 'leads')).toBe(false);
  });
});

describe('hasAnyField', () => {
  it('is true when one of the fields is mapped', () => {
    expect(hasAnyField(workbook({ mapped: ['deals.amount'] }), ['leads.amount', 'deals.amount'])).toBe(true);
    expect(hasAnyField(workbook({ mapped: [] }), ['leads.amount'])).toBe(false);
  });
});

describe('measureAvailability', () => {
  it('provides impressions and clicks only when an ads tab maps them', () => {
    const withoutColumns = measureAvailability(workbook({ ads: [ad({ date: '2025-04-01', cost: 1000 })] }));
    expect([withoutColumns.cost, withoutColumns.impressions, withoutColumns.clicks]).toEqual([true, false, false]);
    const withColumns = measureAvailability(
      workbook({ ads: [ad({ date: '2025-04-01', cost: 1000 })], alsoMapped: ['ads.impressions', 'ads.clicks'] }),
    );
    expect([withColumns.impressions, withColumns.clicks]).toEqual([true, true]);
  });

  it('provides lead stages with a leads tab, and opportunities and wins with a deals tab alone', () => {
    const dealsOnly = measureAvailability(workbook({ deals: [deal({ created: '2025-04-01' })] }));
    expect([dealsOnly.leads, dealsOnly.mql, dealsOnly.sql, dealsOnly.opportunities, dealsOnly.won]).toEqual([false, false, false, true, true]);
  });

  it('provides revenue when either amount column is mapped', () => {
    expect(measureAvailability(workbook({ leads: [lead({ created: '2025-04-01' })] })).revenue).toBe(false);
    expect(measureAvailability(workbook({ leads: [lead({ created: '2025-04-01' })], alsoMapped: ['deals.amount'] })).revenue).toBe(true);
  });

  it('provides engaged sessions from an engaged-sessions or a bounce-rate column', () => {
    const fromBounce = measureAvailability(workbook({ traffic: [traffic({ date: '2025-04-01', sessions: 10, bounceRate: 0.5 })] }));
    expect([fromBounce.sessions, fromBounce.engagedSessions, fromBounce.downloads]).toEqual([true, true, false]);
  });
});

describe('edge cases', () => {
  it('provides nothing for an empty workbook', () => {
    expect(Object.values(measureAvailability(workbook({}))).every((available) => !available)).toBe(true);
  });
});
