import { isDayCell } from '../../../src/core/sample/cells';
import { dayFromIso } from '../../../src/core/sample/calendar';
import { DEAL_HEADERS, dealPhase, dealsTab, LEAD_HEADERS, leadsTab } from '../../../src/core/sample/leadTabs';
import { simulateFunnel, type SampleDeal } from '../../../src/core/sample/leads';
import { createRandom } from '../../../src/core/sample/random';
import { fiscalYearDays } from '../../../src/core/sample/year';

const days = fiscalYearDays();
const funnel = simulateFunnel(createRandom(1), days, 600);

function deal(overrides: Partial<SampleDeal>): SampleDeal {
  return {
    company: '株式会社サンプル商事',
    email: 'sales1@sample-shoji.example',
    created: dayFromIso('2026-03-01'),
    closeDay: dayFromIso('2026-03-31'),
    outcome: 'open',
    amount: 1_000_000,
    orphan: false,
    ...overrides,
  };
}

describe('dealPhase', () => {
  it('shows 受注 and 失注 for closed deals', () => {
    expect(dealPhase(deal({ outcome: 'won' }))).toBe('受注');
    expect(dealPhase(deal({ outcome: 'lost' }))).toBe('失注');
  });

  it('moves open deals from 商談中 to 提案 to 見積 with age at the year end', () => {
    // 2026-03-31 minus 20 days is 2026-03-11; minus 21 days is 2026-03-10.
    expect(dealPhase(deal({ created: dayFromIso('2026-03-11') }))).toBe('商談中');
    expect(dealPhase(deal({ created: dayFromIso('2026-03-10') }))).toBe('提案');
    // 50 days before 2026-03-31 is 2026-02-09.
    expect(dealPhase(deal({ created: dayFromIso('2026-02-10') }))).toBe('提案');
    expect(dealPhase(deal({ created: dayFromIso('2026-02-09') }))).toBe('見積');
  });
});

describe('leadsTab', () => {
  const tab = leadsTab(funnel, days, 'リード');

  it('uses MA-export headers', () => {
    expect(tab.values[0]).toEqual([...LEAD_HEADERS]);
  });

  it('writes one row per lead with date cells or blanks for the stage dates', () => {
    expect(tab.values).toHaveLength(601);
    for (const row of tab.values.slice(1)) {
      expect(row[6] === '' || isDayCell(row[6])).toBe(true);
      expect(row[7] === '' || isDayCell(row[7])).toBe(true);
    }
  });

  it('writes the bad created dates as text', () => {
    expect(tab.values.slice(1).filter((row) => typeof row[1] === 'string').map((row) => row[1])).toEqual(['不明', '2025/13/01']);
  });
});

describe('dealsTab', () => {
  const tab = dealsTab(funnel, days, '商談');

  it('uses CRM deal headers', () => {
    expect(tab.values[0]).toEqual([...DEAL_HEADERS]);
  });

  it('numbers deals in created-date order', () => {
    const rows = tab.values.slice(1);
    expect(rows[0]?.[0]).toBe('OPP-00001');
    expect(rows.every((row, index) => row[0] === `OPP-${String(index + 1).padStart(5, '0')}`)).toBe(true);
    const created = rows.map((row) => (isDayCell(row[3]) ? row[3].iso : ''));
    expect(created).toEqual([...created].sort());
  });
});
