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
      // Seeded, so a failure reproduces; FUZZ_SEED tries others.
      { seed: Number(process.env.FUZZ_SEED ?? 16), numRuns: 500 },
    );
  });
});

describe('UTF-16 with a byte gained or lost (issue 16 class 3)', () => {
  const rows = ['リードID\t作成日\t流入元', 'L1\t2025/04/01\t展示会', 'L2\t2025/04/02\tGoogle広告', 'L3\t2025/04/03\tWeb'];
  const lines = `${rows.join('\r\n')}\r\n`;
  const le = (text: string): Buffer => Buffer.from(text, 'utf16le');

  it('reads the rows after a stray byte in their own alignment, the damaged row marked with U+FFFD', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), le(`${rows[0]}\r\n${rows[1]}\r\nL2\t2025/0`), Buffer.from([0x41]), le(`4/02\tGoogle広告\r\n${rows[3]}\r\n`)]);
    const decoded = decodeCsvBytes(bytes);
    expect(decoded.encoding).toBe('utf-16le');
    expect(decoded.invalidBytes).toBe(true);
    const read = decoded.text.split('\r\n');
    expect([read[0], read[1], read[3]]).toEqual([rows[0], rows[1], rows[3]]);
    expect(read[2]).toContain('\uFFFD');
  });

  it('reads a lost byte, an unpaired surrogate and an odd last byte as U+FFFD, and nothing else changes', () => {
    const whole = Buffer.concat([Buffer.from([0xff, 0xfe]), le(lines)]);
    const lost = Buffer.concat([whole.subarray(0, 41), whole.subarray(42)]);
    expect(decodeCsvBytes(lost).text.split('\r\n').filter((line) => !line.includes('\uFFFD'))).toEqual([rows[0], rows[2], rows[3], '']);
    const surrogate = Buffer.concat([Buffer.from([0xff, 0xfe]), le('a\t'), Buffer.from([0x00, 0xd8]), le('b\r\n')]);
    expect(decodeCsvBytes(surrogate)).toEqual({ text: 'a\t\uFFFDb\r\n', encoding: 'utf-16le', invalidBytes: true });
    expect(decodeCsvBytes(Buffer.concat([whole, Buffer.from([0x0a])])).text).toBe(`${lines}\uFFFD`);
  });

  it('tells LE from BE without a byte-order mark when a stray byte near the start moved the NUL bytes', () => {
    const body = le(lines.repeat(20));
    const bytes = Buffer.concat([body.subarray(0, 9), Buffer.from([0x41]), body.subarray(9)]);
    const decoded = decodeCsvBytes(bytes);
    expect(decoded.encoding).toBe('utf-16le');
    expect(decoded.text.split('\r\n').slice(1, 8)).toEqual([...rows.slice(1), ...rows]);
    expect(detectEncoding(iconv.encode(lines, 'utf-16be'))).toBe('utf-16be');
    expect(detectEncoding(body)).toBe('utf-16le');
  });

  it('loses at most the one or two lines around a byte gained or lost anywhere, in LE with or without a byte-order mark and in BE with one [fast-check]', () => {
    const word = fc.constantFrom('展示会', 'リード', 'Google広告', '東京', 'Web', '商談化', 'ｾﾐﾅｰ', '①');
    const row = fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 28 }), word).map(([id, day, channel]) => `L${id}\t2025/04/${String(day).padStart(2, '0')}\t${channel}`);
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 3, maxLength: 20 }),
        fc.boolean(),
        fc.boolean(),
        fc.nat(),
        fc.option(fc.integer({ min: 0, max: 255 }), { nil: undefined }),
        (data, bigEndian, withMark, at, inserted) => {
          const original = ['リードID\t作成日\t流入元', ...data];
          const text = `${original.join('\r\n')}\r\n`;
          const body = bigEndian ? iconv.encode(text, 'utf-16be') : le(text);
          // UTF-16BE without a mark reads as well as LE one byte off once damaged: BE is read from its mark.
          const mark = withMark || bigEndian ? Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : Buffer.alloc(0);
          // Past the first character: a byte lost before it leaves a stream that reads as well in the other byte order.
          const where = 2 + (at % (body.length - 2));
          const damaged = Buffer.concat([mark, body.subarray(0, where), inserted === undefined ? Buffer.alloc(0) : Buffer.from([inserted]), body.subarray(where + (inserted === undefined ? 1 : 0))]);
          const decoded = decodeCsvBytes(damaged);
          const read = decoded.text.split('\r\n');
          const bad = read.findIndex((line) => line.includes('\uFFFD'));
          // Before the damaged line, and after it, every line is as written; at most two lines melt into it.
          return (
            decoded.encoding === (bigEndian ? 'utf-16be' : 'utf-16le') &&
            decoded.invalidBytes &&
            bad >= 0 &&
            read.slice(0, bad).every((line, i) => line === original[i]) &&
            read.slice(bad + 1, -1).every((line, i, rest) => line === original[original.length - rest.length + i]) &&
            read.length >= original.length
          );
        },
      ),
      { numRuns: 300, seed: 16 },
    );
  });
});
