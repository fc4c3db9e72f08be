import { moneyFormat } from '../../../src/core/report/formats';

describe('moneyFormat', () => {
  it('uses the yen sign without decimals for JPY', () => {
    expect(moneyFormat('JPY')).toBe('¥#,##0');
  });

  it('uses the dollar sign with cents for USD', () => {
    expect(moneyFormat('USD')).toBe('$#,##0.00');
  });

  it('spells any other code after the number', () => {
    expect(moneyFormat('EUR')).toBe('#,##0.00 "EUR"');
  });

  describe('edge cases', () => {
    it('upper-cases and trims the code', () => {
      expect(moneyFormat(' eur ')).toBe('#,##0.00 "EUR"');
      expect(moneyFormat('jpy')).toBe('¥#,##0');
    });

    it('never copies anything but three letters into the format', () => {
      expect(moneyFormat('"; =1+1')).toBe('#,##0.00');
      expect(moneyFormat('EURO')).toBe('#,##0.00');
      expect(moneyFormat('')).toBe('#,##0.00');
    });
  });
});
