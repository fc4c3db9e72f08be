import { RATIO_KEYS, type KpiRow } from '../../../src/core/model/summary';
import { renderExpression, reference } from '../../../src/core/report/formula';
import {
  availableMeasures,
  availableRatios,
  formatForUnit,
  kpiColumns,
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
    expect(availableMeasures([leadsOnlySummary().total])).toEqual(['leads', 'mql', 'sql', 'opportunities', 'won', 'revenue']);
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
      expect(availableRatios(['leads', 'opportunities', 'won', 'revenue'], true)).toEqual([
        'opportunityRate',
        'winRate',
        'leadToWinRate',
        'averageDealSize',
        'ltv',
      ]);
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
    expect(formatForUnit('change', 'JPY', 'ja')).toBe('"▲"0.0%;"▼"0.0%;0.0%');
  });

  it('shows ROAS as a percentage in Japanese and a multiple in English (design §5), rate changes in pt', () => {
    expect(formatForUnit('roas', 'JPY', 'ja')).toBe('0%');
    expect(formatForUnit('roas', 'JPY', 'en')).toBe('0.0"×"');
    expect(formatForUnit('multiple', 'JPY', 'ja')).toBe('0.0"倍"');
    expect(formatForUnit('multiple', 'USD', 'en')).toBe('0.0"×"');
    expect(formatForUnit('points', 'JPY', 'ja')).toBe('"▲"0.0"pt";"▼"0.0"pt";0.0"pt"');
    expect(formatForUnit('points', 'JPY', 'en')).toBe('"▲"0.0" pt";"▼"0.0" pt";0.0" pt"');
  });

  describe('edge cases', () => {
    it('leaves flags and plain numbers in the general format', () => {
      expect(formatForUnit('flag', 'USD', 'en')).toBe('General');
      expect(formatForUnit('number', 'USD', 'en')).toBe('General');
    });
  });
});

describe('kpiColumns', () => {
  it('puts value columns before ratio columns and names them in the requested language', () => {
    const set = kpiColumns<KpiRow>([leadsOnlySummary().total], (row) => row, { language: 'ja', currency: 'USD' });
    expect(set.kpis).toEqual(['leads', 'mql', 'sql', 'opportunities', 'won', 'revenue', 'mqlRate', 'sqlRate', 'opportunityRate', 'winRate', 'leadToWinRate', 'averageDealSize']);
    expect(set.columns.map((column) => column.header).slice(0, 2)).toEqual(['リード', 'MQL']);
    expect(set.columns.find((column) => column.key === 'revenue')?.format).toBe('"$"#,##0.00');
  });

  it('writes values as numbers and ratios as formulas', () => {
    const set = kpiColumns<KpiRow>([leadsOnlySummary().total], (row) => row, { language: 'en', currency: 'USD' });
    const locate = { here: (key: string) => reference(7, set.kpis.indexOf(key as never) + 2), above: () => undefined };
    const total = leadsOnlySummary().total;
    expect(set.columns[0]!.cell(total, locate)).toEqual({ kind: 'number', value: 50 });
    expect(set.columns.find((column) => column.key === 'mqlRate')!.cell(total, locate)).toEqual({ kind: 'formula', formula: '=IFERROR(C7/B7,"—")' });
  });

  describe('edge cases', () => {
    it('writes null values as —', () => {
      const set = kpiColumns<KpiRow>([fullSummary().total], (row) => row, { language: 'en', currency: 'JPY' });
      const locate = { here: () => undefined, above: () => undefined };
      const row = { ...fullSummary().total, leads: null };
      expect(set.columns.find((column) => column.key === 'leads')!.cell(row, locate)).toEqual({ kind: 'text', value: '—' });
    });
  });
});
