/**
 * Ad rows exported twice (design §3.2): two downloads of overlapping periods (April, then April–May)
 * put the same campaign-days in two tabs. A row of a later tab whose day, campaign, cost,
 * impressions and clicks all equal a row of an earlier ads tab is that row again — an ad platform
 * never repeats all of them for another campaign-day — and is counted once. Rows without a campaign
 * or impressions (cost-only sheets: two events can cost the same on the same day) are never folded.
 */
import type { AdRow } from '../model/types';

/**
 * The ad rows without those that repeat a row of an earlier tab, and per tab how many were left out
 * and which tab holds them.
 *
 * @example
 * const april = { ...row, tab: '4月', date: 20179, campaign: '指名', cost: 100, impressions: 9, clicks: 1 };
 * dropRepeatedAdRows([april, { ...april, tab: '4-5月', row: 2 }]).repeated
 * //=> Map { '4-5月' => { other: '4月', count: 1 } }
 */
export function dropRepeatedAdRows(rows: readonly AdRow[]): { rows: AdRow[]; repeated: Map<string, { other: string; count: number }> } {
  const firstTab = new Map<string, string>();
  const repeated = new Map<string, { other: string; count: number }>();
  const kept = rows.filter((row) => {
    if (row.campaign === null || row.impressions === null) return true;
    const key = `${row.date}|${row.campaign}|${row.cost}|${row.impressions}|${row.clicks}`;
    const other = firstTab.get(key);
    if (other === undefined) firstTab.set(key, row.tab);
    if (other === undefined || other === row.tab) return true;
    const entry = repeated.get(row.tab) ?? { other, count: 0 };
    entry.count += 1;
    repeated.set(row.tab, entry);
    return false;
  });
  return { rows: kept, repeated };
}
