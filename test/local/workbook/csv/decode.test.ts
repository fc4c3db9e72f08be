import iconv from 'iconv-lite';
import { decodeCsvBytes, detectEncoding } from '../../../../src/local/workbook/csv/decode';

// Full-width ￥: the half-width ¥ has no Shift_JIS byte of its own (see loadCsv tests).
const text = '日付,媒体,費用\n2025-04-01,展示会,"￥1,200"\n';

describe('detectEncoding', () => {
  it('recognises each export encoding', () => {
    expect(detectEncoding(Buffer.from(text, 'utf8'))).toBe('utf-8');
    expect(detectEncoding(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]))).toBe('utf-8-bom');
    expect(detectEncoding(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toBe('utf-16le');
    expect(detectEncoding(iconv.encode(text, 'cp932'))).toBe('cp932');
    expect(detectEncoding(iconv.encode(text, 'euc-jp'))).toBe('euc-jp');
  });

  it('recognises UTF-16LE without a BOM by its NUL bytes', () => {
    expect(detectEncoding(Buffer.from('date\tcost\n2025-04-01\t1200\n', 'utf16le'))).toBe('utf-16le');
  });
});

describe('decodeCsvBytes', () => {
  it('decodes every encoding to the same text, without the BOM', () => {
    const encodings = [
      Buffer.from(text, 'utf8'),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      iconv.encode(text, 'utf-16be', { addBOM: true }),
      iconv.encode(text, 'cp932'),
      iconv.encode(text, 'euc-jp'),
    ];
    for (const bytes of encodings) expect(decodeCsvBytes(bytes).text).toBe(text);
  });
});

describe('edge cases', () => {
  it('treats plain ASCII as UTF-8', () => {
    expect(detectEncoding(Buffer.from('a,b\n1,2\n'))).toBe('utf-8');
  });

  it('decodes CP932-only characters such as ① and ～', () => {
    expect(decodeCsvBytes(iconv.encode('①～③,ﾃｽﾄ株式会社', 'cp932')).text).toBe('①～③,ﾃｽﾄ株式会社');
  });

  it('treats empty input as UTF-8', () => {
    expect(decodeCsvBytes(Buffer.alloc(0))).toEqual({ text: '', encoding: 'utf-8' });
  });
});
