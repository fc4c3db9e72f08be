/**
 * Simulates the sample company's leads and deals: when each lead arrives, from which channel, its
 * score, and how far down the funnel it gets by the end of the fiscal year. The tabs are rendered
 * from these records elsewhere (leadTabs.ts).
 */
import type { DayNumber } from '../model/types';
import { sampleCompany, sampleEmail, type SampleCompany } from './companies';
import {
  CHANNEL_OTHER_NAMES,
  CHANNEL_PROFILES,
  CHANNEL_SPELLING_VARIANTS,
  FISCAL_YEAR_END,
  FISCAL_YEAR_START,
  LEAD_CHANNELS,
  STEP_RATES,
  TRADE_SHOWS,
  type LeadChannel,
} from './plan';
import { apportion, cumulativeWeights, drawWeightedIndex, type Random } from './random';
import { businessDayOnOrAfter, type YearDay } from './year';

export type DealPhase = '商談中' | '提案' | '見積' | '受注' | '失注';
export type Lifecycle = 'リード' | 'MQL' | 'SQL' | '商談' | '顧客' | '失注';

export interface SampleDeal {
  readonly company: string;
  /** As written on the deals tab: sometimes with other capitalisation or stray spaces. */
  readonly email: string;
  readonly created: DayNumber;
  /** Planned close date for open deals, actual close date for won and lost ones. */
  readonly closeDay: DayNumber;
  readonly outcome: 'open' | 'won' | 'lost';
  readonly amount: number;
  /** True for the deliberate deals whose email matches no lead. */
  readonly orphan: boolean;
}

export interface SampleLead {
  readonly id: string;
  readonly created: DayNumber;
  /** Set on the deliberate bad rows: the unparseable text shown instead of the created date. */
  readonly createdText: string | null;
  readonly company: SampleCompany;
  readonly email: string;
  readonly channel: LeadChannel;
  /** The channel as written on the row (a spelling variant on a few rows). */
  readonly channelLabel: string;
  readonly score: number;
  readonly mql: DayNumber | null;
  readonly sql: DayNumber | null;
  readonly lifecycle: Lifecycle;
}

export interface SimulatedFunnel {
  /** Lead rows in tab order: unique leads by created date, then the duplicate rows. */
  readonly leads: readonly SampleLead[];
  /** Deals by created date, orphans included. */
  readonly deals: readonly SampleDeal[];
}

/** Rows with an unparseable created date, so the report shows skipped-row warnings. */
export const BAD_CREATED_DATES = ['不明', '2025/13/01'] as const;
/** Deals whose email matches no lead (leads deleted from the MA tool, or typed by hand). */
export const ORPHAN_DEAL_COUNT = 3;

/**
 * How many duplicate lead rows a workbook of `rows` lead rows holds: 0.4%, at least 3.
 *
 * @example
 * duplicateLeadCount(1500)
 * //=> 6
 */
export function duplicateLeadCount(rows: number): number {
  return Math.max(3, Math.round(rows * 0.004));
}

interface Journey {
  readonly mql: DayNumber | null;
  readonly sql: DayNumber | null;
  readonly deals: readonly SampleDeal[];
}

interface Draft {
  readonly created: DayNumber;
  readonly channel: LeadChannel;
}

/** Most leads never qualify: one shared, empty journey spares 100,000-lead workbooks the garbage. */
const NO_JOURNEY: Journey = Object.freeze({ mql: null, sql: null, deals: Object.freeze([]) });

const DAY_SPAN_OF_YEAR = FISCAL_YEAR_END - FISCAL_YEAR_START;

function exponentialDays(random: Random, mean: number): number {
  return Math.floor(-Math.log(1 - random.next()) * mean);
}

function clampProbability(value: number): number {
  return Math.min(0.95, Math.max(0, value));
}

/** Business-card leads are entered a few business days after each trade-show day. */
function tradeShowCreatedDay(random: Random, days: readonly YearDay[]): DayNumber {
  const show = random.pick(TRADE_SHOWS);
  const showDay = show.firstDay + random.integer(0, show.days - 1);
  return businessDayOnOrAfter(days, showDay + (random.chance(0.25) ? 0 : random.integer(1, 10)));
}

/** Webinar registrations arrive in the three weeks before each monthly webinar, most near the day. */
function webinarCreatedDay(random: Random, webinars: readonly DayNumber[]): DayNumber {
  const webinar = random.pick(webinars);
  const daysAhead = Math.floor(21 * random.next() ** 2);
  return Math.max(FISCAL_YEAR_START, webinar - daysAhead);
}

/**
 * Third Thursday of every month: the sample company's monthly webinar.
 *
 * @example
 * dayToIso(webinarDays(fiscalYearDays())[0])
 * //=> '2025-04-17'
 */
export function webinarDays(days: readonly YearDay[]): DayNumber[] {
  return days.filter((day) => day.weekday === 4 && day.dayOfMonth >= 15 && day.dayOfMonth <= 21).map((day) => day.day);
}

function draftLeads(random: Random, days: readonly YearDay[], count: number): Draft[] {
  const inbound = cumulativeWeights(days.map((day) => day.activity));
  const webinars = webinarDays(days);
  const perChannel = apportion(count, LEAD_CHANNELS.map((channel) => CHANNEL_PROFILES[channel].share));
  // Bucket by day instead of sorting: linear in the lead count, which matters at 100,000 leads.
  const byDay: Draft[][] = days.map(() => []);
  LEAD_CHANNELS.forEach((channel, channelIndex) => {
    for (let index = 0; index < (perChannel[channelIndex] as number); index += 1) {
      const created =
        channel === '展示会'
          ? tradeShowCreatedDay(random, days)
          : channel === 'ウェビナー'
            ? webinarCreatedDay(random, webinars)
            : FISCAL_YEAR_START + drawWeightedIndex(random, inbound);
      byDay[created - FISCAL_YEAR_START]?.push({ created, channel });
    }
  });
  const drafts: Draft[] = [];
  for (const bucket of byDay) {
    // Mix the channels within a day (Fisher–Yates), as arrivals interleave.
    for (let index = bucket.length - 1; index > 0; index -= 1) {
      const other = random.integer(0, index);
      const kept = bucket[index] as Draft;
      bucket[index] = bucket[other] as Draft;
      bucket[other] = kept;
    }
    drafts.push(...bucket);
  }
  return drafts;
}

/** Higher scores convert better; 50 is neutral. */
function scoreLift(score: number, floor: number, span: number): number {
  return floor + (span * score) / 100;
}

function dealAmount(random: Random, minimum: number, maximum: number): number {
  const ratio = maximum / minimum;
  return Math.round((minimum * ratio ** (random.next() ** 1.4)) / 10_000) * 10_000;
}

function writtenDealEmail(random: Random, email: string): string {
  if (!random.chance(0.06)) return email;
  const variants = [email.toUpperCase(), `${email.charAt(0).toUpperCase()}${email.slice(1)}`, ` ${email}`, `${email} `];
  return random.pick(variants);
}

function simulateDeal(random: Random, company: string, email: string, created: DayNumber, winChance: number, minimum: number, maximum: number): SampleDeal {
  const amount = dealAmount(random, minimum, maximum);
  const roll = random.next();
  const writtenEmail = writtenDealEmail(random, email);
  if (roll < winChance || roll < winChance + STEP_RATES.lost) {
    const won = roll < winChance;
    const closeDay = won ? created + 30 + exponentialDays(random, 45) : created + 20 + exponentialDays(random, 40);
    if (closeDay <= FISCAL_YEAR_END) {
      return { company, email: writtenEmail, created, closeDay, outcome: won ? 'won' : 'lost', amount, orphan: false };
    }
  }
  // Still open at the end of the year. Reps often park the planned close on the fiscal year end.
  const planned = Math.min(created + random.integer(30, 90), FISCAL_YEAR_END);
  return { company, email: writtenEmail, created, closeDay: planned, outcome: 'open', amount, orphan: false };
}

function simulateJourney(random: Random, draft: Draft, score: number, company: string, email: string): Journey {
  const profile = CHANNEL_PROFILES[draft.channel];
  if (!random.chance(clampProbability(STEP_RATES.mql * profile.mqlFactor * scoreLift(score, 0.25, 1.5)))) return NO_JOURNEY;
  // Many MQLs qualify the day they download a document; the rest after some nurturing.
  const mql = draft.created + (random.chance(0.3) ? 0 : 1 + exponentialDays(random, 12));
  if (mql > FISCAL_YEAR_END) return NO_JOURNEY;
  const salesLift = profile.salesFactor * scoreLift(score, 0.6, 0.8);
  if (!random.chance(clampProbability(STEP_RATES.sql * salesLift))) return { mql, sql: null, deals: [] };
  const sql = mql + 1 + exponentialDays(random, 10);
  if (sql > FISCAL_YEAR_END) return { mql, sql: null, deals: [] };
  if (!random.chance(clampProbability(STEP_RATES.opportunity * salesLift))) return { mql, sql, deals: [] };
  const opportunity = sql + 2 + exponentialDays(random, 12);
  if (opportunity > FISCAL_YEAR_END) return { mql, sql, deals: [] };
  const winChance = clampProbability(STEP_RATES.won * profile.salesFactor * scoreLift(score, 0.7, 0.6));
  const first = simulateDeal(random, company, email, opportunity, winChance, 500_000, 6_000_000);
  const deals = [first];
  // Some customers add licences a few months later: a second, smaller deal.
  if (first.outcome === 'won' && random.chance(0.1)) {
    const upsell = first.closeDay + random.integer(30, 120);
    if (upsell <= FISCAL_YEAR_END) deals.push(simulateDeal(random, company, email, upsell, 0.6, 500_000, 1_500_000));
  }
  return { mql, sql, deals };
}

/** The lifecycle stage a lead shows in an export taken on `asOf`. */
function lifecycleAt(journey: Journey, asOf: DayNumber): Lifecycle {
  if (journey.mql === null) return 'リード';
  const deals = journey.deals.filter((deal) => deal.created <= asOf);
  if (deals.some((deal) => deal.outcome === 'won' && deal.closeDay <= asOf)) return '顧客';
  if (deals.some((deal) => deal.outcome === 'open' || deal.closeDay > asOf)) return '商談';
  if (deals.length > 0) return '失注';
  if (journey.sql !== null && journey.sql <= asOf) return 'SQL';
  if (journey.mql !== null && journey.mql <= asOf) return 'MQL';
  return 'リード';
}

function channelLabel(random: Random, channel: LeadChannel): string {
  const variants = CHANNEL_SPELLING_VARIANTS[channel];
  if (variants !== undefined && random.chance(0.03)) return random.pick(variants);
  const otherName = CHANNEL_OTHER_NAMES[channel];
  return otherName !== undefined && random.chance(0.01) ? otherName : channel;
}

/** Full-width ASCII (ｓａｌｅｓ１２＠…): what a Japanese IME produces when the user forgets to switch. */
function toFullWidth(text: string): string {
  return text.replace(/[!-~]/g, (character) => String.fromCharCode(character.charCodeAt(0) + 0xfee0));
}

function duplicateEmail(random: Random, email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return random.pick([`${local}@${domain.toUpperCase()}`, `${local.charAt(0).toUpperCase()}${local.slice(1)}@${domain}`, toFullWidth(email)]);
}

function orphanDeals(random: Random, count: number): SampleDeal[] {
  const outcomes = ['won', 'open', 'lost'] as const;
  return Array.from({ length: count }, (_, index) => {
    const created = FISCAL_YEAR_START + random.integer(0, DAY_SPAN_OF_YEAR - 120);
    const outcome = outcomes[index % outcomes.length] ?? 'open';
    return {
      company: `株式会社旧取引先サンプル${index + 1}`,
      email: `legacy${index + 1}@kyu-torihikisaki.example`,
      created,
      closeDay: created + random.integer(30, 90),
      outcome,
      amount: dealAmount(random, 500_000, 6_000_000),
      orphan: true,
    };
  });
}

function padSerial(serial: number): string {
  return String(serial).padStart(6, '0');
}

/**
 * Simulates `rows` lead rows (unique leads plus a handful of duplicate rows) and their deals.
 *
 * @example
 * const funnel = simulateFunnel(createRandom(1), fiscalYearDays(), 1500);
 * funnel.leads.length
 * //=> 1500
 */
export function simulateFunnel(random: Random, days: readonly YearDay[], rows: number): SimulatedFunnel {
  const duplicates = duplicateLeadCount(rows);
  const drafts = draftLeads(random, days, rows - duplicates);
  const companyCount = Math.max(20, Math.round(drafts.length * 0.55));
  const companies: (SampleCompany | undefined)[] = new Array<SampleCompany | undefined>(companyCount);
  const companyAt = (index: number): SampleCompany => (companies[index] ??= sampleCompany(index));
  const badIndexes = new Set<number>();
  while (badIndexes.size < BAD_CREATED_DATES.length) badIndexes.add(random.integer(0, drafts.length - 1));
  const badTexts = [...badIndexes].sort((a, b) => a - b);

  const leads: SampleLead[] = [];
  const journeys: Journey[] = [];
  const deals: SampleDeal[] = [];
  drafts.forEach((draft, index) => {
    const serial = index + 1;
    const company = companyAt(random.integer(0, companyCount - 1));
    const email = sampleEmail(serial, company);
    const score = Math.min(100, Math.max(0, Math.round(CHANNEL_PROFILES[draft.channel].scoreMean + 18 * random.gaussian())));
    const badPosition = badTexts.indexOf(index);
    const journey = badPosition >= 0 ? NO_JOURNEY : simulateJourney(random, draft, score, company.name, email);
    journeys.push(journey);
    for (const deal of journey.deals) deals.push(deal);
    leads.push({
      id: `L-${padSerial(serial)}`,
      created: draft.created,
      createdText: badPosition >= 0 ? (BAD_CREATED_DATES[badPosition] ?? null) : null,
      company,
      email,
      channel: draft.channel,
      channelLabel: channelLabel(random, draft.channel),
      score,
      mql: journey.mql,
      sql: journey.sql,
      lifecycle: lifecycleAt(journey, FISCAL_YEAR_END),
    });
  });

  // An older export pasted below the current one: the same records, an earlier snapshot, and the
  // email retyped with other capitalisation or in full-width characters.
  const duplicateRows: SampleLead[] = [];
  const chosen = new Set<number>();
  while (chosen.size < Math.min(duplicates, leads.length - badTexts.length)) {
    const index = random.integer(0, leads.length - 1);
    if (!badIndexes.has(index)) chosen.add(index);
  }
  for (const index of [...chosen].sort((a, b) => a - b)) {
    const lead = leads[index] as SampleLead;
    const journey = journeys[index] as Journey;
    const snapshot = Math.min(lead.created + random.integer(0, 30), FISCAL_YEAR_END);
    duplicateRows.push({
      ...lead,
      email: duplicateEmail(random, lead.email),
      score: Math.max(0, lead.score - random.integer(0, 15)),
      mql: journey.mql !== null && journey.mql <= snapshot ? journey.mql : null,
      sql: journey.sql !== null && journey.sql <= snapshot ? journey.sql : null,
      lifecycle: lifecycleAt(journey, snapshot),
    });
  }

  deals.push(...orphanDeals(random, ORPHAN_DEAL_COUNT));
  deals.sort((a, b) => a.created - b.created);
  return { leads: [...leads, ...duplicateRows], deals };
}
