import {
  blockEnd,
  blockFontWeights,
  blockValues,
  formulaCell,
  label,
  row,
  makeBlock,
  numberCell,
  styled,
  textCell,
} from '../../../src/core/report/cells';
import { divide, reference } from '../../../src/core/report/formula';

describe('textCell', () => {
  it('keeps ordinary text as it is', () => {
    expect(textCell('展示会')).toEqual({ kind: 'text', value: '展示会' });
  });

  it('neutralises text that would become a formula', () => {
    expect(textCell('=1+1')).toEqual({ kind: 'text', value: "'=1+1" });
  });

  describe('edge cases', () => {
    it('keeps the empty string as an empty text', () => {
      expect(textCell('')).toEqual({ kind: 'text', value: '' });
    });
  });
});

describe('numberCell', () => {
  it('writes a finite number as a number', () => {
    expect(numberCell(1200)).toEqual({ kind: 'number', value: 1200 });
  });

  it('writes null as the null display', () => {
    expect(numberCell(null)).toEqual({ kind: 'text', value: '—' });
  });

  describe('edge cases', () => {
    it('never writes -0', () => {
      const cell = numberCell(-0);
      expect(cell.kind === 'number' && Object.is(cell.value, 0)).toBe(true);
    });

    it('writes NaN and infinities as the null display', () => {
      expect(numberCell(Number.NaN)).toEqual({ kind: 'text', value: '—' });
      expect(numberCell(Number.POSITIVE_INFINITY)).toEqual({ kind: 'text', value: '—' });
      expect(numberCell(Number.NEGATIVE_INFINITY)).toEqual({ kind: 'text', value: '—' });
    });
  });
});

describe('formulaCell', () => {
  it('guards the expression with IFERROR', () => {
    expect(formulaCell(divide(reference(3, 2), reference(3, 1)))).toEqual({ kind: 'formula', formula: '=IFERROR(B3/A3,"—")' });
  });

  describe('edge cases', () => {
    it('keeps absolute references absolute', () => {
      expect(formulaCell(divide(reference(3, 2, true), reference(4, 2)))).toEqual({ kind: 'formula', formula: '=IFERROR($B$3/B4,"—")' });
    });
  });
});

describe('makeBlock', () => {
  it('pads short rows so the grids are rectangles of the same shape, with one role per row and one alignment per column', () => {
    const block = makeBlock(2, 3, [row('caption', [label('Title')]), row('body', [styled(numberCell(1), '#,##0'), styled(numberCell(2), '0.0%')])], {
      alignments: ['left', 'right'],
    });
    expect(block.cells).toEqual([
      [{ kind: 'text', value: 'Title' }, { kind: 'empty' }],
      [{ kind: 'number', value: 1 }, { kind: 'number', value: 2 }],
    ]);
    expect(block.numberFormats).toEqual([
      ['General', 'General'],
      ['#,##0', '0.0%'],
    ]);
    expect(block.rowRoles).toEqual(['caption', 'body']);
    expect(block.alignments).toEqual(['left', 'right']);
    expect(block).toMatchObject({ row: 2, column: 3, wrap: false, banded: false });
  });

  it('records the wrap and banding requests, and left-aligns columns without an alignment', () => {
    const block = makeBlock(1, 1, [row('body', [label('a'), label('b')])], { wrap: true, banded: true });
    expect([block.wrap, block.banded, block.alignments]).toEqual([true, true, ['left', 'left']]);
  });

  describe('edge cases', () => {
    it('makes an empty row one empty cell wide', () => {
      expect(makeBlock(1, 1, [row('text', [])]).cells).toEqual([[{ kind: 'empty' }]]);
    });

    it('rejects a block without rows, or with more alignments than columns', () => {
      expect(() => makeBlock(1, 1, [])).toThrow(RangeError);
      expect(() => makeBlock(1, 1, [row('body', [label('a')])], { alignments: ['left', 'right'] })).toThrow(RangeError);
    });
  });
});

describe('blockValues', () => {
  it('gives numbers, text in input form, formula text and empty strings', () => {
    const block = makeBlock(1, 1, [row('body', [styled(numberCell(5)), styled(textCell('=x')), styled(formulaCell(reference(1, 1))), styled({ kind: 'empty' })])]);
    expect(blockValues(block)).toEqual([[5, "'=x", '=IFERROR(A1,"—")', '']]);
  });

  describe('edge cases', () => {
    it('writes null values as the em dash text', () => {
      expect(blockValues(makeBlock(1, 1, [row('body', [styled(numberCell(null))])]))).toEqual([['—']]);
    });
  });
});

describe('blockFontWeights', () => {
  it('makes header, caption, title, subtotal and total rows bold, and the label of a field row', () => {
    const block = makeBlock(1, 1, [
      row('header', [label('A'), label('B')]),
      row('body', [label('x'), styled(numberCell(1))]),
      row('total', [label('合計'), styled(numberCell(1))]),
      row('field', [label('期間'), label('2025')]),
    ]);
    expect(blockFontWeights(block)).toEqual([
      ['bold', 'bold'],
      ['normal', 'normal'],
      ['bold', 'bold'],
      ['bold', 'normal'],
    ]);
  });
});

describe('blockEnd', () => {
  it('gives the last row and column a block covers', () => {
    expect(blockEnd(makeBlock(3, 2, [row('header', [label('a'), label('b')]), row('body', [label('c')])]))).toEqual({ row: 4, column: 3 });
  });

  describe('edge cases', () => {
    it('ends a one-cell block where it starts', () => {
      expect(blockEnd(makeBlock(7, 4, [row('text', [label('a')])]))).toEqual({ row: 7, column: 4 });
    });
  });
});
