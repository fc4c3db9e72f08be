import { currencyOfAmount, invalidNumberText, parseNumber, type InvalidNumberReason } from '../../../src/core/numbers/parseNumber';

const number = (value: number) => ({ kind: 'number', value });
const blank = { kind: 'blank' };
const invalid = (reason: InvalidNumberReason) => ({ kind: 'invalid', reason });

describe('parseNumber', () => {
  describe('JavaScript values', () => {
    it('keeps finite numbers as they are', () => {
      expect(parseNumber(1200)).toEqual(number(1200));
      expect(parseNumber(0.4462)).toEqual(number(0.4462));
      expect(parseNumber(-3.5)).toEqual(number(-3.5));
    });

    it('reads null and undefined as blank, not 0', () => {
      expect(parseNumber(null)).toEqual(blank);
      expect(parseNumber(undefined)).toEqual(blank);
    });

    it('rejects booleans with their own reason', () => {
      expect(parseNumber(true)).toEqual(invalid('boolean'));
      expect(parseNumber(false)).toEqual(invalid('boolean'));
    });

    it('rejects Date objects with their own reason', () => {
      expect(parseNumber(new Date(2025, 3, 1))).toEqual(invalid('date'));
    });

    it('recognises a Date made in another realm', () => {
      // Looks like a Date to Object.prototype.toString, but is not an instance of this realm's Date.
      const foreignDate = Object.create(null) as object;
      Object.defineProperty(foreignDate, Symbol.toStringTag, { value: 'Date' });
      expect(foreignDate instanceof Date).toBe(false);
      expect(parseNumber(foreignDate)).toEqual(invalid('date'));
    });

    it('rejects NaN and infinities', () => {
      expect(parseNumber(Number.NaN)).toEqual(invalid('not_a_number'));
      expect(parseNumber(Number.POSITIVE_INFINITY)).toEqual(invalid('out_of_range'));
      expect(parseNumber(Number.NEGATIVE_INFINITY)).toEqual(invalid('out_of_range'));
    });

    it('rejects objects, arrays, functions and bigints as unsupported', () => {
      expect(parseNumber({ value: 1 })).toEqual(invalid('unsupported_type'));
      expect(parseNumber([1])).toEqual(invalid('unsupported_type'));
      expect(parseNumber(() => 1)).toEqual(invalid('unsupported_type'));
      expect(parseNumber(BigInt(1))).toEqual(invalid('unsupported_type'));
    });
  });

  describe('plain text numbers', () => {
    it.each([
      ['1200', 1200],
      ['-1200', -1200],
      ['+1200', 1200],
      ['3.25', 3.25],
      ['.5', 0.5],
      ['007', 7],
      ['0.4462', 0.4462],
    ])('reads %j as %p', (text, expected) => {
      expect(parseNumber(text)).toEqual(number(expected));
    });

    it('ignores surrounding spaces, tabs, full-width spaces and non-breaking spaces', () => {
      expect(parseNumber('  5 ')).toEqual(number(5));
      expect(parseNumber('\t42\n')).toEqual(number(42));
      expect(parseNumber('\u3000１２０\u3000')).toEqual(number(120));
      expect(parseNumber('\u00a01,200\u00a0')).toEqual(number(1200));
    });

    it('reads scientific notation as exported by spreadsheets', () => {
      expect(parseNumber('1E+06')).toEqual(number(1000000));
      expect(parseNumber('2.5e-3')).toEqual(number(0.0025));
    });
  });

  describe('thousands separators', () => {
    it('reads "1,200" as 1200, never 1', () => {
      expect(parseNumber('1,200')).toEqual(number(1200));
    });

    it.each([
      ['1,234', 1234],
      ['12,345,678', 12345678],
      ['1,200.50', 1200.5],
      ['-1,000', -1000],
    ])('reads %j as %p', (text, expected) => {
      expect(parseNumber(text)).toEqual(number(expected));
    });

    // en-IN spreadsheets (and CSVs saved from them, e.g. a Salesforce report re-saved in Excel) group
    // lakhs and crores: the last three digits, then pairs.
    it.each([
      ['1,77,000', 177000],
      ['$1,77,000.00', 177000],
      ['$28,92,032.00 ', 2892032],
      ['1,24,624.50', 124624.5],
      ['12,34,56,789', 123456789],
      ['-1,00,000', -100000],
    ])('reads the Indian grouping %j as %p', (text, expected) => {
      expect(parseNumber(text)).toEqual(number(expected));
    });

    it.each(['1,2,3', '12,34', '1,23', '1234,567', '1,2345', ',123', '123,', '1,,234', '1.234,5', '1 200', '1,23,45', '123,45,678', '1,234,56,789'])(
      'rejects %j, whose separators are not between groups of three digits (or Indian groups)',
      (text) => {
        expect(parseNumber(text)).toEqual(invalid('not_a_number'));
      }
    );
  });

  describe('full-width characters', () => {
    it.each([
      ['１，２３４', 1234],
      ['１２０', 120],
      ['１２．５％', 0.125],
      ['－１，０００', -1000],
      ['（１，２００）', -1200],
      ['￥１，２００', 1200],
      ['ＪＰＹ　１２００', 1200],
      ['＄１，２００', 1200],
    ])('reads %j as %p', (text, expected) => {
      expect(parseNumber(text)).toEqual(number(expected));
    });

    it('does not read superscript or circled digits as digits', () => {
      expect(parseNumber('10²')).toEqual(invalid('not_a_number'));
      expect(parseNumber('①')).toEqual(invalid('not_a_number'));
    });
  });

  describe('currency', () => {
    it.each([
      ['¥1,200', 1200],
      ['￥1,200', 1200],
      ['1,200円', 1200],
      ['1,200 円', 1200],
      ['JPY 1200', 1200],
      ['JPY1200', 1200],
      ['1200 JPY', 1200],
      ['jpy 1200', 1200],
      ['$1,200', 1200],
      ['$1,200.75', 1200.75],
      ['\\1,200', 1200],
      ['-¥1,200', -1200],
      ['¥-1,200', -1200],
      ['▲¥1,200', -1200],
      ['(¥1,200)', -1200],
      ['¥ 1,200', 1200],
      // Salesforce multi-currency reports and accounting exports: an ISO code before or after
      ['JPY 1,234,000', 1234000],
      ['USD 12,000.00', 12000],
      ['USD -1,500.50', -1500.5],
      ['1,200 EUR', 1200],
      ['€1,200', 1200],
      ['£1,200.50', 1200.5],
      ['ＵＳＤ　１２，０００', 12000],
    ])('reads %j as %p', (text, expected) => {
      expect(parseNumber(text)).toEqual(number(expected));
    });

    it('reads the accounting-format zero "¥ -" as 0', () => {
      expect(parseNumber('¥ -')).toEqual(number(0));
      expect(parseNumber('$ -')).toEqual(number(0));
      expect(parseNumber('- 円')).toEqual(number(0));
    });

    it.each(['¥1,200円', '$1200 JPY', '¥', '円', '¥¥1200', '¥12%', 'USD', 'USD 1200 JPY', 'ABC 1200', '1200 abc', 'USD1,2,3'])('rejects %j', (text) => {
      expect(parseNumber(text)).toEqual(invalid('not_a_number'));
    });
  });

  describe('percent', () => {
    it('reads "12%" as 0.12', () => {
      expect(parseNumber('12%')).toEqual(number(0.12));
    });

    it('keeps full precision: "12.5％" is 0.125, not a rounded 0.13', () => {
      expect(parseNumber('12.5％')).toEqual(number(0.125));
    });

    it('divides exactly, so "14.3%" is the same number as 0.143', () => {
      expect(parseNumber('14.3%')).toEqual(number(0.143));
      expect(parseNumber('0.07%')).toEqual(number(0.0007));
    });

    it.each([
      ['100%', 1],
      ['0%', 0],
      ['-12%', -0.12],
      ['▲5%', -0.05],
      ['(12%)', -0.12],
      ['+3%', 0.03],
      ['1,250%', 12.5],
      ['12 %', 0.12],
    ])('reads %j as %p', (text, expected) => {
      expect(parseNumber(text)).toEqual(number(expected));
    });

    it.each(['%', '12%%', '1万%', '1e2%', '%12'])('rejects %j', (text) => {
      expect(parseNumber(text)).toEqual(invalid('not_a_number'));
    });
  });

  describe('negative forms', () => {
    it.each([
      ['(1,000)', -1000],
      ['−1,000', -1000],
      ['－1,000', -1000],
      ['▲1,000', -1000],
      ['△1,000', -1000],
      ['▲ 1,000', -1000],
      ['( 1,000 )', -1000],
      ['▲1,000円', -1000],
    ])('reads %j as %p', (text, expected) => {
      expect(parseNumber(text)).toEqual(number(expected));
    });

    it.each(['--1', '-(1,000)', '(-1,000)', '▲-1', '1000-', '-+1', 'ｰ1000'])('rejects the doubled or misplaced sign in %j', (text) => {
      expect(parseNumber(text)).toEqual(invalid('not_a_number'));
    });
  });

  describe('Japanese units', () => {
    it.each([
      ['1.2万', 12000],
      ['3千', 3000],
      ['1億', 100000000],
      ['1万2千', 12000],
      ['1万2000', 12000],
      ['12万3456', 123456],
      ['1億2千万', 120000000],
      ['12百万円', 12000000],
      ['500千円', 500000],
      ['1,200万', 12000000],
      ['1,200万円', 12000000],
      ['1.15万', 11500],
      ['2兆', 2000000000000],
      ['▲1.2万円', -12000],
      ['(3千)', -3000],
      ['¥1.2万', 12000],
      ['１．２万', 12000],
      ['1千5百', 1500],
    ])('reads %j as %p', (text, expected) => {
      expect(parseNumber(text)).toEqual(number(expected));
    });

    it.each(['万', '千円', '1万万', '1千2千', '1万12000', '1千5000', '1億12000万', '1万 2千', '1,2万', '1.2.3万', '万1', '1万億'])(
      'rejects %j instead of guessing',
      (text) => {
        expect(parseNumber(text)).toEqual(invalid('not_a_number'));
      }
    );
  });

  describe('blank placeholders', () => {
    it.each(['', '  ', '\u3000', '--', '-', '—', '―', 'n/a', 'N/A', '(not set)', ' -- ', '（not set）', 'NA', 'na', 'null', 'NULL', 'None', 'Ｎ／Ａ'])('reads %j as blank', (text) => {
      expect(parseNumber(text)).toEqual(blank);
    });
  });

  describe('edge cases', () => {
    it('never returns -0', () => {
      for (const value of [-0, '-0', '(0)', '▲0', '-0%', '−0万'] as const) {
        const parsed = parseNumber(value);
        expect(parsed).toEqual(number(0));
        expect(parsed.kind === 'number' && Object.is(parsed.value, -0)).toBe(false);
      }
    });

    it.each([
      ['0x10', 'not_a_number'],
      ['Infinity', 'not_a_number'],
      ['-Infinity', 'not_a_number'],
      ['NaN', 'not_a_number'],
      ['1_000', 'not_a_number'],
      ['0b101', 'not_a_number'],
      ['0o17', 'not_a_number'],
      ['1e400', 'out_of_range'],
      ['abc', 'not_a_number'],
      ['12abc', 'not_a_number'],
      ['5.', 'not_a_number'],
      ['.', 'not_a_number'],
      ['TRUE', 'not_a_number'],
      ['1/2', 'not_a_number'],
      ['2025-04-01', 'not_a_number'],
    ] as const)('rejects %j, which Number or parseFloat would partly accept, as %s', (text, reason) => {
      expect(parseNumber(text)).toEqual(invalid(reason));
    });

    it('rejects 400-digit numbers, with or without a unit, as out of range', () => {
      expect(parseNumber('9'.repeat(400))).toEqual(invalid('out_of_range'));
      expect(parseNumber(`${'9'.repeat(400)}万`)).toEqual(invalid('out_of_range'));
    });

    it('reads a tiny scientific value that underflows as 0', () => {
      expect(parseNumber('-1e-400')).toEqual(number(0));
    });
  });
});

describe('invalidNumberText', () => {
  const reasons: InvalidNumberReason[] = ['boolean', 'date', 'not_a_number', 'out_of_range', 'unsupported_type'];

  it.each(reasons)('has a problem and a fix in both languages for %s', (reason) => {
    for (const language of ['ja', 'en'] as const) {
      const text = invalidNumberText(reason, language);
      expect(text.problem.length).toBeGreaterThan(0);
      expect(text.fix.length).toBeGreaterThan(0);
    }
  });

  it('writes Japanese for ja and English for en', () => {
    expect(invalidNumberText('not_a_number', 'ja').problem).toBe('数値として読めません');
    expect(invalidNumberText('not_a_number', 'en').problem).toBe('is not a number');
  });
});

describe('currencyOfAmount', () => {
  it.each([
    ['JPY 1,234,000', 'JPY'],
    ['USD 12,000.00', 'USD'],
    ['1,200 EUR', 'EUR'],
    ['¥1,200', 'JPY'],
    ['￥1,200', 'JPY'],
    ['1,200円', 'JPY'],
    ['\\1,200', 'JPY'],
    ['€1,200', 'EUR'],
    ['$5', '$'],
    ['(USD 1,500.00)', 'USD'],
    ['usd 5', 'USD'],
    ['1200', null],
    ['1,200.50', null],
    ['12%', null],
    ['ABC 1', null],
    ['JPY', null],
    [1200, null],
    ['', null],
  ])('%j is written in %p', (value, currency) => {
    expect(currencyOfAmount(value)).toBe(currency);
  });
});
