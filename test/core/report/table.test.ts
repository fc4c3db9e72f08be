import { formulaCell, NULL_CELL, numberCell } from '../../../src/core/report/cells';
import { divide } from '../../../src/core/report/formula';
import { blockFontWeights } from '../../../src/core/report/style';
import { MAX_FITTED_TEXT_WIDTH, placeTable, type TableColumn, type TableRow } from '../../../src/core/report/table';
import { MIN_NUMBER_COLUMN_WIDTH } from '../../../src/core/report/numberWidths';
import { textWidth } from '../../../src/core/report/textMetrics';

interface Row {
  readonly name: string;
  readonly count: number;
}

const columns: TableColumn<Row>[] = [
  { key: 'name', header: 'Name', format: 'General', width: 150, cell: (row) => ({ kind: 'text', value: row.name }) },
  { key: 'count', header: 'Count', format: '#,##0', width: 90, cell: (row) => numberCell(row.count) },
  {
    key: 'change',
    header: 'Change',
    format: '0.0%',
    width: 90,
    cell: (_row, locate) => {
      const here = locate.here('count');
      const above = locate.above('count');
      return here && above ? formulaCell(divide(here, above)) : NULL_CELL;
    },
  },
];

const rows: TableRow<Row>[] = [{ data: { name: 'a', count: 10 } }, { data: { name: 'b', count: 20 }, role: 'total' }];

describe('placeTable', () => {
  it('writes a header row above the data rows, each row with its role, text left and numbers right', () => {
    const table = placeTable(5, 2, columns, rows);
    expect(table.block).toMatchObject({ row: 5, column: 2 });
    expect(table.block.cells[0]).toEqual([
      { kind: 'text', value: 'Name' },
      { kind: 'text', value: 'Count' },
      { kind: 'text', value: 'Change' },
    ]);
    expect(table.block.rowRoles).toEqual(['header', 'body', 'total']);
    expect(blockFontWeights(table.block)).toEqual([
      ['bold', 'bold', 'bold'],
      ['normal', 'normal', 'normal'],
      ['bold', 'bold', 'bold'],
    ]);
    expect(table.block.numberFormats[1]).toEqual(['General', '#,##0', '0.0%']);
    expect(table.block.alignments).toEqual(['left', 'right', 'right']);
    expect(table.block.banded).toBe(true);
  });

  it('lets formulas find other columns of the same row and of the row above', () => {
    const table = placeTable(5, 2, columns, rows);
    expect(table.block.cells[1]?.[2]).toEqual({ kind: 'text', value: '—' });
    expect(table.block.cells[2]?.[2]).toEqual({ kind: 'formula', formula: '=IFERROR(C7/C6,"—")' });
  });

  it('reports where everything went', () => {
    const table = placeTable(5, 2, columns, rows);
    expect([table.headerRow, table.firstDataRow, table.lastDataRow]).toEqual([5, 6, 7]);
    expect([table.columnOf('name'), table.columnOf('change'), table.columnOf('missing')]).toEqual([2, 4, undefined]);
    // Numbers take the width their values need: a 2-digit count the minimum, a rate formula '1000.0%' (7 × 7.5 + 16 px).
    expect(table.widths).toEqual([150, MIN_NUMBER_COLUMN_WIDTH, 69]);
    expect(table.dataRange('count')).toEqual({ row: 6, column: 3, rows: 2, columns: 1 });
    expect(table.dataRange('missing')).toBeUndefined();
  });

  it('lets a table below borrow the cells of the same row from the table it continues', () => {
    const core = placeTable(5, 2, columns, rows);
    const share: TableColumn<Row> = {
      key: 'share',
      header: 'Share',
      format: '0.0%',
      width: 90,
      cell: (_row, locate) => {
        const here = locate.here('count');
        const total = locate.here('total');
        return here && total ? formulaCell(divide(here, total)) : NULL_CELL;
      },
    };
    const totals: TableColumn<Row> = { key: 'total', header: 'Total', format: '#,##0', width: 90, cell: () => numberCell(30) };
    const below = placeTable(10, 2, [columns[0]!, totals, share], rows, { borrowFrom: core, caption: 'More' });
    // Row "b" is the second data row: count at C7 in the core table, total at C12 in this one.
    expect(below.block.cells[3]?.[2]).toEqual({ kind: 'formula', formula: '=IFERROR(C7/C12,"—")' });
  });

  it('puts a caption in the row above the header, in the same block', () => {
    const table = placeTable(5, 1, columns, rows, { caption: 'Table', wrap: true });
    expect(table.block.row).toBe(4);
    expect(table.block.cells[0]?.[0]).toEqual({ kind: 'text', value: 'Table' });
    expect(table.block.rowRoles[0]).toBe('caption');
    expect(table.block.wrap).toBe(true);
    expect(table.headerRow).toBe(5);
  });

  describe('edge cases', () => {
    it('writes only the header when there are no rows', () => {
      const table = placeTable(3, 1, columns, []);
      expect(table.block.cells).toHaveLength(1);
      expect(table.lastDataRow).toBeLessThan(table.firstDataRow);
    });

    it('rejects two columns with the same key', () => {
      expect(() => placeTable(1, 1, [columns[0]!, columns[0]!], rows)).toThrow(/duplicate column key/);
    });
  });
});

describe('column widths', () => {
  const nameColumn: TableColumn<string> = { key: 'name', header: 'キャンペーン', format: 'General', width: 120, cell: (name) => ({ kind: 'text', value: name }) };
  const countColumn: TableColumn<string> = { key: 'n', header: 'N', format: '#,##0', width: 80, cell: () => ({ kind: 'number', value: 123456789 }) };
  const names = ['4月メルマガ', '展示会ご来場お礼（営業支援ソリューション展 秋）'].map((data) => ({ data }));

  it('widens a text column to its longest value on one line; numbers take the width of their values', () => {
    const table = placeTable(1, 1, [nameColumn, countColumn], names);
    // 123,456,789: 11 half-width characters × 7.5 px + 16 px padding.
    expect(table.widths).toEqual([textWidth('展示会ご来場お礼（営業支援ソリューション展 秋）'), 99]);
  });

  describe('edge cases', () => {
    it('stops at 400 px, keeps the asked width in a wrapped table, and never narrows a column', () => {
      expect(placeTable(1, 1, [nameColumn], [{ data: 'あ'.repeat(60) }]).widths).toEqual([MAX_FITTED_TEXT_WIDTH]);
      expect(placeTable(1, 1, [nameColumn], names, { wrap: true }).widths).toEqual([120]);
      expect(placeTable(1, 1, [{ ...nameColumn, width: 500 }], names).widths).toEqual([500]);
      expect(placeTable(1, 1, [nameColumn], [{ data: "=cmd'" }]).widths).toEqual([120]);
    });
  });
});
