import fc from 'fast-check';
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
    expect(decodeCsvBytes(Buffer.alloc(0))).toEqual({ text: '', encoding: 'utf-8', invalidBytes: false });
  });
});

describe('UTF-8 with some invalid bytes (issue 16 class 3)', () => {
  it('stays UTF-8 when valid UTF-8 characters outnumber the bad bytes, the bad byte read as U+FFFD', () => {
    const bytes = Buffer.concat([Buffer.from('日付,媒体,費用\n2025/04/01,展示会,1000\n2025/04/02,', 'utf8'), Buffer.from([0x82]), Buffer.from(',2000\n', 'utf8')]);
    const decoded = decodeCsvBytes(bytes);
    expect(decoded).toEqual({ text: '日付,媒体,費用\n2025/04/01,展示会,1000\n2025/04/02,\uFFFD,2000\n', encoding: 'utf-8', invalidBytes: true });
  });

  it('still reads Shift_JIS as Shift_JIS: its bytes are mostly invalid as UTF-8', () => {
    const bytes = iconv.encode('日付,媒体,費用\n2025/04/01,展示会,1000\n', 'cp932');
    expect(decodeCsvBytes(bytes)).toEqual({ text: '日付,媒体,費用\n2025/04/01,展示会,1000\n', encoding: 'cp932', invalidBytes: false });
  });

  it('keeps every valid UTF-8 character of Japanese text, whatever few invalid bytes are sprinkled in', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('展示会', 'リード', '商談', '受注', 'Google広告', '東京', '、', '2025/04/01'), { minLength: 6, maxLength: 30 }),
        // Bytes that are invalid wherever they stand: stray continuation bytes, C0, C1, F5–FF.
        fc.array(fc.tuple(fc.nat(), fc.oneof(fc.integer({ min: 0x80, max: 0xc1 }), fc.integer({ min: 0xf5, max: 0xff }))), { minLength: 1, maxLength: 2 }),
        (words, bad) => {
          const pieces = words.map((word) => Buffer.from(word, 'utf8'));
          for (const [at, byte] of bad) pieces.splice(at % (pieces.length + 1), 0, Buffer.from([byte]));
          const decoded = decodeCsvBytes(Buffer.concat(pieces));
          return decoded.encoding === 'utf-8' && decoded.invalidBytes && decoded.text.replace(/\uFFFD/g, '') === words.join('');
        },
      ),
    );
  });
});
