/**
 * Which cohort months are still too young to judge (design §4.5, kpi-definitions §2.3).
 */
import type { DayNumber } from '../model/types';

/** Days assumed from lead to won when the data gives no median. */
export const DEFAULT_LEAD_TO_WON_DAYS = 90;

/**
 * A cohort month is immature when its last day is fewer than the median lead→won days before the
 * as-of date: its leads have not had the typical time to close.
 *
 * @example
 * isImmatureMonth(20208, 20240, null) // April 2025 ends 32 days before as-of; 90 assumed
 * //=> true
 * isImmatureMonth(20208, 20240, 30)
 * //=> false
 */
export function isImmatureMonth(monthEnd: DayNumber, asOf: DayNumber, medianLeadToWonDays: number | null): boolean {
  return asOf - monthEnd < (medianLeadToWonDays ?? DEFAULT_LEAD_TO_WON_DAYS);
}
