/**
 * Display names of tab kinds, fields and target metrics, for the sidebar's mapping dropdowns and for
 * messages. The names travel in the header vocabulary's project file (`vocabularyWords.ts`,
 * design §10), read once per execution when first needed.
 */
import type { AnyField, Language, TabKind, TargetMetric } from '../model/types';
import { isRecord, readAsset, assetJson } from '../text/assets';
import type { Bilingual } from '../text/translate';
import { VOCABULARY_ASSET } from './stageWordsAsset';

interface LabelTables {
  readonly kinds: { readonly [K in TabKind]: Bilingual };
  readonly fields: { readonly [F in AnyField]: Bilingual };
  readonly targetMetrics: { readonly [M in TargetMetric]: Bilingual };
}

const isLabels = (value: unknown): boolean =>
  isRecord(value) && Object.values(value).every((entry) => isRecord(entry) && typeof entry.ja === 'string' && typeof entry.en === 'string');

/**
 * Reads the display names from the vocabulary file; a stale or damaged file stops with a message.
 *
 * @example
 * parseLabelTables('{"labels":{"kinds":{"ads":{"ja":"広告","en":"Ads"}},"fields":{},"targetMetrics":{}}}').kinds.ads.en
 * //=> 'Ads'
 */
export function parseLabelTables(content: string): LabelTables {
  const labels = (assetJson(content) as { labels?: unknown } | undefined)?.labels;
  if (!isRecord(labels) || !isLabels(labels.kinds) || !isLabels(labels.fields) || !isLabels(labels.targetMetrics)) {
    throw new Error(`${VOCABULARY_ASSET}.html has no field names; rebuild and push the add-on (npm run build).`);
  }
  return labels as unknown as LabelTables;
}

const tables = (): LabelTables => readAsset(VOCABULARY_ASSET, parseLabelTables);

/**
 * The display name of a field in a language.
 *
 * @example
 * fieldLabel('created_date', 'ja')
 * //=> '作成日'
 */
export function fieldLabel(field: AnyField, language: Language): string {
  return tables().fields[field][language];
}

/**
 * The display name of a tab kind in a language.
 *
 * @example
 * kindLabel('deals', 'en')
 * //=> 'Deals'
 */
export function kindLabel(kind: TabKind, language: Language): string {
  return tables().kinds[kind][language];
}

/**
 * The display name of a target metric in a language.
 *
 * @example
 * targetMetricLabel('revenue', 'ja')
 * //=> '受注金額'
 */
export function targetMetricLabel(metric: TargetMetric, language: Language): string {
  return tables().targetMetrics[metric][language];
}
