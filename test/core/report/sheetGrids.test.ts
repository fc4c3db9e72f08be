import { label, makeBlock, numberCell, row, styled } from '../../../src/core/report/cells';
import { sheetGrids } from '../../../src/core/report/sheetGrids';

describe('sheetGrids', () => {
  const title = makeBlock(1, 1, [row('title', [label('チャネル別')])]);
  const table = makeBlock(
    3,
    1,
    [row('header', [label('チャネル'), label('リード')]), row('body', [label('展示会'), styled(numberCell(239), '#,##0')]), row('body', [label('紹介'), styled(numberCell(105), '#,##0')]), row('total', [label('合計'), styled(numberCell(344), '#,##0')])],
    { alignments: ['left', 'right'], banded: true },
  );

  it('covers every block in one rectangle; the gap row and the cell beside the title keep the defaults', () => {
    const grids = sheetGrids({ blocks: [title, table] });
    expect(grids?.range).toEqual({ row: 1, column: 1, rows: 6, columns: 2 });
    expect(grids?.values).toEqual([['チャネル別', ''], ['', ''], ['チャネル', 'リード'], ['展示会', 239], ['紹介', 105], ['合計', 344]]);
    expect(grids?.numberFormats[3]).toEqual(['General', '#,##0']);
    expect(grids?.backgrounds.map((line) => line[1])).toEqual([null, null, '#1f4e79', null, '#eef3f9', '#c5d5ea']);
    expect(grids?.fontWeights.map((line) => line[0])).toEqual(['bold', 'normal', 'bold', 'normal', 'normal', 'bold']);
    expect(grids?.fontSizes.map((line) => line[0])).toEqual([14, 10, 10, 10, 10, 10]);
    expect(grids?.alignments).toEqual([['left', null], [null, null], ['left', 'right'], ['left', 'right'], ['left', 'right'], ['left', 'right']]);
    // Only header rows wrap (the table does not ask for it).
    expect(grids?.wraps.map((line) => line[1])).toEqual([false, false, true, false, false, false]);
  });

  it('wraps the rows of a block that asks for it, but never its caption (a caption runs on as one line)', () => {
    const wrapped = makeBlock(1, 1, [row('caption', [label('同じチャネルの表記ゆれかもしれない組')]), row('header', [label('チャネル')]), row('body', [label('とても長い値')])], { wrap: true });
    const grids = sheetGrids({ blocks: [wrapped] });
    expect(grids?.wraps).toEqual([[false], [true], [true]]);
    // Wrapped text reads from the top of its row; headers keep Sheets' bottom.
    expect(grids?.verticalAlignments).toEqual([[null], [null], ['top']]);
  });

  it('leaves every vertical alignment to Sheets when no block wraps', () => {
    expect(sheetGrids({ blocks: [title, table] })?.verticalAlignments.flat().every((alignment) => alignment === null)).toBe(true);
  });

  it('starts at the top-left block, not at A1, and is null for a sheet without cells', () => {
    expect(sheetGrids({ blocks: [makeBlock(4, 3, [row('body', [label('x')])])] })?.range).toEqual({ row: 4, column: 3, rows: 1, columns: 1 });
    expect(sheetGrids({ blocks: [] })).toBeNull();
  });
});
