import { label, makeBlock, numberCell, row, styled } from '../../../src/core/report/cells';
import {
  attainmentRules,
  bandedRows,
  blockAlignments,
  blockBackgrounds,
  blockFontColors,
  blockFontSizes,
  blockFontStyles,
  changeRules,
  REPORT_COLORS,
  TITLE_FONT_SIZE,
} from '../../../src/core/report/style';

const cells = (text: string) => [label(text), styled(numberCell(1), '#,##0')];

describe('the look of a block', () => {
  const block = makeBlock(
    1,
    1,
    [
      row('caption', [label('Table')]),
      row('header', [label('Group'), label('Leads')]),
      row('body', cells('a')),
      row('body', cells('b')),
      row('subtotal', cells('Paid')),
      row('body', cells('c')),
      row('provisional', cells('d')),
      row('total', cells('Total')),
    ],
    { alignments: ['left', 'right'], banded: true },
  );

  it('bands every second data row, a subtotal not shifting the pattern', () => {
    // Data rows a, b, c, d → white, band, white, band.
    expect(bandedRows(block)).toEqual([3, 6]);
    expect(blockBackgrounds(block).map((cellsOfRow) => cellsOfRow[1])).toEqual([
      null,
      REPORT_COLORS.headerFill,
      null,
      REPORT_COLORS.bandFill,
      REPORT_COLORS.subtotalFill,
      null,
      REPORT_COLORS.bandFill,
      REPORT_COLORS.totalFill,
    ]);
  });

  it('greys and italicises provisional rows, whitens header text, and left-aligns caption rows', () => {
    expect(blockFontStyles(block)[6]).toEqual(['italic', 'italic']);
    expect(blockFontColors(block)[6]).toEqual([REPORT_COLORS.provisionalText, REPORT_COLORS.provisionalText]);
    expect(blockFontColors(block)[1]).toEqual([REPORT_COLORS.headerText, REPORT_COLORS.headerText]);
    expect(blockAlignments(block)[0]).toEqual(['left', 'left']);
    expect(blockAlignments(block)[1]).toEqual(['left', 'right']);
  });

  it('centres the header of a text column right of a number column, so the two headers do not run together on the band', () => {
    // 読み込んだ行 | 除外した行 | 備考: 備考 left-aligned would touch 除外した行 (the band has no grid lines).
    const tabs = makeBlock(1, 1, [row('header', [label('タブ'), label('除外した行'), label('備考'), label('種類')]), row('body', [label('GA4'), styled(numberCell(1), '#,##0'), label('—'), label('広告')])], {
      alignments: ['left', 'right', 'left', 'left'],
    });
    expect(blockAlignments(tabs)).toEqual([
      ['left', 'right', 'center', 'left'],
      ['left', 'right', 'left', 'left'],
    ]);
  });

  it('gives the title a larger font', () => {
    expect(blockFontSizes(makeBlock(1, 1, [row('title', [label('Report')]), row('context', [label('Period')])]))).toEqual([[TITLE_FONT_SIZE], [10]]);
  });

  describe('edge cases', () => {
    it('does not band a block that is not banded', () => {
      expect(bandedRows(makeBlock(1, 1, [row('body', cells('a')), row('body', cells('b'))]))).toEqual([]);
    });
  });
});

describe('conditional formats', () => {
  const range = { row: 5, column: 4, rows: 12, columns: 1 };

  it('colours attainment green from 100 %, amber from 80 %, red below, in that priority', () => {
    expect(attainmentRules([range]).map((rule) => [rule.condition, rule.fill, rule.fontColor, rule.ranges])).toEqual([
      [{ kind: 'greaterThanOrEqual', value: 1 }, REPORT_COLORS.good.fill, REPORT_COLORS.good.text, [range]],
      [{ kind: 'between', low: 0.8, high: 1 }, REPORT_COLORS.warning.fill, REPORT_COLORS.warning.text, [range]],
      [{ kind: 'lessThan', value: 0.8 }, REPORT_COLORS.bad.fill, REPORT_COLORS.bad.text, [range]],
    ]);
  });

  it('colours a change for the worse red and for the better green: a fall where more is better is worse, a rise where less is', () => {
    expect(changeRules([range], 'higher').map((rule) => [rule.condition, rule.fill, rule.fontColor])).toEqual([
      [{ kind: 'lessThan', value: 0 }, REPORT_COLORS.bad.fill, REPORT_COLORS.bad.text],
      [{ kind: 'greaterThan', value: 0 }, REPORT_COLORS.good.fill, REPORT_COLORS.good.text],
    ]);
    expect(changeRules([range], 'lower').map((rule) => [rule.condition, rule.fill])).toEqual([
      [{ kind: 'greaterThan', value: 0 }, REPORT_COLORS.bad.fill],
      [{ kind: 'lessThan', value: 0 }, REPORT_COLORS.good.fill],
    ]);
  });

  describe('edge cases', () => {
    it('makes no rule without a range', () => {
      expect([...attainmentRules([]), ...changeRules([], 'higher')]).toEqual([]);
    });
  });
});
