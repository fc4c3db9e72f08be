import { RATIO_KEYS, type KpiRow } from '../../../src/core/model/summary';
import { renderExpression, reference } from '../../../src/core/report/formula';
import {
  availableMeasures,
  availableRatios,
  formatForUnit,
  kpiColumnsFor,
  MEASURE_ORDER,
  RATIO_ORDER,
  ratioExpression,
} from '../../../src/core/report/kpiColumns';
import { fullSummary, leadsOnlySummary } from './fixtures';

describe('availableMeasures', () => {
  it('keeps every measure that some row has a number for', () => {
    expect(availableMeasures([fullSummary().total])).toEqual([...MEASURE_ORDER]);
  });

  it('drops measures no tab provides', () => {
    // A leads tab gives the lead-level counts, lost and open opportunities, and (with amounts) revenue and pipeline.
    expect(availableMeasures([leadsOnlySummary().total])).toEqual(['leads', 'mql', 'sql', 'opportunities', 'won', 'lost', 'openOpportunities', 'revenue', 'pipelineAmount']);
  });

  describe('edge cases', () => {
    it('keeps a measure that is 0 everywhere', () => {
      const total = { ...leadsOnlySummary().total, cost: 0 };
      expect(availableMeasures([total])).toContain('cost');
    });

    it('finds nothing without rows', () => {
      expect(availableMeasures([])).toEqual([]);
    });
  });
});

describe('availableRatios', () => {
  it('keeps every ratio whose inputs are shown', () => {
    expect(availableRatios(MEASURE_ORDER, true)).toEqual([...RATIO_ORDER]);
    expect([...RATIO_ORDER].sort()).toEqual([...RATIO_KEYS].sort());
  });

  it('needs both assumptions for LTV, and LTV for LTV/CAC', () => {
    const ratios = availableRatios(MEASURE_ORDER, false);
    expect(ratios).not.toContain('ltv');
    expect(ratios).not.toContain('ltvToCac');
    expect(ratios).toContain('averageDealSize');
  });

  describe('edge cases', () => {
    it('drops every ratio over cost when there is no cost', () => {
      expect(availableRatios(['leads', 'opportunities', 'won', 'lost', 'revenue'], true)).toEqual([
        'opportunityRate',
        'winRate',
        'opportunityToWinRate',
        'leadToWinRate',
        'averageDealSize',
        'ltv',
      ]);
    });

    it('needs lost opportunities for the win rate of closed deals', () => {
      expect(availableRatios(['opportunities', 'won'], false)).toEqual(['opportunityToWinRate']);
    });
  });
});

describe('ratioExpression', () => {
  const columns: Record<string, number> = { cost: 3, leads: 2, averageDealSize: 9, ltv: 10, cac: 11 };
  const here = (key: string) => (columns[key] === undefined ? undefined : reference(5, columns[key]!));

  it('divides the recipe’s numerator by its denominator', () => {
    expect(renderExpression(ratioExpression('cpl', here)!)).toBe('C5/B5');
    expect(renderExpression(ratioExpression('ltvToCac', here)!)).toBe('J5/K5');
  });

  it('divides won by won + lost for the win rate, and by opportunities for the funnel step', () => {
    const cells: Record<string, number> = { opportunities: 4, won: 5, lost: 6 };
    const at = (key: string) => (cells[key] === undefined ? undefined : reference(8, cells[key]!));
    expect(renderExpression(ratioExpression('winRate', at)!)).toBe('E8/(E8+F8)');
    expect(renderExpression(ratioExpression('opportunityToWinRate', at)!)).toBe('E8/D8');
  });

  it('multiplies the average deal size by both assumption cells for LTV', () => {
    const assumptions = { grossMargin: reference(4, 3, true), expectedPurchases: reference(4, 5, true) };
    expect(renderExpression(ratioExpression('ltv', here, assumptions)!)).toBe('I5*$C$4*$E$4');
  });

  describe('edge cases', () => {
    it('gives nothing when an input column is missing', () => {
      expect(ratioExpression('ctr', here)).toBeUndefined();
      expect(ratioExpression('ltv', here)).toBeUndefined();
    });
  });
});

describe('formatForUnit', () => {
  it('maps each unit to its format', () => {
    expect(formatForUnit('count', 'JPY', 'ja')).toBe('#,##0');
    expect(formatForUnit('money', 'JPY', 'ja')).toBe('"¥"#,##0');
    expect(formatForUnit('rate', 'JPY', 'ja')).toBe('0.0%');
    expect(formatForUnit('days', 'JPY', 'ja')).toBe('0.0');
    expect(formatForUnit('change', 'JPY', 'ja')).toBe('"↑ +"0.0%;"↓ −"0.0%;0.0%');
  });

  it('shows ROAS as a percentage in Japanese and a multiple in English (design §5), rate changes in pt', () => {
    expect(formatForUnit('roas', 'JPY', 'ja')).toBe('0%');
    expect(formatForUnit('roas', 'JPY', 'en')).toBe('0.0"×"');
    expect(formatForUnit('multiple', 'JPY', 'ja')).toBe('0.0"倍"');
    expect(formatForUnit('multiple', 'USD', 'en')).toBe('0.0"×"');
    expect(formatForUnit('points', 'JPY', 'ja')).toBe('"↑ +"0.0"pt";"↓ −"0.0"pt";0.0"pt"');
    expect(formatForUnit('points', 'JPY', 'en')).toBe('"↑ +"0.0" pt";"↓ −"0.0" pt";0.0" pt"');
  });

  describe('edge cases', () => {
    it('leaves flags and plain numbers in the general format', () => {
      expect(formatForUnit('flag', 'USD', 'en')).toBe('General');
      expect(formatForUnit('number', 'USD', 'en')).toBe('General');
    });
  });
});

describe('kpiColumnsFor', () => {
  const shownLeadsOnly = new Set([...availableMeasures([leadsOnlySummary().total]), ...availableRatios(availableMeasures([leadsOnlySummary().total]), false)]);

  it('keeps the requested order, leaves out what cannot be shown, and names columns in the requested language', () => {
    const set = kpiColumnsFor<KpiRow>(['leads', 'cost', 'opportunityRate', 'revenue', 'cpl'], shownLeadsOnly, (row) => row, { language: 'ja', currency: 'USD' });
    expect(set.kpis).toEqual(['leads', 'opportunityRate', 'revenue']);
    expect(set.columns.map((column) => column.header)).toEqual(['リード', '商談化率', '受注金額']);
    expect(set.columns.find((column) => column.key === 'revenue')?.format).toBe('"$"#,##0.00');
  });

  it('writes values as numbers and ratios as formulas', () => {
    const keys = ['leads', 'mql', 'mqlRate'] as const;
    const set = kpiColumnsFor<KpiRow>(keys, shownLeadsOnly, (row) => row, { language: 'en', currency: 'USD' });
    const locate = { here: (key: string) => reference(7, (keys as readonly string[]).indexOf(key) + 2), above: () => undefined };
    const total = leadsOnlySummary().total;
    expect(set.columns[0]!.cell(total, locate)).toEqual({ kind: 'number', value: 50 });
    expect(set.columns.find((column) => column.key === 'mqlRate')!.cell(total, locate)).toEqual({ kind: 'formula', formula: '=IFERROR(C7/B7,"—")' });
  });

  describe('edge cases', () => {
    it('writes null values as —', () => {
      const set = kpiColumnsFor<KpiRow>(['leads'], new Set(['leads']), (row) => row, { language: 'en', currency: 'JPY' });
      const locate = { here: () => undefined, above: () => undefined };
      const row = { ...fullSummary().total, leads: null };
      expect(set.columns[0]!.cell(row, locate)).toEqual({ kind: 'text', value: '—' });
    });
  });
});
