import { formatDate } from '../../../src/local/time/formatDate';

const instant = new Date('2025-03-31T15:30:45.123Z');

describe('formatDate', () => {
  it('formats the same instant as a different calendar day in Tokyo and Los Angeles', () => {
    expect(formatDate(instant, 'Asia/Tokyo', 'yyyy-MM-dd')).toBe('2025-04-01');
    expect(formatDate(instant, 'America/Los_Angeles', 'yyyy-MM-dd')).toBe('2025-03-31');
  });

  it("formats yyyy-MM-dd'T'HH:mm:ss with a quoted literal", () => {
    expect(formatDate(instant, 'Asia/Tokyo', "yyyy-MM-dd'T'HH:mm:ss")).toBe('2025-04-01T00:30:45');
    expect(formatDate(instant, 'America/Los_Angeles', "yyyy-MM-dd'T'HH:mm:ss")).toBe('2025-03-31T08:30:45');
  });

  it('prints the zone offset for Z, including daylight saving time', () => {
    expect(formatDate(instant, 'Asia/Tokyo', 'Z')).toBe('+0900');
    expect(formatDate(instant, 'America/Los_Angeles', 'Z')).toBe('-0700');
    expect(formatDate(new Date('2025-01-15T00:00:00Z'), 'America/Los_Angeles', 'Z')).toBe('-0800');
    expect(formatDate(instant, 'Asia/Tokyo', 'XXX')).toBe('+09:00');
    expect(formatDate(instant, 'UTC', 'X')).toBe('Z');
  });

  it('supports month and weekday names, 12-hour clocks and milliseconds', () => {
    expect(formatDate(instant, 'Asia/Tokyo', 'EEE, d MMM yyyy h:mm a SSS')).toBe('Tue, 1 Apr 2025 12:30 AM 123');
    expect(formatDate(instant, 'Asia/Tokyo', "EEEE MMMM ''yy")).toBe("Tuesday April '25");
  });
});

describe('edge cases', () => {
  it('throws for pattern letters it does not implement', () => {
    expect(() => formatDate(instant, 'Asia/Tokyo', 'G yyyy')).toThrow('not implemented in the local runtime: Utilities.formatDate pattern letter "G"');
  });

  it('throws for an invalid date', () => {
    expect(() => formatDate(new Date(Number.NaN), 'Asia/Tokyo', 'yyyy')).toThrow(/invalid/);
  });

  it('throws for an unterminated quote', () => {
    expect(() => formatDate(instant, 'Asia/Tokyo', "yyyy'T")).toThrow(/unterminated quote/);
  });
});
