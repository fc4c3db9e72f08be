/**
 * Result types of the date parsers and the words that explain a failure to a user.
 */
import type { DayNumber, IsoMonth, Language } from '../model/types';
import type { Bilingual } from '../text/translate';
import type { DateOrder } from './dateOrder';

/** Why a value is not a usable date. */
export type DateProblem =
  /** No supported date form (e.g. `abc`, `2025-04-01x`). */
  | 'not_a_date'
  /** The form is right but the day does not exist (`2025-02-30`, `25:00`). */
  | 'impossible_date'
  /** A real day outside the plausible years 1900–2200 (typos, durations, small numbers). */
  | 'out_of_range'
  /** A Japanese era date outside its era (`平成31年5月1日`). */
  | 'outside_era'
  /** `4/5/2025` without knowing whether the sheet writes month/day or day/month. */
  | 'ambiguous_order';

/** How precise the source value was: a full date or only a month (read as its first day). */
export type DayPrecision = 'day' | 'month';

export type DayResult =
  | { readonly kind: 'day'; readonly day: DayNumber; readonly precision: DayPrecision }
  | { readonly kind: 'blank' }
  | { readonly kind: 'invalid'; readonly reason: DateProblem };

export type MonthResult =
  | { readonly kind: 'month'; readonly month: IsoMonth; readonly firstDay: DayNumber }
  | { readonly kind: 'blank' }
  | { readonly kind: 'invalid'; readonly reason: DateProblem };

export interface ParseDayOptions {
  /**
   * How to read numeric dates (`4/5/2025`, `05-04-25`) whose value does not prove its order: the
   * order its column proved, or the spreadsheet locale's. Without it such a value is
   * `ambiguous_order`; values that prove an order (`13/4/2025`) are always read that way.
   */
  readonly order?: DateOrder;
}

// Shared, frozen: the parsers run for every date cell, and a new object per blank cell or per call
// without options is garbage for nothing.
/** The result of every blank cell. */
export const BLANK_DAY: DayResult = Object.freeze({ kind: 'blank' });
/** The options of a call that passes none. */
export const NO_DAY_OPTIONS: ParseDayOptions = Object.freeze({});

const PROBLEM_TEXT: { readonly [P in DateProblem]: Bilingual } = {
  not_a_date: {
    ja: '日付として読めません',
    en: 'is not a date',
  },
  impossible_date: {
    ja: '存在しない日付・時刻です',
    en: 'is not a real calendar day or time',
  },
  out_of_range: {
    ja: '1900年〜2200年の範囲外です',
    en: 'is outside the years 1900–2200',
  },
  outside_era: {
    ja: '元号の期間外です（平成は2019年4月30日まで、令和は2019年5月1日から）',
    en: 'is outside its Japanese era (Heisei ends on 2019-04-30, Reiwa starts on 2019-05-01)',
  },
  ambiguous_order: {
    ja: '「月/日/年」か「日/月/年」か判別できません',
    en: 'could be month/day/year or day/month/year',
  },
};

/**
 * A short phrase saying why a value is not a date, to follow the quoted value in a message.
 *
 * @example
 * describeDateProblem('impossible_date', 'en')
 * //=> 'is not a real calendar day or time'
 */
export function describeDateProblem(problem: DateProblem, language: Language): string {
  return PROBLEM_TEXT[problem][language];
}
