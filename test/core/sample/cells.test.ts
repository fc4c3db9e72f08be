import {
  dayCell,
  dayCellToEpochMilliseconds,
  dayCellToSerial,
  isDayCell,
  sampleCellToValue,
} from '../../../src/core/sample/cells';
import { utcOffset } from '../../../src/core/model/zone';

describe('dayCell', () => {
  it('wraps an ISO day', () => {
    expect(dayCell('2025-04-01')).toEqual({ kind: 'date', iso: '2025-04-01' });
  });
});

describe('isDayCell', () => {
  it('recognises date cells only', () => {
    expect(isDayCell(dayCell('2025-04-01'))).toBe(true);
    expect(isDayCell('2025-04-01')).toBe(false);
    expect(isDayCell(45748)).toBe(false);
    expect(isDayCell(null)).toBe(false);
    expect(isDayCell({ kind: 'text' })).toBe(false);
  });
});

describe('dayCellToSerial', () => {
  it('counts days from 1899-12-30', () => {
    expect(dayCellToSerial(dayCell('1899-12-31'))).toBe(1);
    // 1970-01-01 is serial 25569 in every spreadsheet program.
    expect(dayCellToSerial(dayCell('1970-01-01'))).toBe(25569);
    // 2025-04-01 is 20179 days after 1970-01-01.
    expect(dayCellToSerial(dayCell('2025-04-01'))).toBe(25569 + 20179);
  });
});

describe('dayCellToEpochMilliseconds', () => {
  it('gives UTC midnight for UTC', () => {
    expect(dayCellToEpochMilliseconds(dayCell('2025-04-01'), utcOffset)).toBe(Date.UTC(2025, 3, 1));
  });

  it('gives local midnight for Tokyo (UTC+9): 15:00 UTC the day before', () => {
    expect(dayCellToEpochMilliseconds(dayCell('2025-04-01'), () => 540)).toBe(Date.UTC(2025, 2, 31, 15));
  });

  it('gives local midnight west of UTC (New York in winter, UTC−5)', () => {
    expect(dayCellToEpochMilliseconds(dayCell('2026-01-15'), () => -300)).toBe(Date.UTC(2026, 0, 15, 5));
  });

  describe('edge cases', () => {
    it('uses the offset in force at local midnight on a daylight-saving change day', () => {
      // A zone at UTC+1 that moves to UTC+2 at 2026-03-29 00:30 UTC. Local midnight of 29 March
      // (23:00 UTC on the 28th) is still at UTC+1.
      const switchInstant = Date.UTC(2026, 2, 29, 0, 30);
      const zone = (epoch: number) => (epoch >= switchInstant ? 120 : 60);
      expect(dayCellToEpochMilliseconds(dayCell('2026-03-29'), zone)).toBe(Date.UTC(2026, 2, 28, 23));
      // The next day is at UTC+2: 22:00 UTC on the 29th.
      expect(dayCellToEpochMilliseconds(dayCell('2026-03-30'), zone)).toBe(Date.UTC(2026, 2, 29, 22));
    });
  });
});

describe('sampleCellToValue', () => {
  it('converts date cells with the given function', () => {
    expect(sampleCellToValue(dayCell('2025-04-01'), (cell) => `date:${cell.iso}`)).toBe('date:2025-04-01');
  });

  it('returns other cells unchanged', () => {
    const toDate = () => 'never';
    expect([sampleCellToValue('¥1,200,000', toDate), sampleCellToValue(12, toDate), sampleCellToValue(false, toDate), sampleCellToValue('', toDate)]).toEqual([
      '¥1,200,000',
      12,
      false,
      '',
    ]);
  });
});
