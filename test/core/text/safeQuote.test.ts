import { classifyValue, holdsEmail, quoteSafely, shortValue } from '../../../src/core/text/safeQuote';

describe('classifyValue', () => {
  it.each([
    ['2025/02/30', 'date'],
    ['R7.2.30', 'date'],
    ['令和7年2月30日', 'date'],
    ['Apr 31, 2025', 'date'],
    ['２０２５年４月１日', 'date'],
    ['2025-04-01 13:45', 'date'],
    ['¥1,200', 'number'],
    ['▲500', 'number'],
    ['(1,000)', 'number'],
    ['12.5%', 'number'],
    ['1.2万', 'number'],
    ['abc', 'code'],
    ['closedwon', 'code'],
    ['closed_won', 'code'],
    ['N/A', 'code'],
    ['TBD', 'code'],
    ['Q3-2025', 'code'],
    ['P200', 'code'],
    ['#DIV/0!', 'code'],
    ['taro@example.co.jp', 'email'],
    ['Taro Yamada <taro@example.com>', 'email'],
    ['090-1234-5678', 'phone'],
    ['03-1234-5678', 'phone'],
    ['+81 90 1234 5678', 'phone'],
    ['09012345678', 'phone'],
    ['〒150-0001', 'postal_code'],
    ['https://example.com/a?b', 'url'],
    ['山田太郎', 'text'],
    ['John Smith', 'text'],
    ['Smith', 'text'],
    ['Yamada', 'text'],
    ['SMITH', 'text'],
    ['taro.yamada', 'text'],
    ['McDonald', 'text'],
    ['株式会社サンプル', 'text'],
    ['', 'empty'],
  ])('classifies %s as %s', (value, expected) => {
    expect(classifyValue(value)).toBe(expected);
  });

  it('treats numbers and booleans as safe, anything unknown as text', () => {
    expect(classifyValue(1200)).toBe('number');
    expect(classifyValue(true)).toBe('code');
    expect(classifyValue({ name: 'x' })).toBe('text');
  });

  describe('edge cases', () => {
    it('never takes an amount for a phone number', () => {
      expect(classifyValue('1,234,567,890')).toBe('number');
      expect(classifyValue('1234567890')).toBe('number');
    });
  });
});

describe('quoteSafely', () => {
  it('quotes what cannot be personal data, in each language', () => {
    expect(quoteSafely('2025/02/30', 'ja')).toBe('「2025/02/30」');
    expect(quoteSafely('abc', 'en')).toBe('"abc"');
  });
  it('describes what could be personal data instead of repeating it', () => {
    expect(quoteSafely('taro@example.com', 'ja')).toBe('（メールアドレス）');
    expect(quoteSafely('taro@example.com', 'en')).toBe('(an e-mail address)');
    expect(quoteSafely('090-1234-5678', 'en')).toBe('(a phone number)');
    expect(quoteSafely('山田太郎', 'ja')).toBe('（4文字の文字列）');
    expect(quoteSafely('John Smith', 'en')).toBe('(text of 10 characters)');
  });
  it('describes one word written as a name is, in a status column or a headerless first row (issue 16 class 7)', () => {
    expect(['Smith', 'John', 'Yamada', 'YAMADA', 'taro.yamada'].map((name) => quoteSafely(name, 'en'))).toEqual([
      '(text of 5 characters)',
      '(text of 4 characters)',
      '(text of 6 characters)',
      '(text of 6 characters)',
      '(text of 11 characters)',
    ]);
    expect(['pending', 'TBD', 'closed_won'].map((code) => quoteSafely(code, 'en'))).toEqual(['"pending"', '"TBD"', '"closed_won"']);
  });
});

describe('shortValue', () => {
  it('shortens long values and keeps them on one line', () => {
    expect(shortValue('1'.repeat(40))).toBe(`${'1'.repeat(30)}…`);
    expect(shortValue(' 2025/\n02/30 ')).toBe('2025/ 02/30');
  });
  it('writes booleans, numbers and Date values readably', () => {
    expect(shortValue(true)).toBe('TRUE');
    expect(shortValue(12.5)).toBe('12.5');
    expect(shortValue(new Date(Number.NaN))).toBe('Invalid Date');
    expect(shortValue(null)).toBe('');
  });
});

describe('long values (issue 16: a 1 MB setting sent to the sidebar RPC)', () => {
  it('finds an e-mail address anywhere in one pass, as the pattern x@y.z', () => {
    expect(['連絡先 taro@example.co.jp まで', 'a@b', '@example.com', 'x@y@z.com', 'a@b.', 'a@b..c'].map(holdsEmail)).toEqual([true, false, false, true, false, true]);
  });

  it('classifies a megabyte of text at once (no pattern retried from every position), and still spots an address in it', () => {
    const started = Date.now();
    expect(classifyValue('x'.repeat(1 << 20))).toBe('text');
    expect(classifyValue(`${'1 '.repeat(1 << 19)}x`)).toBe('text');
    expect(classifyValue(`${'x'.repeat(1 << 20)}@`)).toBe('text');
    expect(classifyValue(`${'x '.repeat(1 << 19)}taro@example.com`)).toBe('email');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('still quotes a very long run of digits as a number, cut to its first 30 characters', () => {
    expect(classifyValue('9'.repeat(10000))).toBe('number');
    expect(classifyValue(`${'1,000 '.repeat(100)}`)).toBe('number');
    expect(quoteSafely('9'.repeat(10000), 'ja')).toBe(`「${'9'.repeat(30)}…」`);
    expect(classifyValue(`${'9'.repeat(300)}-5`)).toBe('text');
  });
});
