/**
 * The corpus's own report checks must be able to fail: a formula carrying user text or an unknown
 * function is refused, a generated ratio formula is accepted.
 */
import { Workbook } from '../../src/local/workbook/model';
import { formulaProblem, literalCells } from './reportCells';

describe('formulaProblem', () => {
  it('accepts the ratio formulas the report writes', () => {
    expect(formulaProblem('=IFERROR(C5/B5,"—")')).toBeNull();
    expect(formulaProblem('=IFERROR(($B$12-B11)/B11,"—")')).toBeNull();
    expect(formulaProblem('=IF(SUM(B2:B9)=0,"",AVERAGE(C2:C9))')).toBeNull();
  });

  it('refuses user text spliced into a formula', () => {
    expect(formulaProblem('=IMPORTXML("http://x","//a")')).toMatch(/string/);
    expect(formulaProblem('=SUMIFS(C:C,A:A,"展示会")')).toMatch(/string/);
    expect(formulaProblem('=HYPERLINK(A1)')).toBe('calls HYPERLINK');
  });

  describe('edge cases', () => {
    it('refuses text that is not a formula and stray characters', () => {
      expect(formulaProblem('1+1')).toBe('does not start with =');
      expect(formulaProblem('=B2/B3;DROP')).toMatch(/unexpected text/);
    });
  });
});

describe('literalCells', () => {
  it('finds plain values and ignores formula cells with the same cached text', () => {
    const workbook = new Workbook();
    const sheet = workbook.addSheet('チャネル別');
    sheet.setValue(2, 0, '=1+1');
    sheet.setFormula(3, 0, '=1+1', '=1+1');
    expect(literalCells([sheet], '=1+1')).toEqual(['チャネル別 R3C1']);
    expect(literalCells([sheet], '+81')).toEqual([]);
  });
});
