/**
 * Metric names of a targets tab (design §3.1): the values of a long layout's metric column and the
 * column headers of a wide layout, in Japanese and English (the words in `vocabularyWords.ts`, read
 * from the vocabulary file, design §10).
 */
import type { TargetMetric } from '../model/types';
import { assetJson, isRecord, readAsset } from '../text/assets';
import { headerKey } from './headerKey';
import { VOCABULARY_ASSET } from './stageWordsAsset';

/**
 * The metric names (`vocabularyWords.ts`) by header key, read from the vocabulary file (design §10).
 *
 * @example
 * parseMetricAliases('{"metricAliases":{"revenue":["売上"]}}').get('売上')
 * //=> 'revenue'
 */
export function parseMetricAliases(content: string): ReadonlyMap<string, TargetMetric> {
  const table = (assetJson(content) as { metricAliases?: unknown } | undefined)?.metricAliases;
  if (!isRecord(table) || !Object.values(table).every((words) => Array.isArray(words) && words.every((word) => typeof word === 'string'))) {
    throw new Error(`${VOCABULARY_ASSET}.html has no target metric names; rebuild and push the add-on (npm run build).`);
  }
  const map = new Map<string, TargetMetric>();
  for (const [metric, words] of Object.entries(table) as [TargetMetric, string[]][]) for (const alias of words) map.set(headerKey(alias), metric);
  return map;
}

const TARGET_WORD = '目標値|目標|target|goal|計画|plan';
const TARGET_AFFIXES = [
  new RegExp(`^(?:${TARGET_WORD})(?:の)?`),
  new RegExp(`\\((?:${TARGET_WORD})\\)$`),
  new RegExp(`(?:の)?(?:${TARGET_WORD})$`),
];

/**
 * The target metric a text names, ignoring a target word around it (`リード数目標`,
 * `目標リード数`, `売上目標`, `Leads target`, `商談数(目標)`); `null` when it names none.
 *
 * @example
 * targetMetricFromText('受注金額目標')
 * //=> 'revenue'
 */
export function targetMetricFromText(value: unknown): TargetMetric | null {
  if (typeof value !== 'string') return null;
  const key = headerKey(value);
  const metricByKey = readAsset(VOCABULARY_ASSET, parseMetricAliases);
  const direct = metricByKey.get(key);
  if (direct) return direct;
  let stripped = key;
  for (const affix of TARGET_AFFIXES) stripped = stripped.replace(affix, '');
  return stripped === '' ? null : (metricByKey.get(stripped) ?? null);
}

/**
 * True when a text mentions a target or plan (`目標`, `予算`, `target`, `goal`, `計画`, `KPI`).
 *
 * @example
 * mentionsTarget('2025年度 目標')
 * //=> true
 */
export function mentionsTarget(value: string): boolean {
  return /目標|予算|target|goal|計画|plan|kpi/.test(headerKey(value));
}
