import {
  cellAddress,
  columnLetters,
  columnRange,
  constant,
  divide,
  operation,
  reference,
  relativeChange,
  renderExpression,
  renderGuardedFormula,
} from '../../../src/core/report/formula';

describe('columnLetters', () => {
  it('names the first 26 columns with one letter', () => {
    expect(columnLetters(1)).toBe('A');
    expect(columnLetters(26)).toBe('Z');
  });

  it('continues with two and three letters', () => {
    expect(columnLetters(27)).toBe('AA');
    expect(columnLetters(52)).toBe('AZ');
    expect(columnLetters(702)).toBe('ZZ');
    expect(columnLetters(703)).toBe('AAA');
  });

  describe('edge cases', () => {
    it('rejects zero, negative and fractional columns', () => {
      expect(() => columnLetters(0)).toThrow(RangeError);
      expect(() => columnLetters(-1)).toThrow(RangeError);
      expect(() => columnLetters(1.5)).toThrow(RangeError);
    });
  });
});

describe('cellAddress', () => {
  it('writes a relative A1 address', () => {
    expect(cellAddress(5, 8)).toBe('H5');
  });

  it('writes an absolute address with dollar signs', () => {
    expect(cellAddress(3, 2, true)).toBe('$B$3');
  });

  describe('edge cases', () => {
    it('rejects row 0', () => {
      expect(() => cellAddress(0, 1)).toThrow(RangeError);
    });
  });
});

describe('columnRange', () => {
  it('spans one column between two rows', () => {
    expect(columnRange(2, 10, 15)).toBe('B10:B15');
  });

  describe('edge cases', () => {
    it('allows a single-row range', () => {
      expect(columnRange(1, 4, 4)).toBe('A4:A4');
    });
  });
});

describe('renderExpression', () => {
  it('renders a division of two cells', () => {
    expect(renderExpression(divide(reference(5, 8), reference(5, 7)))).toBe('H5/G5');
  });

  it('parenthesises a lower-precedence left operand', () => {
    expect(renderExpression(relativeChange(reference(6, 2), reference(5, 2)))).toBe('(B6-B5)/B5');
  });

  it('leaves a left-associative chain bare', () => {
    const chain = operation('*', operation('*', divide(reference(1, 1), reference(1, 2)), reference(1, 3, true)), reference(1, 4, true));
    expect(renderExpression(chain)).toBe('A1/B1*$C$1*$D$1');
  });

  describe('edge cases', () => {
    it('parenthesises a right operand of equal precedence', () => {
      expect(renderExpression(divide(reference(1, 1), divide(reference(1, 2), reference(1, 3))))).toBe('A1/(B1/C1)');
      expect(renderExpression(operation('-', reference(1, 1), operation('-', reference(1, 2), reference(1, 3))))).toBe('A1-(B1-C1)');
    });
  });
});

describe('renderGuardedFormula', () => {
  it('wraps the expression in IFERROR with the null display', () => {
    expect(renderGuardedFormula(divide(reference(5, 8), reference(5, 7)))).toBe('=IFERROR(H5/G5,"—")');
  });

  describe('edge cases', () => {
    it('guards a bare reference too', () => {
      expect(renderGuardedFormula(reference(2, 1))).toBe('=IFERROR(A2,"—")');
    });
  });
});

describe('constant', () => {
  it('writes a plain number into a formula, so a rate difference can become points', () => {
    expect(renderExpression(operation('*', operation('-', reference(6, 2), reference(5, 2)), constant(100)))).toBe('(B6-B5)*100');
  });

  describe('edge cases', () => {
    it('refuses a number that is not finite or would need an exponent', () => {
      expect(() => constant(Number.NaN)).toThrow(RangeError);
      expect(() => constant(1e21)).toThrow(RangeError);
    });

    it('parenthesises a negative constant on the right of an operator', () => {
      expect(renderExpression(operation('-', reference(1, 1), constant(-2)))).toBe('A1-(-2)');
    });
  });
});
