/**
 * The 目標 tab: the monthly plan set at the start of the year, in the wide layout a marketing team
 * keeps by hand (one row per month, one column per metric).
 */
import type { SampleCell, SampleTab } from './cells';
import { rectangular, roundTo } from './grid';
import { civilFromDay } from '../dates/calendar';
import { FISCAL_YEAR_START, PLANNED_DEAL_SIZE } from './plan';

export const TARGET_HEADERS = ['月', 'リード数', '商談数', '受注数', '受注金額'] as const;

/** `2025年4月` … `2026年3月`: how people label months by hand. */
function fiscalMonthLabels(): string[] {
  const { year, month } = civilFromDay(FISCAL_YEAR_START);
  return Array.from({ length: 12 }, (_, index) => {
    const monthNumber = ((month - 1 + index) % 12) + 1;
    return `${year + Math.floor((month - 1 + index) / 12)}年${monthNumber}月`;
  });
}

/**
 * The targets for a year of about `plannedLeads` leads: a plan that grows 3% a month and aims 5%
 * above it, with 商談 at 10% of leads, 受注 at 25% of 商談 and ¥2,000,000 per 受注.
 *
 * @example
 * targetsTab(1500, '目標').values[1]
 * //=> ['2025年4月', 110, 11, 3, 6000000]
 */
export function targetsTab(plannedLeads: number, name: string): SampleTab {
  const months = fiscalMonthLabels();
  const monthWeights = months.map((_, index) => 0.85 + 0.03 * index);
  const weightSum = monthWeights.reduce((sum, weight) => sum + weight, 0);
  const rows: SampleCell[][] = [[...TARGET_HEADERS]];
  months.forEach((month, index) => {
    const leads = Math.max(10, roundTo(((plannedLeads * (monthWeights[index] as number)) / weightSum) * 1.05, 10));
    const opportunities = Math.max(1, Math.round(leads * 0.1));
    const won = Math.max(1, Math.round(opportunities * 0.25));
    rows.push([month, leads, opportunities, won, won * PLANNED_DEAL_SIZE]);
  });
  return { name, values: rectangular(rows) };
}
