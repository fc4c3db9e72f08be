import { CsvSyntaxError, detectDelimiter, parseDelimited } from '../../../../src/local/workbook/csv/parse';

describe('parseDelimited', () => {
  it('reads quoted commas, doubled quotes and line breaks inside quotes', () => {
    const text = '媒体,メモ,費用\r\n"Google 広告","say ""hi""",  "1,200"\n展示会,"2行\n目",500\n';
    expect(parseDelimited(text, ',')).toEqual([
      ['媒体', 'メモ', '費用'],
      ['Google 広告', 'say "hi"', '1,200'],
      ['展示会', '2行\n目', '500'],
    ]);
  });

  it('splits on tabs for TSV and keeps commas in numbers', () => {
    expect(parseDelimited('日付\t費用\n2025-04-01\t1,200', '\t')).toEqual([
      ['日付', '費用'],
      ['2025-04-01', '1,200'],
    ]);
  });

  it('keeps empty fields and blank lines', () => {
    expect(parseDelimited('a,,c\n\n,b,', ',')).toEqual([['a', '', 'c'], [''], ['', 'b', '']]);
  });

  it('accepts CR-only line endings', () => {
    expect(parseDelimited('a,b\rc,d', ',')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });
});

describe('detectDelimiter', () => {
  it('chooses tab when most lines contain tabs', () => {
    expect(detectDelimiter('日付\t費用\t表示回数\n2025-04-01\t1,200\t3,400\n')).toBe('\t');
  });

  it('chooses comma otherwise, ignoring GA4 comment lines', () => {
    expect(detectDelimiter('# ----\n# 開始日: 20250401\t\n日付,セッション\n20250401,12\n')).toBe(',');
    expect(detectDelimiter('single column\nvalue\n')).toBe(',');
  });
});

describe('edge cases', () => {
  it('throws on an unterminated quote, naming the line where it starts', () => {
    expect(() => parseDelimited('a,b\n"open,c\nd', ',')).toThrow(CsvSyntaxError);
    try {
      parseDelimited('a,b\n"open,c\nd', ',');
    } catch (error) {
      expect((error as CsvSyntaxError).line).toBe(2);
    }
  });

  it('opens a quoted field after leading spaces', () => {
    expect(parseDelimited('a,  "b,c"', ',')).toEqual([['a', 'b,c']]);
  });

  it('keeps a quote inside an unquoted field as text', () => {
    expect(parseDelimited('5" screen,x', ',')).toEqual([['5" screen', 'x']]);
  });

  it('returns no rows for empty text', () => {
    expect(parseDelimited('', ',')).toEqual([]);
  });
});
