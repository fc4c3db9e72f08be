/** The test evaluator is itself checked, so a passing report test means what it says. */
import { evaluateFormula, formulaParts, parseFormula, type CellContent } from './evaluateFormula';

const sheet = (cells: Record<string, CellContent>) => (at: { row: number; column: number }) =>
  cells[`${String.fromCharCode(64 + at.column)}${at.row}`];

describe('evaluateFormula', () => {
  const cells = sheet({
    A1: { kind: 'number', value: 10 },
    B1: { kind: 'number', value: 4 },
    C1: { kind: 'number', value: 0 },
    D1: { kind: 'text', value: '—' },
    E1: { kind: 'formula', formula: '=IFERROR(A1/B1,"—")' },
    F1: { kind: 'text', value: "'=1+1" },
  });

  it('computes arithmetic with the usual precedence', () => {
    expect(evaluateFormula('=A1+B1*2', cells)).toBe(18);
    expect(evaluateFormula('=(A1-B1)/B1', cells)).toBe(1.5);
    expect(evaluateFormula('=-A1+1', cells)).toBe(-9);
  });

  it('follows references into other formula cells, absolute or not', () => {
    expect(evaluateFormula('=$E$1*2', cells)).toBe(5);
  });

  it('catches a division by zero and text in arithmetic with IFERROR', () => {
    expect(evaluateFormula('=IFERROR(A1/C1,"—")', cells)).toBe('—');
    expect(evaluateFormula('=IFERROR(A1/D1,"—")', cells)).toBe('—');
    expect(evaluateFormula('=A1/C1', cells)).toEqual({ error: '#DIV/0!' });
    expect(evaluateFormula('=D1*2', cells)).toEqual({ error: '#VALUE!' });
  });

  it('reads literal-text cells without their marker', () => {
    expect(evaluateFormula('=IF(F1="=1+1",1,0)', cells)).toBe(1);
  });

  it('sums and averages ranges, skipping text', () => {
    expect(evaluateFormula('=SUM(A1:D1)', cells)).toBe(14);
    expect(evaluateFormula('=AVERAGE(A1:C1)', cells)).toBeCloseTo(14 / 3, 12);
  });

  it('compares values inside IF', () => {
    expect(evaluateFormula('=IF(B1=0,"—",A1/B1)', cells)).toBe(2.5);
    expect(evaluateFormula('=IF(C1=0,"—",A1/C1)', cells)).toBe('—');
    expect(evaluateFormula('=IF(A1>=B1,1,0)', cells)).toBe(1);
  });

  describe('edge cases', () => {
    it('throws on a reference to an empty cell', () => {
      expect(() => evaluateFormula('=A1/Z9', cells)).toThrow(/empty cell/);
    });

    it('throws on a function outside the whitelist', () => {
      expect(() => evaluateFormula('=IMPORTXML("x","y")', cells)).toThrow(/not supported/);
    });

    it('throws on sheet-qualified references and unsupported operators', () => {
      expect(() => parseFormula("='Other sheet'!A1")).toThrow();
      expect(() => parseFormula('=Sheet1!A1')).toThrow();
      expect(() => parseFormula('=A1&B1')).toThrow();
      expect(() => parseFormula('=A1^2')).toThrow();
    });

    it('detects circular references', () => {
      const loop = sheet({ A1: { kind: 'formula', formula: '=B1' }, B1: { kind: 'formula', formula: '=A1' } });
      expect(() => evaluateFormula('=A1', loop)).toThrow(/circular/);
    });
  });
});

describe('formulaParts', () => {
  it('lists functions and referenced cells, expanding ranges', () => {
    expect(formulaParts(parseFormula('=IFERROR(SUM(A1:A3)/$B$2,"—")'))).toEqual({
      functions: ['IFERROR', 'SUM'],
      references: [
        { row: 1, column: 1 },
        { row: 2, column: 1 },
        { row: 3, column: 1 },
        { row: 2, column: 2 },
      ],
    });
  });

  describe('edge cases', () => {
    it('finds nothing in a constant formula', () => {
      expect(formulaParts(parseFormula('="—"'))).toEqual({ functions: [], references: [] });
    });
  });
});
