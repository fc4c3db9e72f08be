/**
 * The GA4 tab: a トラフィック獲得 report downloaded as CSV from the Japanese UI, with its `#` comment
 * preamble, `YYYYMMDD` text dates and one row per day and session default channel group.
 */
import type { DayNumber } from '../model/types';
import { compactDate } from './calendar';
import type { SampleCell, SampleTab } from './cells';
import { rectangular, rowsOnDay } from './grid';
import { DAILY_SESSIONS, FISCAL_YEAR_END, FISCAL_YEAR_START } from './plan';
import type { Random } from './random';
import type { YearDay } from './year';

export const GA4_HEADERS = [
  '日付',
  'セッションのデフォルト チャネル グループ',
  'セッション',
  'エンゲージのあったセッション数',
  'エンゲージメント率',
  '新規ユーザー数',
  'セッションあたりの平均エンゲージメント時間',
  'キーイベント',
] as const;

interface ChannelGroup {
  readonly name: string;
  readonly share: number;
  readonly engagementRate: number;
  readonly newUserRate: number;
  readonly engagementSeconds: number;
  readonly keyEventRate: number;
}

/** The six groups a small B2B site sees every day, then GA4's rarer default groups. */
const CHANNEL_GROUPS: readonly ChannelGroup[] = [
  { name: 'Organic Search', share: 0.36, engagementRate: 0.62, newUserRate: 0.68, engagementSeconds: 95, keyEventRate: 0.012 },
  { name: 'Paid Search', share: 0.22, engagementRate: 0.48, newUserRate: 0.8, engagementSeconds: 60, keyEventRate: 0.015 },
  { name: 'Direct', share: 0.2, engagementRate: 0.55, newUserRate: 0.45, engagementSeconds: 110, keyEventRate: 0.01 },
  { name: 'Referral', share: 0.08, engagementRate: 0.64, newUserRate: 0.6, engagementSeconds: 100, keyEventRate: 0.009 },
  { name: 'Email', share: 0.06, engagementRate: 0.7, newUserRate: 0.1, engagementSeconds: 120, keyEventRate: 0.02 },
  { name: 'Organic Social', share: 0.05, engagementRate: 0.42, newUserRate: 0.75, engagementSeconds: 45, keyEventRate: 0.004 },
  ...[
    'Paid Social',
    'Display',
    'Unassigned',
    'Organic Video',
    'Cross-network',
    'Affiliates',
    'Paid Video',
    'Paid Other',
    'Organic Shopping',
    'Paid Shopping',
    'Audio',
    'SMS',
    'Mobile Push Notifications',
  ].map((name) => ({ name, share: 0.01, engagementRate: 0.4, newUserRate: 0.7, engagementSeconds: 40, keyEventRate: 0.003 })),
];

/**
 * The channel groups of a day with `count` rows. Beyond GA4's default groups they repeat (a
 * benchmark-only layout); `repeats` says how many rows share the group, to split its sessions.
 */
function groupsOfDay(count: number): { group: ChannelGroup; repeats: number }[] {
  const groupCount = CHANNEL_GROUPS.length;
  return Array.from({ length: count }, (_, index) => ({
    group: CHANNEL_GROUPS[index % groupCount] as ChannelGroup,
    repeats: Math.floor(count / groupCount) + (index % groupCount < count % groupCount ? 1 : 0),
  }));
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/**
 * The GA4 tab. `sendDays` are newsletter days, when Email sessions jump.
 *
 * @example
 * const tab = trafficTab(createRandom(1), fiscalYearDays(), new Set(), { rows: 2190, scale: 1, name: 'GA4' });
 * [tab.values[0]?.[0], tab.values[9]?.[0], tab.values[10]?.[0]]
 * //=> ['# ----------------------------------------', '日付', '20250401']
 */
export function trafficTab(
  random: Random,
  days: readonly YearDay[],
  sendDays: ReadonlySet<DayNumber>,
  options: { rows: number; scale: number; name: string },
): SampleTab {
  const rows: SampleCell[][] = [
    ['# ----------------------------------------'],
    ['# トラフィック獲得: セッションのデフォルト チャネル グループ'],
    ['# アカウント: サンプル株式会社'],
    ['# プロパティ: サンプルSaaS 公式サイト'],
    ['# ----------------------------------------'],
    ['#'],
    [`# 開始日: ${compactDate(FISCAL_YEAR_START)}`],
    [`# 終了日: ${compactDate(FISCAL_YEAR_END)}`],
    [''],
    [...GA4_HEADERS],
  ];
  days.forEach((day, dayIndex) => {
    const groups = groupsOfDay(rowsOnDay(options.rows, dayIndex, days.length));
    const sessionsToday = DAILY_SESSIONS * options.scale * (0.4 + 0.6 * day.activity);
    const dayRows: SampleCell[][] = [];
    for (const { group, repeats } of groups) {
      const boost = group.name === 'Email' && sendDays.has(day.day) ? 4 : 1;
      const sessions = Math.max(1, Math.round(((sessionsToday * group.share * boost) / repeats) * random.between(0.85, 1.15)));
      const engaged = Math.min(sessions, Math.round(sessions * (group.engagementRate + random.between(-0.05, 0.05))));
      dayRows.push([
        compactDate(day.day),
        group.name,
        sessions,
        engaged,
        round(engaged / sessions, 4),
        Math.min(sessions, Math.round(sessions * group.newUserRate * random.between(0.9, 1.1))),
        round(group.engagementSeconds * random.between(0.8, 1.2), 2),
        random.poisson(sessions * group.keyEventRate),
      ]);
    }
    // GA4 lists the busiest channel first within each day.
    dayRows.sort((a, b) => (b[2] as number) - (a[2] as number));
    rows.push(...dayRows);
  });
  return { name: options.name, values: rectangular(rows) };
}
