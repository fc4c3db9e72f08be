/**
 * The business behind the sample workbook: a small Japanese B2B SaaS company over fiscal year 2025
 * (April 2025 – March 2026). Every generator reads its volumes, rates and calendar from here, so the
 * tabs tell one consistent story.
 */
import type { DayNumber } from '../model/types';
import { dayFromIso } from './calendar';

export const FISCAL_YEAR_START: DayNumber = dayFromIso('2025-04-01');
/** Also the as-of day: no cell of the sample workbook holds a later date. */
export const FISCAL_YEAR_END: DayNumber = dayFromIso('2026-03-31');
export const FISCAL_YEAR_DAYS = FISCAL_YEAR_END - FISCAL_YEAR_START + 1;

/** Default lead count; volumes and spend scale with `leads / BASE_LEADS`. */
export const BASE_LEADS = 1500;

/**
 * Where leads come from, as the MA tool's 流入元 column says. Every channel group with GA4 sessions
 * (自然検索, 有料検索, 直接, 参照サイト, メール, SNS) also has leads, as on a real site (design §4.6).
 */
export const LEAD_CHANNELS = ['Google広告', 'Yahoo!広告', '展示会', 'ウェビナー', '自然検索', '紹介', 'メルマガ', '直接流入', 'SNS', '外部サイト'] as const;
export type LeadChannel = (typeof LEAD_CHANNELS)[number];

export interface ChannelProfile {
  /** Share of all leads. */
  readonly share: number;
  /** Mean lead score (0–100) of the channel's leads. */
  readonly scoreMean: number;
  /** Multiplier on the chance of becoming an MQL. */
  readonly mqlFactor: number;
  /** Multiplier on the later step chances (SQL, opportunity, won). */
  readonly salesFactor: number;
}

export const CHANNEL_PROFILES: Readonly<Record<LeadChannel, ChannelProfile>> = {
  'Google広告': { share: 0.27, scoreMean: 47, mqlFactor: 1, salesFactor: 0.95 },
  'Yahoo!広告': { share: 0.11, scoreMean: 43, mqlFactor: 0.9, salesFactor: 0.85 },
  '展示会': { share: 0.16, scoreMean: 36, mqlFactor: 0.8, salesFactor: 0.9 },
  'ウェビナー': { share: 0.13, scoreMean: 52, mqlFactor: 1.1, salesFactor: 1 },
  '自然検索': { share: 0.15, scoreMean: 48, mqlFactor: 1, salesFactor: 1 },
  '紹介': { share: 0.07, scoreMean: 62, mqlFactor: 1.2, salesFactor: 1.4 },
  // Newsletter readers already know the product; visitors who type the URL know the brand.
  'メルマガ': { share: 0.05, scoreMean: 55, mqlFactor: 1.1, salesFactor: 1.05 },
  '直接流入': { share: 0.03, scoreMean: 56, mqlFactor: 1.1, salesFactor: 1.15 },
  'SNS': { share: 0.02, scoreMean: 40, mqlFactor: 0.8, salesFactor: 0.8 },
  '外部サイト': { share: 0.01, scoreMean: 45, mqlFactor: 0.9, salesFactor: 0.9 },
};

/**
 * Spellings that normalise to the canonical channel (case, stray spaces, full-width letters) and
 * appear on a few lead rows, as they do when sales staff type the source by hand.
 */
export const CHANNEL_SPELLING_VARIANTS: Readonly<Partial<Record<LeadChannel, readonly string[]>>> = {
  'Google広告': ['google広告', ' Google広告', 'Ｇｏｏｇｌｅ広告', 'Google広告 '],
  'Yahoo!広告': ['yahoo!広告', 'Yahoo！広告', ' Yahoo!広告'],
};

/**
 * Other names for the same source that no normalisation can merge, written on a few rows: the
 * channel audit flags them as likely duplicates (design §4.6).
 */
export const CHANNEL_OTHER_NAMES: Readonly<Partial<Record<LeadChannel, string>>> = {
  'Google広告': 'Google Ads',
};

/** Base rates of each funnel step, before score and channel adjustments. */
export const STEP_RATES = { mql: 0.44, sql: 0.48, opportunity: 0.46, won: 0.22, lost: 0.5 } as const;

/** Monthly ad spend at the default size, in yen. */
export const MONTHLY_AD_BUDGET = { google: 1_800_000, yahoo: 700_000 } as const;

/** Daily GA4 sessions at the default size on an average weekday. */
export const DAILY_SESSIONS = 900;

/** Newsletter list size at the start of the year, at the default size. */
export const MAILING_LIST_START = 6000;

/** Average won deal size used for the revenue targets, in yen. */
export const PLANNED_DEAL_SIZE = 2_000_000;

export interface TradeShow {
  readonly name: string;
  readonly firstDay: DayNumber;
  readonly days: number;
}

/** The four trade shows of the year (fictitious names), each Wednesday to Friday. */
export const TRADE_SHOWS: readonly TradeShow[] = [
  { name: 'SaaSビジネスEXPO 春', firstDay: dayFromIso('2025-05-21'), days: 3 },
  { name: 'マーケティングDX展 夏', firstDay: dayFromIso('2025-07-16'), days: 3 },
  { name: '営業支援ソリューション展 秋', firstDay: dayFromIso('2025-10-15'), days: 3 },
  { name: 'B2Bデジタル展 冬', firstDay: dayFromIso('2026-01-28'), days: 3 },
];

/** Seminars co-hosted with partner companies (a sponsorship fee each, booked under ウェビナー). */
export const CO_HOSTED_SEMINARS: readonly DayNumber[] = [dayFromIso('2025-09-10'), dayFromIso('2026-02-12')];
