/**
 * An .xlsx workbook as Excel users hand it over: real date cells, a merged title over the header,
 * formulas with cached results, and spreadsheet error values — loaded from disk with `loadInput`.
 */
import ExcelJS from 'exceljs';
import { warning, type RobustnessCase } from '../corpusCase';

async function excelWorkbook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const ads = book.addWorksheet('広告');
  ads.addRow(['広告実績（4月）']);
  ads.mergeCells('A1:C1');
  ads.addRow(['日付', '媒体', '費用']);
  ads.addRow([new Date(Date.UTC(2025, 3, 1)), 'Google広告', 1200]);
  ads.addRow([new Date(Date.UTC(2025, 3, 2)), 'Google広告', 0]);
  ads.getCell('C4').value = { formula: 'C3*2', result: 2400 };
  const leads = book.addWorksheet('リード');
  leads.addRow(['リードID', '作成日', '流入元', '受注日', '金額']);
  leads.addRow(['L1', new Date(Date.UTC(2025, 3, 1)), 'Google広告', new Date(Date.UTC(2025, 3, 20)), 500000]);
  leads.addRow(['L2', new Date(Date.UTC(2025, 3, 2)), 'Google広告', null, null]);
  leads.getCell('E3').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
  return new Uint8Array(await book.xlsx.writeBuffer());
}

export const xlsxCases: readonly RobustnessCase[] = [
  {
    name: 'an .xlsx with date cells, a merged title, a formula cost and a #N/A amount',
    covers: ['xlsx', 'merged-header', 'formula-cell', 'error-values'],
    input: { xlsx: excelWorkbook },
    expect: {
      // Cost 1,200 + 2,400 (the formula's cached result); L1 won 500,000; L2's #N/A amount is no number.
      totals: { cost: 3600, leads: 2, won: 1, opportunities: 1, revenue: 500000 },
      period: { from: '2025-04-01', to: '2025-04-02' },
      asOf: '2025-04-20',
      warnings: [warning('unparseable_number', 'リード', 3, 'amount', '#N/A')],
    },
  },
];
