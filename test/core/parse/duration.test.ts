import { parseDurationSeconds } from '../../../src/core/parse/duration';

const tokyo = () => 540;

describe('parseDurationSeconds', () => {
  it.each([
    [83, 83],
    [83.5, 83.5],
    ['83', 83],
    ['83秒', 83],
    ['1分23秒', 83],
    ['1m 23s', 83],
    ['83s', 83],
    ['1:23', 83],
    ['0:01:23', 83],
    ['1:00:00', 3600],
    ['１分２３秒', 83],
    ['1時間2分3秒', 3723],
  ])('reads %j as %d seconds', (value, seconds) => {
    expect(parseDurationSeconds(value, tokyo)).toEqual({ kind: 'seconds', value: seconds });
  });

  it('reads a duration-formatted Date cell as the time since 1899-12-30 in the sheet zone', () => {
    // 1899-12-30 00:01:23 in Tokyo (+09:00 as the resolver says) is 1899-12-29 15:01:23 UTC.
    const cell = new Date(Date.UTC(1899, 11, 29, 15, 1, 23));
    expect(parseDurationSeconds(cell, tokyo)).toEqual({ kind: 'seconds', value: 83 });
  });

  describe('edge cases', () => {
    it('treats blank and placeholders as blank', () => {
      expect(parseDurationSeconds('', tokyo)).toEqual({ kind: 'blank' });
      expect(parseDurationSeconds('--', tokyo)).toEqual({ kind: 'blank' });
      expect(parseDurationSeconds(null, tokyo)).toEqual({ kind: 'blank' });
    });

    it('rejects text, negative values, impossible clock times and real dates', () => {
      expect(parseDurationSeconds('abc', tokyo)).toEqual({ kind: 'invalid' });
      expect(parseDurationSeconds(-3, tokyo)).toEqual({ kind: 'invalid' });
      expect(parseDurationSeconds('1:75', tokyo)).toEqual({ kind: 'invalid' });
      expect(parseDurationSeconds('1:75:00', tokyo)).toEqual({ kind: 'invalid' });
      expect(parseDurationSeconds(new Date(Date.UTC(2025, 3, 1)), tokyo)).toEqual({ kind: 'invalid' });
    });
  });
});
