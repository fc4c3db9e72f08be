import { decideSlashOrder } from '../../../src/core/parse/slashOrder';

const column = (...cells: unknown[]) => [['日付'], ...cells.map((cell) => [cell])];

describe('decideSlashOrder', () => {
  it('reads day/month/year when a first number exceeds 12', () => {
    expect(decideSlashOrder(column('4/5/2025', '13/5/2025'), 0, 0)).toEqual({ order: 'dmy', assumed: false });
  });

  it('reads month/day/year when a second number exceeds 12', () => {
    expect(decideSlashOrder(column('4/5/2025', '4/13/2025 10:00'), 0, 0)).toEqual({ order: 'mdy', assumed: false });
  });

  it('assumes month/day/year when only ambiguous values exist', () => {
    expect(decideSlashOrder(column('4/5/2025', '6/7/2025'), 0, 0)).toEqual({ order: 'mdy', assumed: true });
  });

  describe('edge cases', () => {
    it('decides nothing for year-first dates, non-text cells or a self-contradicting column', () => {
      expect(decideSlashOrder(column('2025/4/5', 45_000), 0, 0)).toEqual({ order: undefined, assumed: false });
      expect(decideSlashOrder(column('13/5/2025', '5/13/2025'), 0, 0)).toEqual({ order: undefined, assumed: false });
      expect(decideSlashOrder(column('4/4/2025'), 0, 0)).toEqual({ order: undefined, assumed: false });
    });

    it('ignores cells above and at the header row', () => {
      expect(decideSlashOrder([['13/5/2025'], ['日付'], ['4/5/2025']], 1, 0)).toEqual({ order: 'mdy', assumed: true });
    });
  });
});
