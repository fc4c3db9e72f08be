/**
 * The fixed words of the report sheets (sheet names, headings, headers and notes) and the KPI names.
 * Their table, in Japanese and English, is `labelTexts.ts` (the KPI names come from `kpiNames.ts`);
 * it is not in Code.js (design §10): the build writes it to the project file `REPORT_LABELS_ASSET`,
 * read once per execution when a report is written.
 */
import type { DuplicateReason } from '../model/breakdowns';
import type { FunnelView, IsoDay, Language, TabKind } from '../model/types';
import type { Velocity } from '../model/summary';
import { KPI_KEYS, type KpiKey } from './kpiCatalog';
import type { ReportRole } from './model';
import { assetJson, isRecord, readAsset } from '../text/assets';
import { fillTemplate, type Bilingual } from '../text/translate';

export interface ReportLabels {
  /** Every KPI's name (`kpiNames.ts`): column headers, the KPI guide sheet. */
  readonly kpiNames: { readonly [K in KpiKey]: string };
  readonly sheetNames: { readonly [R in ReportRole]: string };
  readonly periodRange: (from: IsoDay, to: IsoDay) => string;
  /** The period and as-of of a report whose tabs have no dated row. */
  readonly noDatedRows: string;
  readonly viewNames: { readonly [V in FunnelView]: string };
  readonly viewDescriptions: { readonly [V in FunnelView]: string };
  readonly periodViewNote: string;
  readonly maturityNote: string;
  readonly context: (period: string, view: string, asOf: IsoDay) => string;
  readonly info: {
    readonly period: string;
    readonly view: string;
    readonly note: string;
    readonly asOf: string;
    readonly generatedAt: string;
    readonly currency: string;
  };
  /** The row of scorecards on the summary: one column per KPI, one row per aspect. */
  readonly scorecards: {
    readonly heading: string;
    /**
     * The header over the row labels (実績, 目標, 達成率…): 区分 in Japanese, blank in English. Not
     * "KPI": the KPIs are the columns.
     */
    readonly measure: string;
    readonly value: string;
    readonly target: string;
    /** The target while the period runs past the as-of date: what was due by then. */
    readonly targetToDate: (date: IsoDay) => string;
    readonly eventActual: string;
    readonly attainment: string;
    readonly previous: (from: IsoDay, to: IsoDay) => string;
    readonly change: string;
    /** The change when this period's data stops before its end: against the same span of the previous period. */
    readonly changeSameSpan: string;
  };
  readonly funnel: {
    readonly adHeading: string;
    readonly salesHeading: string;
    readonly stage: string;
    readonly count: string;
    readonly adChartTitle: string;
    readonly salesChartTitle: string;
    /** The ad funnel's sessions row: the traffic tab's sessions from every channel, not only the ads' (design §6). */
    readonly allSessions: string;
  };
  readonly pipeline: { readonly heading: string; readonly status: string; readonly count: string; readonly amount: string };
  readonly findings: { readonly heading: string; readonly none: string };
  readonly sources: {
    readonly heading: string;
    readonly tab: string;
    readonly kind: string;
    readonly rowsRead: string;
    readonly rowsSkipped: string;
    /** Why a tab is not used, or that it has no day column. */
    readonly note: string;
    readonly kinds: { readonly [K in TabKind]: string };
    readonly unused: string;
  };
  readonly channels: {
    readonly channel: string;
    readonly total: string;
    readonly chartTitle: string;
    /** Caption of the small group table the chart draws from. */
    readonly chartTable: string;
    readonly group: string;
  };
  /** The channel hygiene audit under the チャネル別 tables (design §4.6). */
  readonly channelAudit: {
    readonly heading: string;
    readonly note: string;
    readonly tab: string;
    readonly value: string;
    readonly rows: string;
    readonly rule: string;
    /** What a blank cell's value shows as. */
    readonly blank: string;
    readonly duplicatesHeading: string;
    readonly duplicateFirst: string;
    readonly duplicateSecond: string;
    /** The groups of the two channels of a pair, each named by its channel (two columns, two names). */
    readonly duplicateFirstGroup: string;
    readonly duplicateSecondGroup: string;
    readonly reason: string;
    readonly reasons: { readonly [R in DuplicateReason]: string };
    readonly otherHeading: string;
  };
  /** 属性別 (design §4.7). */
  readonly attributes: {
    readonly note: (minimum: number) => string;
    readonly value: string;
    readonly smallSample: string;
    readonly yes: string;
    readonly merged: (distinct: number) => string;
  };
  /** Captions of the tables below a core table. */
  readonly secondaryTables: { readonly web: string; readonly deals: string };
  readonly monthly: {
    readonly month: string;
    readonly maturity: string;
    /** A month that starts after the as-of date: no actuals yet (design §6.2). */
    readonly notStarted: string;
    readonly chartTitle: string;
    readonly rateChartTitle: string;
    readonly targetsHeading: string;
    /** Headers under each metric's name (a column group): 目標 / 実績（発生日） / 達成率. */
    readonly target: string;
    /** The event-date actual a target is compared with (design §4.5). */
    readonly eventActual: string;
    readonly attainment: string;
  };
  readonly assumptions: string;
  readonly scores: { readonly band: string; readonly note: string };
  readonly velocity: { readonly step: string; readonly days: string; readonly note: string; readonly steps: { readonly [K in keyof Velocity]: string } };
  readonly email: { readonly campaign: string; readonly note: string };
  /** 目標逆算 (design §6.3) and the 見込み table it shares with the monthly sheet. */
  readonly plan: {
    readonly note: string;
    readonly roughGuide: string;
    readonly noTarget: string;
    readonly inputs: string;
    readonly item: string;
    readonly value: string;
    readonly source: string;
    readonly basis: string;
    readonly observed: string;
    readonly observedHeader: (name: string) => string;
    readonly targetSources: { readonly targets: string; readonly settings: string; readonly none: string };
    readonly targetRevenue: string;
    readonly targetCustomers: string;
    /**
     * A step rate of the plan named by its two stages (SQL→商談), so that no two different rates
     * share a name: the dashboard's 商談化率 is リード→商談.
     */
    readonly step: (from: string, to: string) => string;
    /** The 商談→受注 step, taken as the win rate of closed deals. */
    readonly winStep: string;
    readonly leadToWonDays: string;
    /** The win rate's basis: deals won or lost (open deals do not count). */
    readonly closedDeals: string;
    readonly basisCount: (stage: string, count: string) => string;
    readonly required: string;
    readonly stage: string;
    readonly budget: string;
    readonly leadTiming: (from: string, to: string) => string;
    readonly byGroup: string;
    readonly group: string;
    readonly leadShare: string;
    readonly total: string;
    readonly projections: string;
    /** Headers under each stage's name (a column group) of the 見込み table. */
    readonly actual: string;
    readonly expected: string;
    readonly low: string;
    readonly high: string;
  };
  readonly guide: {
    readonly intro: string;
    readonly nameJa: string;
    readonly nameEn: string;
    readonly formula: string;
    readonly reading: string;
    readonly pitfall: string;
  };
}

/** The table as stored: each word that takes a value is a template with `{name}` placeholders. */
export type ReportLabelTexts = TextsOf<ReportLabels>;

type TextsOf<T> = { readonly [K in keyof T]: T[K] extends (...args: never[]) => string ? string : T[K] extends string ? string : TextsOf<T[K]> };

/** The project file (without `.html`) holding the table. */
export const REPORT_LABELS_ASSET = 'ReportLabels';

/** Key paths of a parsed table whose leaves are all text, or null when a leaf is not. */
function textPaths(value: Record<string, unknown>, prefix: string): string[] | null {
  const paths: string[] = [];
  for (const [key, child] of Object.entries(value)) {
    if (typeof child === 'string') paths.push(prefix + key);
    else if (!isRecord(child)) return null;
    else {
      const inner = textPaths(child, `${prefix}${key}.`);
      if (inner === null) return null;
      paths.push(...inner);
    }
  }
  return paths;
}

/**
 * Reads the asset's content: both languages, the same words in each, every word a text, every KPI
 * named. A stale or
 * damaged file stops the report with a message naming it instead of writing blank headers.
 *
 * @example
 * parseReportLabelTexts(JSON.stringify(REPORT_LABEL_TEXTS)).en.sheetNames.channels
 * //=> 'By channel'
 */
export function parseReportLabelTexts(content: string): Bilingual<ReportLabelTexts> {
  const parsed = assetJson(content);
  const ja = isRecord(parsed) && isRecord(parsed.ja) ? textPaths(parsed.ja, '') : null;
  const en = isRecord(parsed) && isRecord(parsed.en) ? textPaths(parsed.en, '') : null;
  const named = ja !== null && KPI_KEYS.every((key) => ja.includes(`kpiNames.${key}`));
  if (ja === null || en === null || !named || ja.sort().join('\n') !== en.sort().join('\n')) {
    throw new Error(`${REPORT_LABELS_ASSET}.html is not the report's label table; rebuild and push the add-on (npm run build).`);
  }
  return parsed as Bilingual<ReportLabelTexts>;
}

/**
 * The name of a KPI in a language, from the report labels' file.
 *
 * @example
 * kpiName('opportunityRate', 'ja')
 * //=> '商談化率'
 */
export function kpiName(key: KpiKey, language: Language): string {
  return readAsset(REPORT_LABELS_ASSET, parseReportLabelTexts)[language].kpiNames[key];
}

/**
 * The fixed words of the report in a language.
 *
 * @example
 * reportLabels('en').sheetNames.channels
 * //=> 'By channel'
 */
export function reportLabels(language: Language): ReportLabels {
  const texts = readAsset(REPORT_LABELS_ASSET, parseReportLabelTexts)[language];
  const { scorecards, attributes, plan } = texts;
  return {
    ...texts,
    periodRange: (from, to) => fillTemplate(texts.periodRange, { from, to }),
    context: (period, view, asOf) => fillTemplate(texts.context, { period, view, asOf }),
    scorecards: { ...scorecards, targetToDate: (date) => fillTemplate(scorecards.targetToDate, { date }), previous: (from, to) => fillTemplate(scorecards.previous, { from, to }) },
    attributes: {
      ...attributes,
      note: (minimum) => fillTemplate(attributes.note, { minimum }),
      merged: (distinct) => fillTemplate(attributes.merged, { distinct }),
    },
    plan: {
      ...plan,
      observedHeader: (name) => fillTemplate(plan.observedHeader, { name }),
      basisCount: (stage, count) => fillTemplate(plan.basisCount, { stage, count }),
      leadTiming: (from, to) => fillTemplate(plan.leadTiming, { from, to }),
      step: (from, to) => fillTemplate(plan.step, { from, to }),
    },
  };
}
