import { reportLabels } from '../../../src/core/report/labels';
import { label, makeBlock, numberCell, row, styled } from '../../../src/core/report/cells';
import { assumptionRow, contextLine, finishSheet, fitHeaderWidths, ltvAssumptionValues, mergedTextRows, mergeWidths, preamble, spanWidth, widthRuns } from '../../../src/core/report/sheetParts';
import { headerWidth, textWidth, wrappedLines } from '../../../src/core/report/textMetrics';
import { fullSummary, leadsOnlySummary } from './fixtures';

describe('contextLine', () => {
  it('names the period, view and as-of date in Japanese', () => {
    expect(contextLine(fullSummary(), reportLabels('ja'))).toBe('期間 2025-04-01 〜 2025-06-30 ／ コホート集計 ／ 基準日 2025-07-15');
  });

  it('does not use 期間 for two things in the period view: the view is named by what it counts on', () => {
    const line = contextLine({ ...fullSummary(), view: 'period' }, reportLabels('ja'));
    expect(line).toBe('期間 2025-04-01 〜 2025-06-30 ／ 発生日ベースの集計 ／ 基準日 2025-07-15');
    expect(line.split('期間')).toHaveLength(2);
  });

  it('names them in English', () => {
    expect(contextLine(leadsOnlySummary(), reportLabels('en'))).toBe('Period 2025-10-01 to 2025-10-31 · Event-date view · As of 2025-10-31');
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

describe('fitHeaderWidths', () => {
  it('widens every column whose header needs more than asked: the core table’s in two lines, a table’s below in four', () => {
    const long = '実績（発生日ベース）：受注金額';
    const blocks = [
      makeBlock(3, 1, [row('caption', [label('とても長い見出しの表のキャプションは測らない')]), row('header', [label('月'), label('商談化率の前月差'), label(long)])]),
      makeBlock(10, 2, [row('header', [label('x'), label(long)])]),
    ];
    // Core (row 4): 商談化率の前月差 fits two lines in 76 px, the asked 100 stays; the long one takes 136 px, not its one-line 241.
    expect(fitHeaderWidths(blocks, [100, 100, 100])).toEqual([100, 100, headerWidth(long)]);
    expect(headerWidth(long)).toBe(136);
    expect(headerWidth(long)).toBeLessThan(textWidth(long));
    // The same header in a table below (row 10, column C) wraps to four lines in 76 px rather than widening the core's column.
    expect(fitHeaderWidths([blocks[0]!, makeBlock(10, 1, [row('header', [label('x'), label('y'), label(long)])])], [100, 100, 60])).toEqual([100, 100, 136]);
    expect(fitHeaderWidths([makeBlock(3, 1, [row('header', [label('月')])]), makeBlock(10, 1, [row('header', [label('x'), label(long)])])], [100, 60])).toEqual([100, headerWidth(long, 'below')]);
    expect(headerWidth(long, 'below')).toBe(76);
    expect(wrappedLines(long, 76)).toBe(4);
  });

  it('widens a column for a Latin word of a table below that is longer than the column: words are never cut', () => {
    const blocks = [makeBlock(3, 1, [row('header', [label('Month'), label('Won')])]), makeBlock(10, 1, [row('header', [label('Month'), label('Opportunities target')])])];
    expect(fitHeaderWidths(blocks, [64, 64])).toEqual([64, textWidth('Opportunities')]);
  });

  it('finishSheet applies it, so no sheet can ship a header wider than its column', () => {
    const sheet = finishSheet({
      role: 'monthly',
      name: 'M',
      blocks: [makeBlock(2, 1, [row('header', [label('Opportunity-rate change vs previous month')])])],
      frozenRows: 0,
      frozenColumns: 0,
      columnWidths: [80],
      charts: [],
    });
    expect(sheet.columnWidths).toEqual([headerWidth('Opportunity-rate change vs previous month')]);
    expect(wrappedLines('Opportunity-rate change vs previous month', sheet.columnWidths[0] ?? 0)).toBeLessThanOrEqual(3);
  });

  describe('edge cases', () => {
    it('keeps wider requests, ignores body rows and the literal-text apostrophe, and fills gaps with the default width', () => {
      const header = '=SUM(A1) のように見える長い見出し';
      const blocks = [makeBlock(1, 3, [row('header', [label('+81'), label(header)]), row('body', [label('一行目の本文はどれほど長くても列の幅を変えない')])])];
      expect(blocks[0]?.cells[0]?.[1]).toEqual({ kind: 'text', value: `'${header}` });
      expect(fitHeaderWidths(blocks, [300])).toEqual([300, 100, 100, headerWidth(header)]);
    });
  });
});

describe('mergedTextRows', () => {
  const widths = [240, 110, 110, 110];

  it('merges every row of a text block across the columns, high enough for the longest text at the merged width', () => {
    const block = makeBlock(20, 1, [row('text', [label('短い気づき')]), row('text', [label('あ'.repeat(60))])], { wrap: true });
    // 570 px merged, 554 px of room: 60 full-width glyphs (900 px) take two lines.
    expect(mergedTextRows(block, 4, widths)).toEqual({ range: { row: 20, column: 1, rows: 2, columns: 4 }, rowHeight: 40 });
  });

  describe('edge cases', () => {
    it('keeps one plain row height when every text fits on a line', () => {
      expect(mergedTextRows(makeBlock(5, 1, [row('text', [label('OK')])]), 2, widths).rowHeight).toBe(21);
    });

    it('measures columns past the given widths at the default 100 px', () => {
      expect(spanWidth(widths, 4, 3)).toBe(110 + 100 + 100);
    });
  });
});

describe('widthRuns', () => {
  const counts = (n: number) => Array.from({ length: n }, (_, index) => styled(numberCell(index), '#,##0'));
  const headers = (n: number) => Array.from({ length: n }, (_, index) => label(`h${index}`));

  it('sets adjacent number columns of the same formats in every table together, the label and text columns alone', () => {
    const core = makeBlock(5, 1, [row('header', headers(5)), row('body', [label('a'), ...counts(2), styled(numberCell(0.5), '0.0%'), styled(numberCell(0.2), '0.0%')])]);
    const below = makeBlock(20, 1, [row('header', headers(4)), row('body', [label('a'), ...counts(3)])]);
    // Columns 2–3 are counts in both tables; 4 is a rate above and a count below; 5 a rate above only; 6 in no table.
    expect(widthRuns([core, below], 6)).toEqual([
      { first: 1, count: 1 },
      { first: 2, count: 2 },
      { first: 4, count: 1 },
      { first: 5, count: 1 },
      { first: 6, count: 1 },
    ]);
    const wide = makeBlock(5, 1, [row('header', headers(5)), row('body', [label('a'), ...counts(4)])]);
    expect(widthRuns([wide], 5)).toEqual([
      { first: 1, count: 1 },
      { first: 2, count: 4 },
    ]);
  });

  it('gives every column of a run the width of its widest, whatever the values, and keeps the runs of the layout', () => {
    const wide = makeBlock(5, 1, [row('header', headers(5)), row('body', [label('a'), ...counts(4)])]);
    const sheet = finishSheet({ role: 'channels', name: 'C', blocks: [wide], frozenRows: 0, frozenColumns: 0, columnWidths: [150, 80, 70, 95, 60], charts: [] });
    expect(sheet.columnWidthRuns).toEqual([
      { first: 1, count: 1 },
      { first: 2, count: 4 },
    ]);
    expect(sheet.columnWidths).toEqual([150, 95, 95, 95, 95]);
  });
});
