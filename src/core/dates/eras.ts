/**
 * Japanese era names (和暦) used on forms and in hand-made sheets: 昭和, 平成 and 令和.
 * Older eras fall before the plausible range of the parsers and are not accepted.
 */
import type { DayNumber } from '../model/types';
import { dayFromCivil, isValidCivilDate } from './calendar';

interface Era {
  readonly names: readonly string[];
  /** Gregorian year of the era's first year (元年). */
  readonly firstYear: number;
  /** First and last day of the era, inclusive; `last` is null for the current era. */
  readonly first: DayNumber;
  readonly last: DayNumber | null;
}

const ERAS: readonly Era[] = [
  { names: ['令和', 'r'], firstYear: 2019, first: dayFromCivil(2019, 5, 1), last: null },
  { names: ['平成', 'h'], firstYear: 1989, first: dayFromCivil(1989, 1, 8), last: dayFromCivil(2019, 4, 30) },
  { names: ['昭和', 's'], firstYear: 1926, first: dayFromCivil(1926, 12, 25), last: dayFromCivil(1989, 1, 7) },
];

/** Alternation of every era name, longest first, for building patterns (case-insensitive). */
export const ERA_NAME_PATTERN = ERAS.flatMap((era) => era.names)
  .sort((a, b) => b.length - a.length)
  .join('|');

export type EraDateResult =
  | { readonly kind: 'day'; readonly day: DayNumber }
  | { readonly kind: 'invalid'; readonly reason: 'impossible_date' | 'outside_era' | 'not_a_date' };

/**
 * Converts an era date to a day number. `eraYear` is the year within the era (元年 = 1).
 * A date outside its era (平成31年5月1日) is invalid, as is a day that does not exist.
 *
 * @example
 * eraDateToDay('令和', 7, 4, 1)
 * //=> { kind: 'day', day: 20179 }
 */
export function eraDateToDay(eraName: string, eraYear: number, month: number, day: number): EraDateResult {
  const key = eraName.toLowerCase();
  const era = ERAS.find((candidate) => candidate.names.includes(key));
  if (!era || !Number.isInteger(eraYear) || eraYear < 1) return { kind: 'invalid', reason: 'not_a_date' };
  const year = era.firstYear + eraYear - 1;
  if (!isValidCivilDate(year, month, day)) return { kind: 'invalid', reason: 'impossible_date' };
  const dayNumber = dayFromCivil(year, month, day);
  if (dayNumber < era.first || (era.last !== null && dayNumber > era.last)) {
    return { kind: 'invalid', reason: 'outside_era' };
  }
  return { kind: 'day', day: dayNumber };
}

/**
 * Converts an era month (令和7年4月) to its first day. The month must overlap the era: 平成31年4月
 * is fine, 平成31年5月 is not; 令和元年5月 is fine, 令和元年4月 is not.
 *
 * @example
 * eraMonthToDay('H', 31, 4)
 * //=> { kind: 'day', day: 17987 }
 */
export function eraMonthToDay(eraName: string, eraYear: number, month: number): EraDateResult {
  const key = eraName.toLowerCase();
  const era = ERAS.find((candidate) => candidate.names.includes(key));
  if (!era || !Number.isInteger(eraYear) || eraYear < 1) return { kind: 'invalid', reason: 'not_a_date' };
  const year = era.firstYear + eraYear - 1;
  if (!isValidCivilDate(year, month, 1)) return { kind: 'invalid', reason: 'impossible_date' };
  const monthStart = dayFromCivil(year, month, 1);
  const monthEnd = month === 12 ? dayFromCivil(year + 1, 1, 1) - 1 : dayFromCivil(year, month + 1, 1) - 1;
  if (monthEnd < era.first || (era.last !== null && monthStart > era.last)) {
    return { kind: 'invalid', reason: 'outside_era' };
  }
  return { kind: 'day', day: monthStart };
}
