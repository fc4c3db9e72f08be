/**
 * Status and deal-stage values (design §3.2): which funnel stage a value names, and whether a deal
 * is open, won or lost. Covers plain Japanese words, HubSpot lifecycle stages and deal stages
 * (labels and internal IDs), Salesforce lead statuses and opportunity stages (English and Japanese).
 *
 * Salesforce's default picklists, both UI languages: lead statuses 未対応 / 対応中 (Open - Not
 * Contacted / Working - Contacted) are leads; 取引開始 (Closed - Converted) is 商談 — a converted
 * lead reached the opportunity stage, as HubSpot's lifecycle 商談 does, whether or not an
 * opportunity was created at conversion; 不適格 (Closed - Not Converted) stays a lead, never a
 * lost deal. Opportunity stages 見込み客, 選定, ニーズ分析, 価値提案, 意思決定者の特定, 認識分析,
 * 提案/見積, 交渉/レビュー are open; 成立 is won, 不成立 lost.
 */
import type { DealOutcome, Stage } from '../model/types';
import { assetJson, isRecord, readAsset } from '../text/assets';

/** What a status value says: the furthest stage reached, and whether the lead or deal was lost. */
export interface StatusReading {
  readonly stage: Stage;
  readonly lost: boolean;
  /** False when the value is not in the lists of `statusValues.ts` (read as `leads`, and worth a warning). */
  readonly known: boolean;
}

export interface DealStageReading {
  readonly outcome: DealOutcome;
  readonly known: boolean;
}

type StatusClass = Stage | 'lost';

/** The project file holding the header vocabulary and these status values (design §10). */
export const VOCABULARY_ASSET = 'Vocabulary';

const CLASSES: readonly StatusClass[] = ['leads', 'mql', 'sql', 'opportunities', 'won', 'lost'];

/**
 * Reads the status values (`statusValues.ts`) from the vocabulary file: every class with a list of
 * words. A stale or damaged file stops with a message naming it.
 *
 * @example
 * parseStatusValues('{"statusValues":{"leads":["リード"],"mql":[],"sql":[],"opportunities":[],"won":["受注"],"lost":["失注"]}}').get('受注')
 * //=> 'won'
 */
export function parseStatusValues(content: string): ReadonlyMap<string, StatusClass> {
  const table = (assetJson(content) as { statusValues?: unknown } | undefined)?.statusValues;
  const valid = isRecord(table) && CLASSES.every((key) => Array.isArray(table[key]) && (table[key] as unknown[]).every((word) => typeof word === 'string'));
  if (!valid) throw new Error(`${VOCABULARY_ASSET}.html has no status values; rebuild and push the add-on (npm run build).`);
  const map = new Map<string, StatusClass>();
  for (const statusClass of CLASSES) for (const value of table[statusClass] as string[]) map.set(statusKey(value), statusClass);
  return map;
}

/**
 * Comparison key of a status value: NFKC, lower-case, without a leading step number (`3. 商談`,
 * `02_MQL`), without a trailing `(…)` (`Sales Qualified Lead(SQL)`, `Closed Won (Sales Pipeline)`)
 * and without spaces and the punctuation `- _ / . ・`.
 *
 * @example
 * statusKey('Closed - Won (Sales Pipeline)')
 * //=> 'closedwon'
 */
export function statusKey(value: string): string {
  let text = value.normalize('NFKC').trim().toLowerCase();
  text = text.replace(/^\d{1,2}\s*[.:)_-]\s*/, '');
  let previous = '';
  while (previous !== text) {
    previous = text;
    text = text.replace(/\s*\([^()]*\)\s*$/, '');
  }
  return text.replace(/[\s\-_/.・,、]+/g, '');
}


/** Status columns hold few distinct values, so their classes are remembered (up to a bound). */
const CLASS_CACHE = new Map<string, StatusClass | null>();
const CLASS_CACHE_LIMIT = 2_000;

function classify(value: string): StatusClass | null {
  const cached = CLASS_CACHE.get(value);
  if (cached !== undefined) return cached;
  const statusClass = classifyUncached(value);
  if (CLASS_CACHE.size < CLASS_CACHE_LIMIT) CLASS_CACHE.set(value, statusClass);
  return statusClass;
}

function classifyUncached(value: string): StatusClass | null {
  // The status values by key, read from the vocabulary file on first use (design §10).
  const classByKey = readAsset(VOCABULARY_ASSET, parseStatusValues);
  const direct = classByKey.get(statusKey(value));
  if (direct) return direct;
  // "ステップ3 (受注)": the words inside the brackets may be the only recognisable part.
  const inner = /\(([^()]+)\)\s*$/.exec(value.normalize('NFKC'));
  return inner?.[1] ? (classByKey.get(statusKey(inner[1])) ?? null) : null;
}

function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/**
 * The furthest stage a status value names. Lost values mean the lead reached `opportunities`
 * and was lost. Unknown values read as `leads` with `known: false`. Blank → `null`.
 *
 * @example
 * stageFromStatus('商談中')
 * //=> { stage: 'opportunities', lost: false, known: true }
 * @example
 * stageFromStatus('closedlost')
 * //=> { stage: 'opportunities', lost: true, known: true }
 */
export function stageFromStatus(value: unknown): StatusReading | null {
  const text = textOf(value);
  if (text === null) return null;
  const statusClass = classify(text);
  if (statusClass === null) return { stage: 'leads', lost: false, known: false };
  if (statusClass === 'lost') return { stage: 'opportunities', lost: true, known: true };
  return { stage: statusClass, lost: false, known: true };
}

/**
 * The outcome of a deal from its stage: won, lost, or open (every other known stage). Unknown
 * values are open with `known: false`; blank → `null`.
 *
 * @example
 * dealOutcomeFromStage('成立')
 * //=> { outcome: 'won', known: true }
 */
export function dealOutcomeFromStage(value: unknown): DealStageReading | null {
  const text = textOf(value);
  if (text === null) return null;
  const statusClass = classify(text);
  if (statusClass === 'won') return { outcome: 'won', known: true };
  if (statusClass === 'lost') return { outcome: 'lost', known: true };
  return { outcome: 'open', known: statusClass !== null };
}
