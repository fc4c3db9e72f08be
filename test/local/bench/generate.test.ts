import { splitCalls, totalCalls } from '../../../src/local/bench/generate';

describe('splitCalls', () => {
  it('separates Spreadsheet-service calls from the other services', () => {
    expect(splitCalls({ 'Range.getValues': 8, 'Sheet.getName': 8, 'Utilities.formatDate': 366, 'Lock.tryLock': 1 })).toEqual({
      sheets: { 'Range.getValues': 8, 'Sheet.getName': 8 },
      other: { 'Utilities.formatDate': 366, 'Lock.tryLock': 1 },
    });
  });

  describe('edge cases', () => {
    it('splits an empty snapshot into two empty ones', () => {
      expect(splitCalls({})).toEqual({ sheets: {}, other: {} });
    });
  });
});

describe('totalCalls', () => {
  it('adds the counts', () => {
    expect(totalCalls({ 'Range.getValues': 8, 'Sheet.getName': 8, 'Range.setValues': 18 })).toBe(34);
  });

  describe('edge cases', () => {
    it('is zero for no calls', () => {
      expect(totalCalls({})).toBe(0);
    });
  });
});
