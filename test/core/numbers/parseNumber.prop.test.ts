import fc from 'fast-check';
import { parseNumber } from '../../../src/core/numbers/parseNumber';

/** A decimal as text: integer part up to 12 digits, 0–3 fraction digits, no leading zeros. */
const decimalText = fc
  .tuple(fc.bigInt({ min: BigInt(0), max: BigInt(999_999_999_999) }), fc.stringMatching(/^(\d{1,3})?$/))
  .map(([integer, fraction]) => (fraction === '' ? integer.toString() : `${integer.toString()}.${fraction}`));

/** Groups the integer part in threes with commas, the way spreadsheets display amounts. */
function withCommas(decimal: string): string {
  const [integer = '', fraction] = decimal.split('.');
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

function toFullWidth(text: string): string {
  return text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/** The exact value of a decimal scaled by a power of ten, rounded once, as a reference. */
function scaled(decimal: string, exponent: number): number {
  const value = Number(`${decimal}e${exponent}`);
  return value === 0 ? 0 : value;
}

describe('parseNumber properties', () => {
  it('reads back yen, comma, 円 and full-width forms of a number', () => {
    fc.assert(
      fc.property(decimalText, fc.constantFrom('¥', '￥', '$', 'JPY ', '', '円'), fc.boolean(), (decimal, currency, fullWidth) => {
        const body = withCommas(decimal);
        let text = currency === '円' ? `${body}円` : `${currency}${body}`;
        if (fullWidth) text = toFullWidth(text);
        expect(parseNumber(text)).toEqual({ kind: 'number', value: scaled(decimal, 0) });
      })
    );
  });

  it('reads back negatives written with -, −, ▲, △ or parentheses', () => {
    fc.assert(
      fc.property(decimalText, fc.constantFrom('-', '−', '▲', '△', '()'), (decimal, sign) => {
        const body = withCommas(decimal);
        const text = sign === '()' ? `(${body})` : `${sign}${body}`;
        expect(parseNumber(text)).toEqual({ kind: 'number', value: scaled(decimal, 0) === 0 ? 0 : -scaled(decimal, 0) });
      })
    );
  });

  it('reads back percents as the fraction, without rounding', () => {
    fc.assert(
      fc.property(decimalText, fc.constantFrom('%', '％'), (decimal, percent) => {
        expect(parseNumber(`${decimal}${percent}`)).toEqual({ kind: 'number', value: scaled(decimal, -2) });
      })
    );
  });

  it('reads back 万, 億 and 千 forms', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[1-9]\d{0,3}(\.\d{1,2})?$/),
        fc.constantFrom(['万', 4], ['億', 8], ['千', 3]),
        fc.boolean(),
        (decimal, [unit, exponent], yen) => {
          expect(parseNumber(`${decimal}${unit}${yen ? '円' : ''}`)).toEqual({ kind: 'number', value: scaled(decimal, exponent) });
        }
      )
    );
  });

  it('reads back mixed 万 and 千 forms of whole numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 999 }), (man, sen, rest) => {
        const text = `${man}万${sen > 0 ? `${sen}千` : ''}${rest > 0 ? rest : ''}`;
        expect(parseNumber(text)).toEqual({ kind: 'number', value: man * 10000 + sen * 1000 + rest });
      })
    );
  });

  it('reads back any finite JavaScript number from its String form', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        expect(parseNumber(String(value))).toEqual({ kind: 'number', value: value === 0 ? 0 : value });
      })
    );
  });

  it('never returns NaN, an infinity or -0, whatever the input', () => {
    const anything = fc.oneof(
      fc.string(),
      fc.string({ unit: fc.constantFrom(...'0123456789,.%¥￥円万億千百▲△−-+() JPYe１２，．'.split('')) }),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined)
    );
    fc.assert(
      fc.property(anything, (value) => {
        const parsed = parseNumber(value);
        expect(['number', 'blank', 'invalid']).toContain(parsed.kind);
        if (parsed.kind === 'number') {
          expect(Number.isFinite(parsed.value)).toBe(true);
          expect(Object.is(parsed.value, -0)).toBe(false);
        }
      }),
      { numRuns: 2000 }
    );
  });

  it('never reads a blank-looking string as 0', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(' ', '\t', '\u3000', '\u00a0', '\n') }), (spaces) => {
        expect(parseNumber(spaces)).toEqual({ kind: 'blank' });
      })
    );
  });
});
