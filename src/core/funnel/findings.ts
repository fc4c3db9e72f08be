/**
 * Plain-language findings for the summary sheet (design §6.2). Each quotes the numbers it rests on
 * and is made only when its denominators are large enough to mean something.
 */
import type { FunnelView, Language, Stage } from '../model/types';
import type { ChannelGroupRow, ChannelRow, Finding, KpiRow, MonthRow } from '../model/summary';
import { serverMessage } from '../text/messages';
import { formatCount, formatMoney, formatMonth, formatPercent, formatPoints, quoteLabel, listLabels } from './format';
import type { LaterStage } from './stageOrder';

/** Smallest denominator a rate needs before a finding may quote it. */
export const MIN_FINDING_DENOMINATOR = 20;
/** A channel is worth naming only when it differs from the total by at least this share of it. */
export const MIN_OUTLIER_GAP = 0.2;
const MAX_FINDINGS = 5;

export interface FindingsInput {
  readonly language: Language;
  readonly currency: string;
  readonly view: FunnelView;
  readonly total: KpiRow;
  /** Sorted as in the report (leads descending, then label). */
  readonly channels: readonly ChannelRow[];
  /** Channel groups (design §4.6), sorted as in the report. */
  readonly groups: readonly ChannelGroupRow[];
  readonly months: readonly MonthRow[];
  /** Stages some mapped column can show (others are known only by implication). */
  readonly stagesWithData: ReadonlySet<LaterStage>;
}

const STAGE_NAMES: Readonly<Record<Language, Readonly<Record<Stage, string>>>> = {
  ja: { leads: 'リード', mql: 'MQL', sql: 'SQL', opportunities: '商談', won: '受注' },
  en: { leads: 'Lead', mql: 'MQL', sql: 'SQL', opportunities: 'Opportunity', won: 'Won' },
};
const ENGLISH_NOUNS: Readonly<Record<Stage, readonly [string, string]>> = {
  leads: ['lead', 'leads'],
  mql: ['MQL', 'MQLs'],
  sql: ['SQL', 'SQLs'],
  opportunities: ['opportunity', 'opportunities'],
  won: ['won deal', 'won deals'],
};

/** "SQL 5件" / "5 SQLs": a stage count with its noun. */
function stageCount(stage: Stage, count: number, language: Language): string {
  if (language === 'ja') return `${STAGE_NAMES.ja[stage]} ${formatCount(count)}件`;
  const [singular, plural] = ENGLISH_NOUNS[stage];
  return `${formatCount(count)} ${count === 1 ? singular : plural}`;
}

/** "商談 12件 ÷ リード 40件": the numbers behind a rate, worded the same in both views. */
function quotient(numeratorStage: Stage, numerator: number, denominatorStage: Stage, denominator: number, language: Language): string {
  return `${stageCount(numeratorStage, numerator, language)} ÷ ${stageCount(denominatorStage, denominator, language)}`;
}

const STEPS: readonly (readonly [Stage, LaterStage])[] = [
  ['leads', 'mql'],
  ['mql', 'sql'],
  ['sql', 'opportunities'],
  ['opportunities', 'won'],
];

/**
 * The lead-level step with the lowest conversion, among steps whose stages have data and whose
 * denominator is at least {@link MIN_FINDING_DENOMINATOR}.
 *
 * @example
 * weakestStepFinding({ ...input, total: { ...total, leads: 100, mql: 40, sql: 5, opportunities: 4, won: 2 } })?.message
 * //=> 'ファネルの中で転換率がいちばん低いのは「MQL→SQL」です（SQL 5件 ÷ MQL 40件 = 12.5%）。'
 */
export function weakestStepFinding(input: FindingsInput): Finding | null {
  const { language, total } = input;
  let weakest: { from: Stage; to: LaterStage; numerator: number; denominator: number; rate: number } | null = null;
  for (const [from, to] of STEPS) {
    if (!input.stagesWithData.has(to) || (from !== 'leads' && !input.stagesWithData.has(from))) continue;
    const numerator = total[to];
    const denominator = total[from];
    if (numerator === null || denominator === null || denominator < MIN_FINDING_DENOMINATOR) continue;
    const rate = numerator / denominator;
    if (weakest === null || rate < weakest.rate) weakest = { from, to, numerator, denominator, rate };
  }
  if (weakest === null) return null;
  const names = STAGE_NAMES[language];
  const numbers = `${quotient(weakest.to, weakest.numerator, weakest.from, weakest.denominator, language)} = ${formatPercent(weakest.rate)}`;
  return {
    code: 'weakest_step',
    message:
      language === 'ja'
        ? `ファネルの中で転換率がいちばん低いのは「${names[weakest.from]}→${names[weakest.to]}」です（${numbers}）。`
        : `The weakest step of the funnel is ${names[weakest.from]} → ${names[weakest.to]}: ${numbers}.`,
  };
}

/** Picks the channel whose value is relatively furthest from the total (first in table order on a tie). */
function furthestChannel(
  channels: readonly ChannelRow[],
  totalValue: number,
  valueOf: (row: ChannelRow) => number | null,
): { row: ChannelRow; value: number } | null {
  let best: { row: ChannelRow; value: number; gap: number } | null = null;
  for (const row of channels) {
    const value = valueOf(row);
    if (value === null) continue;
    const gap = Math.abs(value - totalValue) / Math.abs(totalValue);
    if (gap >= MIN_OUTLIER_GAP && (best === null || gap > best.gap)) best = { row, value, gap };
  }
  return best;
}

/**
 * The channel whose 商談化率 stands furthest from the total's, among channels with at least
 * {@link MIN_FINDING_DENOMINATOR} leads and at least {@link MIN_OUTLIER_GAP} relative difference.
 *
 * @example
 * opportunityRateOutlierFinding(input)?.message
 * //=> 'チャネル「展示会」は、商談化率が 30.0%（商談 12件 ÷ リード 40件）で、全体の 12.0%（商談 12件 ÷ リード 100件）との差がいちばん大きいチャネルです。'
 */
export function opportunityRateOutlierFinding(input: FindingsInput): Finding | null {
  const { language, total } = input;
  if (!input.stagesWithData.has('opportunities')) return null;
  if (total.opportunityRate === null || total.opportunityRate === 0 || total.opportunities === null || total.leads === null) return null;
  const outlier = furthestChannel(input.channels, total.opportunityRate, (row) =>
    row.leads !== null && row.leads >= MIN_FINDING_DENOMINATOR ? row.opportunityRate : null,
  );
  if (outlier === null) return null;
  const channelNumbers = quotient('opportunities', outlier.row.opportunities ?? 0, 'leads', outlier.row.leads ?? 0, language);
  const totalNumbers = quotient('opportunities', total.opportunities, 'leads', total.leads, language);
  return {
    code: 'channel_outlier',
    message:
      language === 'ja'
        ? `チャネル${quoteLabel(outlier.row.channel, language)}は、商談化率が ${formatPercent(outlier.value)}（${channelNumbers}）で、全体の ${formatPercent(total.opportunityRate)}（${totalNumbers}）との差がいちばん大きいチャネルです。`
        : `Channel ${quoteLabel(outlier.row.channel, language)} has the opportunity rate furthest from the total: ${formatPercent(outlier.value)} (${channelNumbers}) against ${formatPercent(total.opportunityRate)} overall (${totalNumbers}).`,
  };
}

/**
 * The channel whose CPL stands furthest from the total's, among channels with cost and at least
 * {@link MIN_FINDING_DENOMINATOR} leads (free channels are left out: their CPL of 0 says nothing).
 *
 * @example
 * costPerLeadOutlierFinding(input)?.message
 * //=> 'チャネル「Google広告」は、リード獲得単価（CPL）が ¥25,000（費用 ¥1,000,000 ÷ リード 40件）で、全体の ¥12,000（費用 ¥1,200,000 ÷ リード 100件）との差がいちばん大きいチャネルです。'
 */
export function costPerLeadOutlierFinding(input: FindingsInput): Finding | null {
  const { language, currency, total } = input;
  if (total.cpl === null || total.cpl === 0 || total.cost === null || total.leads === null) return null;
  const outlier = furthestChannel(input.channels, total.cpl, (row) =>
    row.leads !== null && row.leads >= MIN_FINDING_DENOMINATOR && row.cost !== null && row.cost > 0 ? row.cpl : null,
  );
  if (outlier === null) return null;
  const numbers = (cost: number, leads: number): string =>
    language === 'ja'
      ? `費用 ${formatMoney(cost, currency)} ÷ ${stageCount('leads', leads, language)}`
      : `${formatMoney(cost, currency)} ÷ ${stageCount('leads', leads, language)}`;
  const channelNumbers = numbers(outlier.row.cost ?? 0, outlier.row.leads ?? 0);
  const totalNumbers = numbers(total.cost, total.leads);
  return {
    code: 'channel_outlier',
    message:
      language === 'ja'
        ? `チャネル${quoteLabel(outlier.row.channel, language)}は、リード獲得単価（CPL）が ${formatMoney(outlier.value, currency)}（${channelNumbers}）で、全体の ${formatMoney(total.cpl, currency)}（${totalNumbers}）との差がいちばん大きいチャネルです。`
        : `Channel ${quoteLabel(outlier.row.channel, language)} has the cost per lead furthest from the total: ${formatMoney(outlier.value, currency)} (${channelNumbers}) against ${formatMoney(total.cpl, currency)} overall (${totalNumbers}).`,
  };
}

/**
 * The change in 商談化率 between the last two mature months (the last two months in the period
 * view, which has no maturity), when both have at least {@link MIN_FINDING_DENOMINATOR} leads.
 *
 * @example
 * monthlyChangeFinding(input)?.message
 * //=> '成熟した直近の2か月を比べると、商談化率は 2025年5月の 12.0%（商談 6件 ÷ リード 50件）から 2025年6月の 18.0%（商談 9件 ÷ リード 50件）へ 6.0ポイント上がりました。'
 */
export function monthlyChangeFinding(input: FindingsInput): Finding | null {
  const { language } = input;
  if (!input.stagesWithData.has('opportunities')) return null;
  const mature = input.months.filter((month) => !month.immature);
  const previous = mature[mature.length - 2];
  const current = mature[mature.length - 1];
  if (previous === undefined || current === undefined) return null;
  const quoted = (month: MonthRow): { rate: number; text: string; name: string } | null => {
    if (month.leads === null || month.leads < MIN_FINDING_DENOMINATOR || month.opportunityRate === null) return null;
    return {
      rate: month.opportunityRate,
      text: quotient('opportunities', month.opportunities ?? 0, 'leads', month.leads, language),
      name: formatMonth(month.month, language),
    };
  };
  const before = quoted(previous);
  const after = quoted(current);
  if (before === null || after === null) return null;
  const change = after.rate - before.rate;
  // A change that rounds to 0.0 points reads as no change.
  const level = Math.abs(change) < 0.0005;
  const cohort = input.view === 'cohort';
  const beforeText = `${formatPercent(before.rate)}（${before.text}）`;
  const afterText = `${formatPercent(after.rate)}（${after.text}）`;
  if (language === 'ja') {
    const opening = cohort ? '成熟した直近の2か月を比べると、' : '直近の2か月を比べると、';
    const message = level
      ? `${opening}商談化率は ${before.name}の ${beforeText}と ${after.name}の ${afterText}で変わりませんでした。`
      : `${opening}商談化率は ${before.name}の ${beforeText}から ${after.name}の ${afterText}へ ${formatPoints(change, language)}${change > 0 ? '上がりました' : '下がりました'}。`;
    return { code: 'monthly_change', message };
  }
  const opening = cohort ? 'Between the last two mature months' : 'Between the last two months';
  const beforeEnglish = `${formatPercent(before.rate)} in ${before.name} (${before.text})`;
  const afterEnglish = `${formatPercent(after.rate)} in ${after.name} (${after.text})`;
  const message = level
    ? `${opening}, the opportunity rate stayed level: ${beforeEnglish}, then ${afterEnglish}.`
    : `${opening}, the opportunity rate ${change > 0 ? 'rose' : 'fell'} from ${beforeEnglish} to ${afterEnglish}, ${change > 0 ? 'up' : 'down'} ${formatPoints(change, language)}.`;
  return { code: 'monthly_change', message };
}

/**
 * The channel groups that have cost but no leads, with their cost (no denominator involved, so no
 * minimum applies). Groups, not channels: cost and leads spelled differently in two tabs still meet
 * in their group (design §4.6).
 *
 * @example
 * costWithoutLeadsFinding(input)?.message
 * //=> '費用があるのにリードが0件のチャネルグループ: 「展示会・イベント」（¥300,000）。リードの流入元がこのグループに振り分けられているか、チャネルの対応づけで確認してください。'
 */
export function costWithoutLeadsFinding(input: FindingsInput): Finding | null {
  const { language, currency } = input;
  const groups = input.groups.filter((row) => row.cost !== null && row.cost > 0 && row.leads === 0);
  if (groups.length === 0) return null;
  const names = listLabels(
    groups.map((row) => {
      const cost = formatMoney(row.cost ?? 0, currency);
      return language === 'ja' ? `${quoteLabel(row.group, language)}（${cost}）` : `${quoteLabel(row.group, language)} (${cost})`;
    }),
    language,
    5,
  );
  return { code: 'cost_without_leads', message: serverMessage(language, 'findings.groupCostWithoutLeads', { groups: names }) };
}

/**
 * Up to five findings, in a fixed order: the weakest step, the 商談化率 outlier, the CPL outlier,
 * the latest monthly change, channels with cost but no leads.
 *
 * @example
 * buildFindings(inputWithTooFewLeads)
 * //=> []
 */
export function buildFindings(input: FindingsInput): Finding[] {
  return [
    weakestStepFinding(input),
    opportunityRateOutlierFinding(input),
    costPerLeadOutlierFinding(input),
    monthlyChangeFinding(input),
    costWithoutLeadsFinding(input),
  ]
    .filter((finding): finding is Finding => finding !== null)
    .slice(0, MAX_FINDINGS);
}
