import { normalizeEmail } from '../../../src/core/text/normalize';
import { BAD_CREATED_DATES, duplicateLeadCount, ORPHAN_DEAL_COUNT, simulateFunnel, webinarDays, type SimulatedFunnel } from '../../../src/core/sample/leads';
import { CHANNEL_OTHER_NAMES, FISCAL_YEAR_END, FISCAL_YEAR_START, LEAD_CHANNELS } from '../../../src/core/sample/plan';
import { createRandom } from '../../../src/core/sample/random';
import { fiscalYearDays } from '../../../src/core/sample/year';
import { dayToIso } from '../../../src/core/dates/calendar';
import { weekday } from '../../../src/core/sample/calendar';
import { normalizeText } from '../../../src/core/text/normalize';

const days = fiscalYearDays();

function funnelOf(rows: number, seed = 1): SimulatedFunnel {
  return simulateFunnel(createRandom(seed), days, rows);
}

describe('duplicateLeadCount', () => {
  it('is 0.4% of the rows, at least 3', () => {
    expect([duplicateLeadCount(100), duplicateLeadCount(1500), duplicateLeadCount(100_000)]).toEqual([3, 6, 400]);
  });
});

describe('webinarDays', () => {
  it('lists the third Thursday of each of the 12 months', () => {
    const webinars = webinarDays(days).map(dayToIso);
    expect(webinars).toHaveLength(12);
    expect(webinars[0]).toBe('2025-04-17');
    expect(webinars.every((iso) => Number(iso.slice(8)) >= 15 && Number(iso.slice(8)) <= 21)).toBe(true);
  });
});

describe('simulateFunnel', () => {
  const funnel = funnelOf(1500);
  const uniqueLeads = funnel.leads.slice(0, 1500 - duplicateLeadCount(1500));

  it('returns exactly the requested number of lead rows', () => {
    expect(funnel.leads).toHaveLength(1500);
  });

  it('orders the unique leads by created date and numbers them in that order', () => {
    uniqueLeads.forEach((lead, index) => {
      expect(lead.id).toBe(`L-${String(index + 1).padStart(6, '0')}`);
      if (index > 0) expect(lead.created).toBeGreaterThanOrEqual((uniqueLeads[index - 1]?.created ?? 0));
    });
  });

  it('appends duplicate rows that repeat an earlier lead with a differently written email', () => {
    const duplicates = funnel.leads.slice(uniqueLeads.length);
    expect(duplicates).toHaveLength(duplicateLeadCount(1500));
    for (const duplicate of duplicates) {
      const original = uniqueLeads.find((lead) => lead.id === duplicate.id);
      expect(original).toBeDefined();
      expect(duplicate.email).not.toBe(original?.email);
      expect(normalizeEmail(duplicate.email)).toBe(normalizeEmail(original?.email ?? ''));
      expect(duplicate.created).toBe(original?.created);
    }
  });

  it('has exactly the deliberate bad created dates, on leads that never progress', () => {
    const bad = funnel.leads.filter((lead) => lead.createdText !== null);
    expect(bad.map((lead) => lead.createdText)).toEqual([...BAD_CREATED_DATES]);
    expect(bad.every((lead) => lead.mql === null && lead.sql === null && lead.lifecycle === 'リード')).toBe(true);
  });

  it('keeps stage dates in order inside the fiscal year', () => {
    for (const lead of funnel.leads) {
      expect(lead.created).toBeGreaterThanOrEqual(FISCAL_YEAR_START);
      if (lead.mql !== null) expect(lead.mql).toBeGreaterThanOrEqual(lead.created);
      if (lead.sql !== null) {
        expect(lead.mql).not.toBeNull();
        expect(lead.sql).toBeGreaterThanOrEqual(lead.mql ?? Infinity);
        expect(lead.sql).toBeLessThanOrEqual(FISCAL_YEAR_END);
      }
    }
  });

  it('starts every deal after its lead was created, and closes it on or after it started', () => {
    const createdByEmail = new Map(uniqueLeads.map((lead) => [normalizeEmail(lead.email), lead.created]));
    for (const deal of funnel.deals) {
      expect(deal.closeDay).toBeGreaterThanOrEqual(deal.created);
      expect(deal.closeDay).toBeLessThanOrEqual(FISCAL_YEAR_END);
      if (!deal.orphan) expect(deal.created).toBeGreaterThan(createdByEmail.get(normalizeEmail(deal.email)) ?? Infinity);
    }
  });

  it('adds the deliberate orphan deals', () => {
    expect(funnel.deals.filter((deal) => deal.orphan)).toHaveLength(ORPHAN_DEAL_COUNT);
  });

  it('gives leads with a won deal the 顧客 stage and leads with an open deal 商談 or 顧客', () => {
    const lifecycleByEmail = new Map(uniqueLeads.map((lead) => [normalizeEmail(lead.email), lead.lifecycle]));
    for (const deal of funnel.deals.filter((candidate) => !candidate.orphan)) {
      const lifecycle = lifecycleByEmail.get(normalizeEmail(deal.email));
      if (deal.outcome === 'won') expect(lifecycle).toBe('顧客');
      if (deal.outcome === 'open') expect(['商談', '顧客']).toContain(lifecycle);
    }
  });

  it('uses every channel, with a few spelling variants that normalise to the channel and a few other names', () => {
    expect(new Set(uniqueLeads.map((lead) => lead.channel))).toEqual(new Set(LEAD_CHANNELS));
    const variants = uniqueLeads.filter((lead) => lead.channelLabel !== lead.channel);
    expect(variants.length).toBeGreaterThan(0);
    expect(variants.length).toBeLessThan(uniqueLeads.length * 0.05);
    for (const lead of variants) {
      const otherName = CHANNEL_OTHER_NAMES[lead.channel];
      if (lead.channelLabel !== otherName) expect(normalizeText(lead.channelLabel)).toBe(normalizeText(lead.channel));
    }
    expect(variants.some((lead) => lead.channelLabel === 'Google Ads')).toBe(true);
  });

  it('creates trade-show leads on business days in the weeks around each show', () => {
    const showLeads = uniqueLeads.filter((lead) => lead.channel === '展示会');
    expect(showLeads.every((lead) => weekday(lead.created) >= 1 && weekday(lead.created) <= 5)).toBe(true);
    const months = new Set(showLeads.map((lead) => dayToIso(lead.created).slice(0, 7)));
    // Shows in May, July, October and January; business-card entry can spill into the next month.
    expect([...months].every((month) => ['2025-05', '2025-06', '2025-07', '2025-08', '2025-10', '2025-11', '2026-01', '2026-02'].includes(month))).toBe(true);
  });

  describe('edge cases', () => {
    it('works for the smallest allowed workbook', () => {
      const small = funnelOf(50, 3);
      expect(small.leads).toHaveLength(50);
      expect(small.leads.filter((lead) => lead.createdText !== null)).toHaveLength(2);
    });

    it('is deterministic for a given random stream', () => {
      expect(funnelOf(300, 9)).toEqual(funnelOf(300, 9));
    });
  });
});
