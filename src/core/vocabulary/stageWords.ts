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
 * 提案/見積, 交渉/レビュー are open; 成立 is won, 不成立 lost. The values themselves are listed in
 * `statusWords.ts` and read from the project file `Vocabulary` (`stageWordsAsset.ts`, design §10).
 */
import type { DealOutcome, Stage } from '../model/types';
import { statusWords } from './stageWordsAsset';
import type { StatusClass, StatusValues } from './statusWords';

/** What a status value says: the furthest stage reached, and whether the lead or deal was lost. */
export interface StatusReading {
  readonly stage: Stage;
  readonly lost: boolean;
  /** False when the value is not in the lists below (read as `leads`, and worth a warning). */
  readonly known: boolean;
}

export interface DealStageReading {
  readonly outcome: DealOutcome;
  readonly known: boolean;
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

/** The status values by key, built from the table of this execution on first use (design §10). */
let classIndex: { readonly table: StatusValues; readonly byKey: ReadonlyMap<string, StatusClass> } | null = null;

/** Status columns hold few distinct values, so their classes are remembered (up to a bound). */
const CLASS_CACHE = new Map<string, StatusClass | null>();
const CLASS_CACHE_LIMIT = 2_000;

/** The class of each status key; a new table (another project file read) starts a new index and cache. */
function classByKey(): ReadonlyMap<string, StatusClass> {
  const table = statusWords();
  if (classIndex?.table === table) return classIndex.byKey;
  const byKey = new Map<string, StatusClass>();
  for (const statusClass of Object.keys(table) as StatusClass[]) {
    for (const value of table[statusClass]) byKey.set(statusKey(value), statusClass);
  }
  classIndex = { table, byKey };
  CLASS_CACHE.clear();
  return byKey;
}

function classify(value: string): StatusClass | null {
  const byKey = classByKey();
  const cached = CLASS_CACHE.get(value);
  if (cached !== undefined) return cached;
  const statusClass = classifyUncached(value, byKey);
  if (CLASS_CACHE.size < CLASS_CACHE_LIMIT) CLASS_CACHE.set(value, statusClass);
  return statusClass;
}

function classifyUncached(value: string, byKey: ReadonlyMap<string, StatusClass>): StatusClass | null {
  const direct = byKey.get(statusKey(value));
  if (direct) return direct;
  const text = value.normalize('NFKC');
  // "ステップ3 (受注)": the words inside the brackets may be the only recognisable part.
  const inner = /\(([^()]+)\)\s*$/.exec(text);
  const bracketed = inner?.[1] ? byKey.get(statusKey(inner[1])) : undefined;
  if (bracketed) return bracketed;
  // A status typed with a reason or a history: "失注:価格", "失注 - 予算凍結", "受注/一部納品済み" read
  // by the first part that is a status; "商談中→受注" (an arrow: what it became) by the last.
  const parts = text.split(/\s*(?:[:|→⇒]|\s[-–—]\s|\/)\s*/).map((part) => byKey.get(statusKey(part))).filter(Boolean);
  return (/[→⇒]/.test(text) ? parts[parts.length - 1] : parts[0]) ?? null;
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
