import { createZoneOffsetResolver, instantToWallClock, isKnownTimeZone, wallClockToInstant, zoneOffsetMillis } from '../../../src/local/time/zone';

const HOUR = 3_600_000;

describe('zoneOffsetMillis', () => {
  it('gives +9h for Tokyo all year', () => {
    expect(zoneOffsetMillis('Asia/Tokyo', Date.UTC(2025, 0, 15))).toBe(9 * HOUR);
    expect(zoneOffsetMillis('Asia/Tokyo', Date.UTC(2025, 6, 15))).toBe(9 * HOUR);
  });

  it('follows daylight saving time in Los Angeles', () => {
    expect(zoneOffsetMillis('America/Los_Angeles', Date.UTC(2025, 0, 15))).toBe(-8 * HOUR);
    expect(zoneOffsetMillis('America/Los_Angeles', Date.UTC(2025, 6, 15))).toBe(-7 * HOUR);
  });

  it('changes exactly at the transition instant', () => {
    // 2025-03-09 02:00 PST = 10:00 UTC: clocks jump to 03:00 PDT.
    expect(zoneOffsetMillis('America/Los_Angeles', Date.UTC(2025, 2, 9, 9, 59))).toBe(-8 * HOUR);
    expect(zoneOffsetMillis('America/Los_Angeles', Date.UTC(2025, 2, 9, 10, 0))).toBe(-7 * HOUR);
  });

  it('handles half-hour zones', () => {
    expect(zoneOffsetMillis('Asia/Kolkata', Date.UTC(2025, 0, 1))).toBe(5.5 * HOUR);
  });
});

describe('instantToWallClock', () => {
  it('reads the local clock at an instant', () => {
    expect(new Date(instantToWallClock('Asia/Tokyo', Date.UTC(2025, 2, 31, 15))).toISOString()).toBe('2025-04-01T00:00:00.000Z');
  });
});

describe('wallClockToInstant', () => {
  it('finds the instant a zone shows a reading', () => {
    expect(new Date(wallClockToInstant('Asia/Tokyo', Date.UTC(2025, 3, 1))).toISOString()).toBe('2025-03-31T15:00:00.000Z');
    expect(new Date(wallClockToInstant('America/Los_Angeles', Date.UTC(2025, 6, 1))).toISOString()).toBe('2025-07-01T07:00:00.000Z');
  });

  it('round-trips with instantToWallClock across a year of days', () => {
    for (let day = 0; day < 365; day += 1) {
      const wall = Date.UTC(2025, 0, 1 + day);
      expect(instantToWallClock('America/Los_Angeles', wallClockToInstant('America/Los_Angeles', wall))).toBe(wall);
    }
  });
});

describe('createZoneOffsetResolver', () => {
  it('answers in minutes east of UTC', () => {
    expect(createZoneOffsetResolver('Asia/Tokyo')(Date.UTC(2025, 3, 1))).toBe(540);
    expect(createZoneOffsetResolver('America/Los_Angeles')(Date.UTC(2025, 0, 1))).toBe(-480);
  });
});

describe('edge cases', () => {
  it('rejects unknown zones clearly', () => {
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false);
    expect(() => zoneOffsetMillis('Mars/Olympus', 0)).toThrow('Unknown time zone "Mars/Olympus"');
  });

  it('moves a reading inside a spring-forward gap past the gap', () => {
    // 02:30 does not exist on 2025-03-09 in Los Angeles.
    const instant = wallClockToInstant('America/Los_Angeles', Date.UTC(2025, 2, 9, 2, 30));
    expect(new Date(instantToWallClock('America/Los_Angeles', instant)).getUTCHours()).toBe(3);
  });

  it('handles dates before 1900', () => {
    expect(zoneOffsetMillis('UTC', Date.UTC(1850, 0, 1))).toBe(0);
  });
});
