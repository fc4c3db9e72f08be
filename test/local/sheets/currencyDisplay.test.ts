/** Money text (findings, headline) and money cells must agree for every currency the sidebar offers. */
import { CURRENCIES, formatMoney, moneyFormat } from '../../../src/core/money/currency';
import { displayValue } from '../../../src/local/sheets/displayValue';

const AMOUNTS = [0, 1200, 1234567.891, -4500.5];

describe('money text and money cells', () => {
  it.each(CURRENCIES.map((currency) => currency.code))('show %s amounts the same way', (code) => {
    for (const amount of AMOUNTS) expect(displayValue(amount, moneyFormat(code))).toBe(formatMoney(amount, code));
  });
  it('agree for a code outside the table', () => {
    for (const amount of AMOUNTS) expect(displayValue(amount, moneyFormat('CHF'))).toBe(formatMoney(amount, 'CHF'));
  });
});
