/**
 * Sums of every measure for the total, each channel and each month of the period, filled in one
 * pass so the three tables always agree.
 */
import type { DayNumber } from '../model/types';
import { MEASURES, type Measure } from './availability';
import type { MonthSpan } from './days';

export type Tally = Record<Measure, number>;

/**
 * A tally with every measure at 0.
 *
 * @example
 * emptyTally().leads
 * //=> 0
 */
export function emptyTally(): Tally {
  const tally = {} as Tally;
  for (const measure of MEASURES) tally[measure] = 0;
  return tally;
}

/**
 * Tallies for one period: values dated outside it are ignored.
 *
 * @example
 * const book = new TallyBook(20179, 20208, monthsBetween(20179, 20208)); // April 2025
 * book.add(20180, 'google広告', 'cost', 5000);
 * book.total.cost
 * //=> 5000
 */
export class TallyBook {
  readonly total: Tally = emptyTally();
  readonly byChannel = new Map<string, Tally>();
  /**
   * Channels at least one cost value of the period was added to (an ad row, even one of ¥0). A
   * channel without one has no cost data: its cost sums to 0 and its ratios over cost are null
   * (design §5: an input is missing), so a free channel shows CPL — rather than ¥0.
   */
  readonly costedChannels = new Set<string>();
  readonly byMonth: readonly Tally[];
  private readonly monthStarts: readonly DayNumber[];

  constructor(
    private readonly from: DayNumber,
    private readonly to: DayNumber,
    months: readonly MonthSpan[],
  ) {
    this.byMonth = months.map(() => emptyTally());
    this.monthStarts = months.map((span) => span.start);
  }

  /** Index of the month holding `day` (binary search: this runs for every value added). */
  private monthIndex(day: DayNumber): number {
    let low = 0;
    let high = this.monthStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.monthStarts[middle] as DayNumber) <= day) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /** Makes sure a channel has a row even when nothing in the period belongs to it. */
  ensureChannel(channelKey: string): Tally {
    let tally = this.byChannel.get(channelKey);
    if (tally === undefined) {
      tally = emptyTally();
      this.byChannel.set(channelKey, tally);
    }
    return tally;
  }

  /** Adds a value dated `day` to the total, its channel and its month, if the day is in the period. */
  add(day: DayNumber, channelKey: string, measure: Measure, value: number): void {
    if (day < this.from || day > this.to) return;
    this.total[measure] += value;
    this.ensureChannel(channelKey)[measure] += value;
    if (measure === 'cost') this.costedChannels.add(channelKey);
    const month = this.byMonth[this.monthIndex(day)];
    if (month !== undefined) month[measure] += value;
  }

  /**
   * True when the days `first`…`last` lie wholly in the period: a value known only for that whole
   * span (a report without a day column, design §3.2.1) can then be counted, and otherwise cannot
   * be split without inventing how it spread over the days.
   */
  covers(first: DayNumber, last: DayNumber): boolean {
    return first >= this.from && last <= this.to;
  }

  /**
   * Adds a value known only for the days `first`…`last` (a report without a day column) to the
   * total and its channel — never to a month — when the period covers the whole span.
   *
   * @example
   * const book = new TallyBook(20179, 20208, monthsBetween(20179, 20208)); // April 2025
   * book.addSpan(20179, 20208, 'google広告', 'cost', 5000);
   * [book.total.cost, book.byMonth[0].cost]
   * //=> [5000, 0]
   */
  addSpan(first: DayNumber, last: DayNumber, channelKey: string, measure: Measure, value: number): void {
    if (!this.covers(first, last)) return;
    this.total[measure] += value;
    this.ensureChannel(channelKey)[measure] += value;
    if (measure === 'cost') this.costedChannels.add(channelKey);
  }
}
