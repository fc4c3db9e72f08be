/**
 * How well one header row fits one tab kind: the column mapping, the required fields still
 * missing, and a score used to compare kinds and candidate header rows.
 */
import { ATTRIBUTE_FIELDS } from '../model/breakdowns';
import type { AnyField, TabKind, TargetMetric } from '../model/types';
import { REQUIRED_FIELDS } from '../model/types';
import { kindSignalCount } from './kindSignals';
import type { ColumnMatch } from './matchColumns';
import { matchColumns } from './matchColumns';
import { recognitionVocabulary } from './vocabularyAsset';
import { headerKey, normalizeHeader } from '../vocabulary/headerKey';
import { mentionsTarget, targetMetricFromText } from '../vocabulary/targetMetrics';

export interface KindEvaluation {
  readonly kind: TabKind;
  readonly columns: Readonly<Partial<Record<AnyField, number>>>;
  readonly matches: readonly ColumnMatch[];
  /** Targets tabs in wide layout: the metric of each metric column. */
  readonly wideMetrics?: Readonly<Record<number, TargetMetric>>;
  /** Required fields for this layout (email: `delivered` or `sent`; long targets: month, metric, target). */
  readonly required: readonly AnyField[];
  readonly missingRequired: readonly AnyField[];
  /** True when every required field is mapped (the tab is usable as this kind). */
  readonly complete: boolean;
  readonly score: number;
  /** True when the tab's name suggests this kind. */
  readonly nameHint: boolean;
  /** Headers that signal the kind without being one of its fields (GA4 `Users`, a CRM's `Probability`). */
  readonly signals: number;
}

export interface EvaluateOptions {
  /**
   * The rows above this header state the report's period (design §3.2.1): an ads or traffic
   * table needs no date column then.
   */
  readonly hasPeriod?: boolean;
}

const REQUIRED_WEIGHT = 3;
const SIGNATURE_WEIGHT = 2;
const OPTIONAL_WEIGHT = 1;
const NAME_HINT_WEIGHT = 1.5;
const SIGNAL_WEIGHT = 1;

/** Fields that only make sense in one kind, so they count more as evidence for it. */
const SIGNATURE_FIELDS: { readonly [K in TabKind]: readonly AnyField[] } = {
  ads: ['impressions'],
  traffic: ['new_users', 'engaged_sessions', 'bounce_rate', 'avg_engagement_seconds', 'downloads'],
  // A lead ID is the lead's own key; in a deals tab it is only a link, so it counts for leads.
  leads: [
    'lead_id', 'score', 'mql_date', 'mql_flag', 'sql_date', 'sql_flag', 'opportunity_date', 'opportunity_flag', 'won_flag',
    'lost_flag',
  ],
  // No close_date here: 受注日 / Close Date head leads exports (HubSpot contacts) as often as deals.
  deals: ['deal_id', 'stage'],
  email: ['opens', 'segment', 'delivered', 'sent'],
  targets: ['metric', 'target'],
};

/**
 * Lead attributes (業種, 役職, キャンペーン …) describe a lead but are no evidence that a tab lists
 * leads: a deals or ads tab carries them as often. They score nothing for the leads kind.
 */
const DESCRIPTIVE_LEAD_FIELDS: ReadonlySet<AnyField> = new Set<AnyField>(ATTRIBUTE_FIELDS);

/**
 * Fields that say nothing about a kind on their own: an amount or a channel column is in every kind
 * of table (GA4's `Total revenue` is no lead list). A kind needs another column, a signal header or
 * its name in the tab's name to be a candidate.
 */
const WEAK_FIELDS: { readonly [K in TabKind]: ReadonlySet<AnyField> } = {
  ads: new Set(),
  traffic: new Set(),
  leads: new Set(['amount', 'channel', 'medium', 'company']),
  deals: new Set(['amount', 'channel', 'medium', 'company']),
  email: new Set(['campaign', 'segment', 'conversions', 'clicks']),
  targets: new Set(),
};

/** Headers that fit a kind's field but say nothing about the kind on their own. */
const GENERIC_HEADER_KEYS: { readonly [K in TabKind]: ReadonlySet<string> } = {
  ads: new Set(),
  traffic: new Set(),
  leads: new Set(['日付', 'date'].map(headerKey)),
  deals: new Set(['日付', 'date'].map(headerKey)),
  email: new Set(['日付', '日', 'date'].map(headerKey)),
  targets: new Set(['日付', 'date', '期間'].map(headerKey)),
};

/**
 * True when the tab name contains one of the kind's hint words.
 *
 * @example
 * tabNameSuggests('Google広告 (4月)', 'ads')
 * //=> true
 */
export function tabNameSuggests(tabName: string, kind: TabKind): boolean {
  const name = normalizeHeader(tabName);
  return recognitionVocabulary().tabNameHints[kind].some((hint) => name.includes(hint));
}

function requiredFor(
  kind: TabKind,
  columns: Partial<Record<AnyField, number>>,
  options: EvaluateOptions,
): { required: AnyField[]; missing: AnyField[] } {
  if (kind === 'email') {
    if (columns.delivered !== undefined) return { required: ['delivered'], missing: [] };
    if (columns.sent !== undefined) return { required: ['sent'], missing: [] };
    return { required: ['delivered'], missing: ['delivered'] };
  }
  if (kind === 'deals' && columns.created_date === undefined && columns.close_date !== undefined) {
    // A won-deal list or closed-deal export without a created date is dated by its close date (design §3.2.1).
    return { required: ['close_date'], missing: [] };
  }
  const stated = options.hasPeriod === true && (kind === 'ads' || kind === 'traffic') && columns.date === undefined;
  const required = (REQUIRED_FIELDS[kind] as readonly AnyField[]).filter((field) => !(stated && field === 'date'));
  return { required, missing: required.filter((field) => columns[field] === undefined) };
}

function wideTargetMetrics(
  headers: readonly unknown[],
  columns: Partial<Record<AnyField, number>>,
): Record<number, TargetMetric> {
  const used = new Set(Object.values(columns));
  const metrics: Record<number, TargetMetric> = {};
  const seen = new Set<TargetMetric>();
  headers.forEach((header, column) => {
    if (used.has(column)) return;
    const metric = targetMetricFromText(header);
    if (metric !== null && !seen.has(metric)) {
      metrics[column] = metric;
      seen.add(metric);
    }
  });
  return metrics;
}

/**
 * Evaluates a header row as a given kind.
 *
 * @example
 * evaluateKind('ads', 'Google広告', ['日', '費用', '表示回数']).complete
 * //=> true
 */
export function evaluateKind(
  kind: TabKind,
  tabName: string,
  headers: readonly unknown[],
  options: EvaluateOptions = {},
): KindEvaluation {
  const nameHint = tabNameSuggests(tabName, kind);
  const matched = matchColumns(kind, headers);
  const signals = kindSignalCount(kind, headers);
  // A bare 日付 column, an amount, a channel or a lead attribute is no evidence that a tab lists leads or
  // deals: without another column of the kind, a signal header or a tab name saying so, such matches do not count.
  const onlyGeneric =
    !nameHint &&
    signals === 0 &&
    matched.matches.every(
      ({ column, field }) =>
        WEAK_FIELDS[kind].has(field) ||
        GENERIC_HEADER_KEYS[kind].has(headerKey(headers[column])) ||
        (kind === 'leads' && DESCRIPTIVE_LEAD_FIELDS.has(field)),
    );
  const { columns, matches } = onlyGeneric ? { columns: {}, matches: [] } : matched;
  const mapped = columns;
  let { required, missing } = requiredFor(kind, mapped, options);
  let wideMetrics: Record<number, TargetMetric> | undefined;
  let extraScore = 0;

  if (kind === 'targets' && mapped.month !== undefined && (mapped.metric === undefined || mapped.target === undefined)) {
    // Wide layout: month + one column per metric. Only when something says these are targets,
    // so a monthly ads or traffic tab is not mistaken for one.
    const saysTargets = nameHint || headers.some((header) => typeof header === 'string' && mentionsTarget(header));
    const metrics = saysTargets ? wideTargetMetrics(headers, mapped) : {};
    if (Object.keys(metrics).length > 0) {
      wideMetrics = metrics;
      extraScore = Object.keys(metrics).length * SIGNATURE_WEIGHT;
    } else {
      required = ['month', 'metric', 'target'];
      missing = required.filter((field) => mapped[field] === undefined);
    }
  } else if (kind === 'targets') {
    required = ['month', 'metric', 'target'];
    missing = required.filter((field) => mapped[field] === undefined);
  }

  let score = extraScore + (nameHint ? NAME_HINT_WEIGHT : 0) + (onlyGeneric ? 0 : signals * SIGNAL_WEIGHT);
  for (const { field } of matches) {
    if (kind === 'leads' && DESCRIPTIVE_LEAD_FIELDS.has(field)) continue;
    if (required.includes(field)) score += REQUIRED_WEIGHT;
    else if (SIGNATURE_FIELDS[kind].includes(field)) score += SIGNATURE_WEIGHT;
    else score += OPTIONAL_WEIGHT;
  }
  const evaluation: KindEvaluation = {
    kind,
    columns: mapped,
    matches,
    required,
    missingRequired: missing,
    complete: missing.length === 0,
    score,
    nameHint,
    signals: onlyGeneric ? 0 : signals,
  };
  return wideMetrics ? { ...evaluation, wideMetrics } : evaluation;
}

/**
 * Orders evaluations best first: usable kinds before unusable ones, then the kind the tab name
 * suggests, then by score, then by the order of `TAB_KINDS` (stable sort).
 *
 * @example
 * compareEvaluations({ complete: true, score: 6 }, { complete: false, score: 9 }) < 0
 * //=> true
 */
export function compareEvaluations(
  a: Pick<KindEvaluation, 'complete' | 'score'> & { readonly nameHint?: boolean },
  b: Pick<KindEvaluation, 'complete' | 'score'> & { readonly nameHint?: boolean },
): number {
  if (a.complete !== b.complete) return a.complete ? -1 : 1;
  // Two usable kinds: the tab's name (リード, 商談, Deals …) is the user's own word for it.
  if (a.complete && Boolean(a.nameHint) !== Boolean(b.nameHint)) return a.nameHint ? -1 : 1;
  return b.score - a.score;
}
