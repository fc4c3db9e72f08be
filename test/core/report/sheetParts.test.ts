import { reportLabels } from '../../../src/core/report/labels';
import { assumptionRow, contextLine, finishSheet, ltvAssumptionValues, mergeWidths, preamble } from '../../../src/core/report/sheetParts';
import { fullSummary, leadsOnlySummary } from './fixtures';

describe('contextLine', () => {
  it('names the period, view and as-of date in Japanese', () => {
    expect(contextLine(fullSummary(), reportLabels('ja'))).toBe('期間 2025-04-01 〜 2025-06-30 ／ コホート ／ 基準日 2025-07-15');
  });

  it('names them in English', () => {
    expect(contextLine(leadsOnlySummary(), reportLabels('en'))).toBe('Period 2025-10-01 to 2025-10-31 · Period view · As of 2025-10-31');
  });

  describe('edge cases', () => {
    it('writes a one-day period with the same day twice', () => {
      const summary = { ...fullSummary(), period: { from: '2025-04-01', to: '2025-04-01' } };
      expect(contextLine(summary, reportLabels('en'))).toMatch(/^Period 2025-04-01 to 2025-04-01/);
    });
  });
});

describe('preamble', () => {
  it('puts the title at A1 and one context line per row below it', () => {
    const { block, nextRow } = preamble('Monthly', ['first', 'second']);
    expect(block).toMatchObject({ row: 1, column: 1 });
    expect(block.cells).toEqual([[{ kind: 'text', value: 'Monthly' }], [{ kind: 'text', value: 'first' }], [{ kind: 'text', value: 'second' }]]);
    expect(block.rowRoles).toEqual(['title', 'context', 'context']);
    expect(nextRow).toBe(4);
  });

  describe('edge cases', () => {
    it('is just the title without lines', () => {
      expect(preamble('T', []).nextRow).toBe(2);
    });
  });
});

describe('ltvAssumptionValues', () => {
  it('gives both assumptions when both are set', () => {
    expect(ltvAssumptionValues({ view: 'cohort', language: 'ja', currency: 'JPY', grossMargin: 0.7, expectedPurchases: 3 })).toEqual({
      grossMargin: 0.7,
      expectedPurchases: 3,
    });
  });

  describe('edge cases', () => {
    it('gives nothing when either is missing', () => {
      expect(ltvAssumptionValues({ view: 'cohort', language: 'ja', currency: 'JPY', grossMargin: 0.7 })).toBeUndefined();
      expect(ltvAssumptionValues({ view: 'cohort', language: 'ja', currency: 'JPY', expectedPurchases: 3 })).toBeUndefined();
    });
  });
});

describe('assumptionRow', () => {
  it('writes both assumptions in one row and points at their cells', () => {
    const { block, cells } = assumptionRow(4, { grossMargin: 0.7, expectedPurchases: 3 }, reportLabels('ja'), 'ja');
    expect(block.cells[0]).toEqual([
      { kind: 'text', value: 'LTV の前提' },
      { kind: 'text', value: '粗利率' },
      { kind: 'number', value: 0.7 },
      { kind: 'text', value: '想定購入回数' },
      { kind: 'number', value: 3 },
    ]);
    expect(block.numberFormats[0]?.[2]).toBe('0.0%');
    expect(cells).toEqual({
      grossMargin: { kind: 'reference', at: { row: 4, column: 3, absolute: true } },
      expectedPurchases: { kind: 'reference', at: { row: 4, column: 5, absolute: true } },
    });
  });

  describe('edge cases', () => {
    it('places the row where it is asked to', () => {
      expect(assumptionRow(9, { grossMargin: 1, expectedPurchases: 1 }, reportLabels('en'), 'en').block.row).toBe(9);
    });
  });
});

describe('mergeWidths', () => {
  it('keeps the widest request per column', () => {
    expect(mergeWidths([{ firstColumn: 1, widths: [200, 100] }, { firstColumn: 2, widths: [150] }])).toEqual([200, 150]);
  });

  describe('edge cases', () => {
    it('fills columns nobody asked for with the default width', () => {
      expect(mergeWidths([{ firstColumn: 3, widths: [80] }])).toEqual([100, 100, 80]);
    });
  });
});

describe('finishSheet', () => {
  it('adds warning-only protection', () => {
    const sheet = finishSheet({ role: 'velocity', name: 'Velocity', blocks: [], frozenRows: 4, frozenColumns: 0, columnWidths: [], charts: [] });
    expect(sheet.protection).toBe('warning');
    expect(sheet.role).toBe('velocity');
  });

  describe('edge cases', () => {
    it('keeps the frozen rows and columns as given', () => {
      const sheet = finishSheet({ role: 'guide', name: 'KPI guide', blocks: [], frozenRows: 0, frozenColumns: 0, columnWidths: [], charts: [] });
      expect([sheet.frozenRows, sheet.frozenColumns]).toEqual([0, 0]);
    });
  });
});
