import {
  extrapolateNaive,
  extrapolateNaiveReads,
  measureNaive,
  reportCellsOf,
  runNaiveRead,
  runNaiveWrite,
  type ReportSheetCells,
} from '../../../src/local/bench/naiveBaseline';
import { createLocalServices } from '../../../src/local/services/createLocalServices';
import { workbookFromTabs } from '../../../src/local/workbook/fromTabs';
import { Workbook } from '../../../src/local/workbook/model';

function twoTabs(): Workbook {
  return workbookFromTabs([
    { name: 'A', rows: [['日付', '費用'], ['2025-04-01', 100], ['2025-04-02', 200]] },
    { name: 'B', rows: [['作成日'], ['2025-04-01']] },
  ]);
}

describe('runNaiveRead', () => {
  it('counts the navigation calls apart from the two calls per row', () => {
    // getActiveSpreadsheet + getSheets + (getLastRow + getLastColumn) × 2 tabs = 6 fixed;
    // 3 + 2 rows, each getRange + getValues = 10 row calls
    const services = createLocalServices(twoTabs());
    expect(runNaiveRead(services)).toEqual({ fixedCalls: 6, rowCalls: 10, rowsRead: 5 });
    expect(services.calls.get('Range.getValues')).toBe(5);
  });

  describe('edge cases', () => {
    it('reads nothing row by row from a workbook of empty sheets', () => {
      const services = createLocalServices(new Workbook());
      services.workbook.addSheet('Empty', { origin: 'input' });
      expect(runNaiveRead(services)).toEqual({ fixedCalls: 4, rowCalls: 0, rowsRead: 0 });
    });
  });
});

describe('runNaiveWrite', () => {
  const report: ReportSheetCells[] = [
    {
      name: 'R',
      rows: 2,
      columns: 2,
      cells: [
        { row: 1, column: 1, value: '見出し', formula: null, numberFormat: null, bold: true, alignment: null, wrap: false },
        { row: 2, column: 2, value: 2, formula: '=1+1', numberFormat: '0%', bold: false, alignment: 'right', wrap: true },
      ],
    },
  ];

  it('spends one getRange per cell and one setter per thing the cell holds', () => {
    // getActiveSpreadsheet + insertSheet + getMaxRows + getMaxColumns = 4;
    // cell 1: getRange + setValue + setFontWeight = 3;
    // cell 2: getRange + setFormula + setNumberFormat + setHorizontalAlignment + setWrap = 5
    const services = createLocalServices(new Workbook());
    expect(runNaiveWrite(services, report)).toBe(12);
    const written = services.workbook.sheetByName('naive R');
    expect(written?.value(0, 0)).toBe('見出し');
    expect(written?.formula(1, 1)).toBe('=1+1');
  });

  describe('edge cases', () => {
    it('grows the sheet first when the report is taller than a new sheet', () => {
      // 4 fixed + insertRowsAfter + getRange + setValue
      const tall: ReportSheetCells[] = [
        { name: 'T', rows: 1001, columns: 1, cells: [{ row: 1001, column: 1, value: 1, formula: null, numberFormat: null, bold: false, alignment: null, wrap: false }] },
      ];
      expect(runNaiveWrite(createLocalServices(new Workbook()), tall)).toBe(7);
    });
  });
});

describe('reportCellsOf', () => {
  it('lists the non-empty cells of the sheets the add-on created, 1-based', () => {
    const workbook = twoTabs();
    const created = workbook.addSheet('レポート', { origin: 'created' });
    created.setValue(0, 0, 'KPI');
    created.setFontWeight(0, 0, 'bold');
    created.setFormula(1, 1, '=A1', 3);
    created.setNumberFormat(1, 1, '#,##0');
    expect(reportCellsOf(workbook)).toEqual([
      {
        name: 'レポート',
        rows: 2,
        columns: 2,
        cells: [
          { row: 1, column: 1, value: 'KPI', formula: null, numberFormat: null, bold: true, alignment: null, wrap: false },
          { row: 2, column: 2, value: 3, formula: '=A1', numberFormat: '#,##0', bold: false, alignment: null, wrap: false },
        ],
      },
    ]);
  });

  describe('edge cases', () => {
    it('ignores input tabs', () => {
      expect(reportCellsOf(twoTabs())).toEqual([]);
    });
  });
});

describe('extrapolateNaiveReads', () => {
  it('keeps the fixed calls and scales the per-row calls with the rows', () => {
    // 26 + 2,000 / 1,000 × 100,000 = 200,026
    expect(extrapolateNaiveReads({ fixedCalls: 26, rowCalls: 2000, rowsRead: 1000 }, 100000)).toBe(200026);
  });

  describe('edge cases', () => {
    it('returns the fixed calls when nothing was read row by row', () => {
      expect(extrapolateNaiveReads({ fixedCalls: 4, rowCalls: 0, rowsRead: 0 }, 100000)).toBe(4);
    });

    it('rounds to whole calls', () => {
      // 0 + 3 / 2 × 3 = 4.5 → 5
      expect(extrapolateNaiveReads({ fixedCalls: 0, rowCalls: 3, rowsRead: 2 }, 3)).toBe(5);
    });
  });
});

const ONE_CELL_REPORT: ReportSheetCells[] = [
  { name: 'R', rows: 1, columns: 1, cells: [{ row: 1, column: 1, value: 'x', formula: null, numberFormat: null, bold: false, alignment: null, wrap: false }] },
];

describe('measureNaive', () => {
  it('adds the read and write calls of one real run', () => {
    // reads: 6 fixed + 10 per-row (see runNaiveRead); writes: getActiveSpreadsheet + insertSheet +
    // getMaxRows + getMaxColumns + getRange + setValue = 6
    expect(measureNaive({ workbook: twoTabs(), leads: 4, report: ONE_CELL_REPORT })).toEqual({
      measuredLeads: 4,
      read: { fixedCalls: 6, rowCalls: 10, rowsRead: 5 },
      writeCalls: 6,
      measuredTotal: 22,
    });
  });

  describe('edge cases', () => {
    it('counts only the reads when there is no report', () => {
      expect(measureNaive({ workbook: twoTabs(), leads: 4, report: [] }).measuredTotal).toBe(6 + 10 + 1);
    });
  });
});

describe('extrapolateNaive', () => {
  it('scales the reads per row and replays the large report for the writes', () => {
    const measured = measureNaive({ workbook: twoTabs(), leads: 4, report: ONE_CELL_REPORT });
    // reads: 6 + 10 / 5 × 50 = 106; writes: 6 (same one-cell report)
    expect(extrapolateNaive(measured, { leads: 40, rowsRead: 50, report: ONE_CELL_REPORT })).toEqual({
      ...measured,
      extrapolatedLeads: 40,
      extrapolatedRowsRead: 50,
      extrapolatedReadCalls: 106,
      extrapolatedWriteCalls: 6,
      extrapolatedTotal: 112,
    });
  });

  describe('edge cases', () => {
    it('keeps the measured reads when the large workbook has the same rows', () => {
      const measured = measureNaive({ workbook: twoTabs(), leads: 4, report: [] });
      expect(extrapolateNaive(measured, { leads: 4, rowsRead: 5, report: [] }).extrapolatedReadCalls).toBe(16);
    });
  });
});
