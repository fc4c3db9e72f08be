/**
 * The paid-media tabs: a Google 広告 campaign report download, a Yahoo!広告 検索広告 performance
 * report, and a hand-made cost sheet for trade shows and webinars. None has a channel column: the
 * tab name (or the 媒体 column of the cost sheet) is the channel.
 */
import type { SampleCell, SampleTab } from './cells';
import { japaneseDate, slashedDate } from './calendar';
import { cellOfDay, groupDigits, rectangular, roundTo, rowsOnDay } from './grid';
import { CO_HOSTED_SEMINARS, FISCAL_YEAR_END, FISCAL_YEAR_START, MONTHLY_AD_BUDGET, TRADE_SHOWS } from './plan';
import type { Random } from './random';
import type { YearDay } from './year';

export const GOOGLE_ADS_HEADERS = ['日', 'キャンペーン', '表示回数', 'クリック数', '費用', 'コンバージョン', '通貨コード'] as const;
export const YAHOO_ADS_HEADERS = ['日', 'キャンペーン名', 'インプレッション数', 'クリック数', 'コスト', 'コンバージョン数'] as const;
export const EVENT_COST_HEADERS = ['日付', '媒体', '内容', '費用'] as const;

interface CampaignProfile {
  readonly name: string;
  /** Share of the daily budget. */
  readonly weight: number;
  /** Cost per click, in yen. */
  readonly costPerClick: number;
  readonly clickThroughRate: number;
  readonly conversionRate: number;
}

interface AdMetrics {
  readonly impressions: number;
  readonly clicks: number;
  readonly cost: number;
  /** `null` where the platform shows `--`. */
  readonly conversions: number | null;
}

const GOOGLE_CAMPAIGNS: readonly CampaignProfile[] = [
  { name: '検索_指名KW', weight: 0.2, costPerClick: 150, clickThroughRate: 0.12, conversionRate: 0.015 },
  { name: '検索_一般KW', weight: 0.55, costPerClick: 480, clickThroughRate: 0.045, conversionRate: 0.01 },
  { name: 'ディスプレイ_リマーケティング', weight: 0.25, costPerClick: 120, clickThroughRate: 0.005, conversionRate: 0.001 },
];
const GOOGLE_EXTRA_NAMES = ['検索_競合KW', '検索_課題KW', 'P-MAX_資料請求', '検索_比較KW'];

const YAHOO_CAMPAIGNS: readonly CampaignProfile[] = [
  { name: '検索_指名', weight: 0.3, costPerClick: 110, clickThroughRate: 0.1, conversionRate: 0.01 },
  { name: '検索_一般', weight: 0.7, costPerClick: 380, clickThroughRate: 0.035, conversionRate: 0.006 },
];
const YAHOO_EXTRA_NAMES = ['検索_競合', '検索_課題', '検索_比較'];

/** Campaign `index` of an account; accounts scaled up for the benchmark get more search campaigns. */
function campaignAt(base: readonly CampaignProfile[], extraNames: readonly string[], index: number, fallbackPrefix: string): CampaignProfile {
  const known = base[index];
  if (known !== undefined) return known;
  const extraIndex = index - base.length;
  const name = extraNames[extraIndex] ?? `${fallbackPrefix}${extraIndex - extraNames.length + 1}`;
  return { name, weight: 0.3, costPerClick: 400, clickThroughRate: 0.04, conversionRate: 0.008 };
}

/** B2B advertisers spend less at weekends; the factors average to about 1 over a week. */
function budgetFactor(day: YearDay): number {
  return day.weekday === 0 || day.weekday === 6 ? 0.6 : 1.15;
}

function campaignMetrics(random: Random, campaign: CampaignProfile, budget: number): AdMetrics {
  const cost = Math.max(1, Math.round(budget * random.between(0.85, 1.15)));
  const clicks = Math.max(1, Math.round(cost / (campaign.costPerClick * random.between(0.85, 1.2))));
  const impressions = Math.max(clicks, Math.round(clicks / (campaign.clickThroughRate * random.between(0.8, 1.25))));
  return { impressions, clicks, cost, conversions: random.poisson(clicks * campaign.conversionRate) };
}

interface AccountPlan {
  readonly rows: number;
  readonly monthlyBudget: number;
  readonly campaigns: readonly CampaignProfile[];
  readonly extraNames: readonly string[];
  readonly fallbackPrefix: string;
  /** Chance that a display campaign's conversions show as `--`. */
  readonly missingConversionChance: number;
}

interface DatedMetrics extends AdMetrics {
  readonly day: YearDay;
  readonly campaign: string;
}

function simulateAccount(random: Random, days: readonly YearDay[], plan: AccountPlan): DatedMetrics[] {
  const dailyBudget = (plan.monthlyBudget * 12) / days.length;
  const result: DatedMetrics[] = [];
  days.forEach((day, dayIndex) => {
    const count = rowsOnDay(plan.rows, dayIndex, days.length);
    const campaigns = Array.from({ length: count }, (_, index) => campaignAt(plan.campaigns, plan.extraNames, index, plan.fallbackPrefix));
    const totalWeight = campaigns.reduce((sum, campaign) => sum + campaign.weight, 0);
    for (const campaign of campaigns) {
      const metrics = campaignMetrics(random, campaign, (dailyBudget * budgetFactor(day) * campaign.weight) / totalWeight);
      const missing = campaign.name.startsWith('ディスプレイ') && random.chance(plan.missingConversionChance);
      result.push({ ...metrics, conversions: missing ? null : metrics.conversions, day, campaign: campaign.name });
    }
  });
  return result;
}

function sumOf(rows: readonly DatedMetrics[], pick: (row: DatedMetrics) => number | null): number {
  return rows.reduce((sum, row) => sum + (pick(row) ?? 0), 0);
}

/**
 * The Google広告 tab: a campaign report downloaded from the Japanese UI, with its title and
 * date-range rows above the header, `--` for some missing conversions and a `合計: アカウント` row.
 *
 * @example
 * const tab = googleAdsTab(createRandom(1), fiscalYearDays(), { rows: 1095, scale: 1, name: 'Google広告' });
 * [tab.values[0]?.[0], tab.values[1]?.[0], tab.values[2]?.[0], tab.values.at(-1)?.[0]]
 * //=> ['キャンペーン レポート', '2025年4月1日 - 2026年3月31日', '日', '合計: アカウント']
 */
export function googleAdsTab(random: Random, days: readonly YearDay[], options: { rows: number; scale: number; name: string }): SampleTab {
  const metrics = simulateAccount(random, days, {
    rows: options.rows,
    monthlyBudget: MONTHLY_AD_BUDGET.google * options.scale,
    campaigns: GOOGLE_CAMPAIGNS,
    extraNames: GOOGLE_EXTRA_NAMES,
    fallbackPrefix: '検索_KWグループ',
    missingConversionChance: 0.15,
  });
  const rows: SampleCell[][] = [
    ['キャンペーン レポート'],
    [`${japaneseDate(FISCAL_YEAR_START)} - ${japaneseDate(FISCAL_YEAR_END)}`],
    [...GOOGLE_ADS_HEADERS],
  ];
  for (const row of metrics) {
    rows.push([row.day.cell, row.campaign, row.impressions, row.clicks, row.cost, row.conversions ?? '--', 'JPY']);
  }
  rows.push([
    '合計: アカウント',
    '',
    sumOf(metrics, (row) => row.impressions),
    sumOf(metrics, (row) => row.clicks),
    sumOf(metrics, (row) => row.cost),
    sumOf(metrics, (row) => row.conversions),
    'JPY',
  ]);
  return { name: options.name, values: rectangular(rows) };
}

/**
 * The Yahoo!広告 tab: a 検索広告 performance report with its dates as `YYYY/MM/DD` text and a
 * closing `合計` row.
 *
 * @example
 * yahooAdsTab(createRandom(1), fiscalYearDays(), { rows: 730, scale: 1, name: 'Yahoo!広告' }).values[0]
 * //=> ['日', 'キャンペーン名', 'インプレッション数', 'クリック数', 'コスト', 'コンバージョン数']
 */
export function yahooAdsTab(random: Random, days: readonly YearDay[], options: { rows: number; scale: number; name: string }): SampleTab {
  const metrics = simulateAccount(random, days, {
    rows: options.rows,
    monthlyBudget: MONTHLY_AD_BUDGET.yahoo * options.scale,
    campaigns: YAHOO_CAMPAIGNS,
    extraNames: YAHOO_EXTRA_NAMES,
    fallbackPrefix: '検索_広告グループ',
    missingConversionChance: 0,
  });
  const rows: SampleCell[][] = [[...YAHOO_ADS_HEADERS]];
  for (const row of metrics) {
    rows.push([slashedDate(row.day.day), row.campaign, row.impressions, row.clicks, row.cost, row.conversions ?? '--']);
  }
  rows.push([
    '合計',
    '',
    sumOf(metrics, (row) => row.impressions),
    sumOf(metrics, (row) => row.clicks),
    sumOf(metrics, (row) => row.cost),
    sumOf(metrics, (row) => row.conversions),
  ]);
  return { name: options.name, values: rectangular(rows) };
}

interface CostLine {
  readonly day: number;
  readonly medium: '展示会' | 'ウェビナー';
  readonly description: string;
  readonly amount: number;
}

function eventCostLines(random: Random, days: readonly YearDay[], webinars: readonly number[], scale: number): CostLine[] {
  const yen = (minimum: number, maximum: number) => Math.max(10_000, roundTo(random.between(minimum, maximum) * scale, 10_000));
  const inYear = (day: number) => Math.min(FISCAL_YEAR_END, Math.max(FISCAL_YEAR_START, day));
  const lines: CostLine[] = [];
  for (const show of TRADE_SHOWS) {
    lines.push(
      { day: inYear(show.firstDay - 45), medium: '展示会', description: `${show.name} 出展料`, amount: yen(1_200_000, 2_500_000) },
      { day: inYear(show.firstDay - 14), medium: '展示会', description: `${show.name} ノベルティ・資料印刷`, amount: yen(150_000, 350_000) },
      { day: show.firstDay, medium: '展示会', description: `${show.name} ブース施工費`, amount: yen(600_000, 1_200_000) },
      { day: inYear(show.firstDay + 10), medium: '展示会', description: `${show.name} 名刺データ入力代行`, amount: yen(30_000, 60_000) },
    );
  }
  for (const day of days) {
    if (day.dayOfMonth === 1) {
      lines.push({ day: day.day, medium: 'ウェビナー', description: 'ウェビナー配信ツール 月額', amount: yen(55_000, 55_000) });
    }
  }
  for (const webinar of webinars) {
    lines.push({ day: inYear(webinar - 14), medium: 'ウェビナー', description: 'ウェビナー集客広告', amount: yen(80_000, 200_000) });
  }
  // Two seminars co-hosted with partner companies: a sponsorship fee each.
  for (const day of CO_HOSTED_SEMINARS) {
    lines.push({ day, medium: 'ウェビナー', description: '共催セミナー 協賛費', amount: yen(500_000, 500_000) });
  }
  return lines.sort((a, b) => a.day - b.day);
}

/**
 * The 展示会・イベント tab: a cost sheet kept by hand. Most amounts are numbers; some were typed as
 * text (`¥1,200,000`, `55,000円`) and some dates as `2025/5/21` text, as people do.
 *
 * @example
 * eventCostsTab(createRandom(1), fiscalYearDays(), webinarDays(fiscalYearDays()), { scale: 1, name: '展示会・イベント' }).values[0]
 * //=> ['日付', '媒体', '内容', '費用']
 */
export function eventCostsTab(random: Random, days: readonly YearDay[], webinars: readonly number[], options: { scale: number; name: string }): SampleTab {
  const rows: SampleCell[][] = [[...EVENT_COST_HEADERS]];
  for (const line of eventCostLines(random, days, webinars, options.scale)) {
    const amountStyle = random.next();
    const amount: SampleCell = amountStyle < 0.3 ? `¥${groupDigits(line.amount)}` : amountStyle < 0.4 ? `${groupDigits(line.amount)}円` : line.amount;
    const typedDate = random.chance(0.15) ? slashedDate(line.day).replace(/\/0/g, '/') : cellOfDay(days, line.day);
    rows.push([typedDate, line.medium, line.description, amount]);
  }
  return { name: options.name, values: rectangular(rows) };
}
