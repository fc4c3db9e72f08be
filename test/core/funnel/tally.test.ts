import { monthsBetween } from '../../../src/core/funnel/days';
import { emptyTally, TallyBook } from '../../../src/core/funnel/tally';
import { day } from './builders';

const aprilToMay = (): TallyBook => new TallyBook(day('2025-04-01'), day('2025-05-31'), monthsBetween(day('2025-04-01'), day('2025-05-31')));

describe('emptyTally', () => {
  it('starts every measure at 0', () => {
    expect(Object.values(emptyTally()).every((value) => value === 0)).toBe(true);
    // 10 counts (8 stages, lost, open), 3 amounts (cost, revenue, pipeline), 3 auxiliary inputs (engaged sessions, downloads, ad cost).
    expect(Object.keys(emptyTally())).toHaveLength(16);
  });
});

describe('TallyBook', () => {
  it('adds a value to the total, its channel and its month', () => {
    const book = aprilToMay();
    book.add(day('2025-05-10'), 'google広告', 'cost', 5000);
    expect(book.total.cost).toBe(5000);
    expect(book.byChannel.get('google広告')?.cost).toBe(5000);
    expect(book.byMonth.map((month) => month.cost)).toEqual([0, 5000]);
  });

  it('ignores values dated outside the period, on both sides', () => {
    const book = aprilToMay();
    book.add(day('2025-03-31'), 'x', 'leads', 1);
    book.add(day('2025-06-01'), 'x', 'leads', 1);
    expect(book.total.leads).toBe(0);
    expect(book.byChannel.has('x')).toBe(false);
  });

  it('adds a value known only for a span to the total and its channel, never to a month', () => {
    const book = aprilToMay();
    book.addSpan(day('2025-04-08'), day('2025-05-07'), 'google ads', 'cost', 2565.93);
    expect(book.total.cost).toBe(2565.93);
    expect(book.byChannel.get('google ads')?.cost).toBe(2565.93);
    expect(book.byMonth.map((month) => month.cost)).toEqual([0, 0]);
  });

  it('leaves out a span the period covers only in part', () => {
    const book = aprilToMay();
    book.addSpan(day('2025-03-25'), day('2025-04-10'), 'x', 'cost', 100);
    book.addSpan(day('2025-05-20'), day('2025-06-02'), 'x', 'cost', 100);
    expect([book.covers(day('2025-04-01'), day('2025-05-31')), book.covers(day('2025-03-31'), day('2025-04-30'))]).toEqual([true, false]);
    expect(book.total.cost).toBe(0);
    expect(book.byChannel.has('x')).toBe(false);
  });

  it('gives a channel a row on request even without values', () => {
    const book = aprilToMay();
    book.ensureChannel('展示会');
    expect(book.byChannel.get('展示会')).toEqual(emptyTally());
  });
});

describe('edge cases', () => {
  it('counts the first and last day of the period', () => {
    const book = aprilToMay();
    book.add(day('2025-04-01'), 'x', 'leads', 1);
    book.add(day('2025-05-31'), 'x', 'leads', 1);
    expect(book.byMonth.map((month) => month.leads)).toEqual([1, 1]);
  });
});
