/**
 * Stage flags of design §3.2: a column that says whether a lead reached a stage.
 */
import { parseDay } from '../dates/parseDay';
import type { DayNumber } from '../model/types';
import type { ZoneOffsetResolver } from '../model/zone';
import { isDateObject } from '../dates/instants';

export type FlagResult =
  /** Reached; `day` is set when the cell held a date (a non-empty date counts as reached). */
  | { readonly kind: 'yes'; readonly day: DayNumber | null }
  | { readonly kind: 'no' }
  /** Text that is neither a known flag word nor a date; callers treat it as not reached and warn. */
  | { readonly kind: 'unknown' };

const YES_WORDS = [
  '1', '1.0', 'true', 'yes', 'y', 'ok', 'done',
  'はい', '済', '済み', '完了', '有', '有り', 'あり', '対象',
  '○', '◯', '〇', '●', '✓', '✔', '☑', '✅',
];
const NO_WORDS = [
  '0', '0.0', 'false', 'no', 'n',
  'いいえ', '無', '無し', 'なし', '未', '未済', '対象外',
  '×', '✕', '✖', '✗', '☐', '-', '--', '―', '—', '–',
];

function flagKey(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

const YES = new Set(YES_WORDS.map(flagKey));
const NO = new Set(NO_WORDS.map(flagKey));

/** Flag columns hold few distinct texts, so their readings are remembered (up to a bound). */
const WORD_CACHE = new Map<string, 'yes' | 'no' | null>();
const WORD_CACHE_LIMIT = 2_000;

function flagWord(text: string): 'yes' | 'no' | null {
  const cached = WORD_CACHE.get(text);
  if (cached !== undefined) return cached;
  const key = flagKey(text);
  const word = key === '' || NO.has(key) ? 'no' : YES.has(key) ? 'yes' : null;
  if (WORD_CACHE.size < WORD_CACHE_LIMIT) WORD_CACHE.set(text, word);
  return word;
}

/**
 * Reads a flag cell. `1`, `TRUE`, `はい`, `済`, `有`, `○`, `◯`, `✓`, `Yes`, `Y` and any valid date are
 * reached; `0`, `FALSE`, `いいえ`, `無`, `×`, `No`, `N`, dashes and blank are not reached.
 * Other numbers and text are `unknown`.
 *
 * Besides the words of the spec: `済み`, `完了`, `あり`, `OK`, `〇` (the kanji zero used as a circle)
 * and `●` mean yes; `未` (not yet), `なし`, `対象外` and dashes mean no. A plain `x` is `unknown`:
 * English sheets use it as a tick, Japanese sheets as a stand-in for `×`.
 *
 * @example
 * parseFlag('済', () => 540)
 * //=> { kind: 'yes', day: null }
 * @example
 * parseFlag('2025/4/3', () => 540)
 * //=> { kind: 'yes', day: 20181 }
 */
export function parseFlag(value: unknown, zoneOffset: ZoneOffsetResolver): FlagResult {
  if (value === null || value === undefined) return { kind: 'no' };
  if (typeof value === 'boolean') return value ? { kind: 'yes', day: null } : { kind: 'no' };
  if (typeof value === 'number') {
    if (value === 1) return { kind: 'yes', day: null };
    if (value === 0) return { kind: 'no' };
    return { kind: 'unknown' };
  }
  if (isDateObject(value)) {
    const date = parseDay(value, zoneOffset);
    return date.kind === 'day' ? { kind: 'yes', day: date.day } : { kind: 'unknown' };
  }
  if (typeof value !== 'string') return { kind: 'unknown' };
  if (value.trim() === '') return { kind: 'no' };
  const word = flagWord(value);
  if (word === 'no') return { kind: 'no' };
  if (word === 'yes') return { kind: 'yes', day: null };
  const date = parseDay(value, zoneOffset);
  return date.kind === 'day' ? { kind: 'yes', day: date.day } : { kind: 'unknown' };
}

/**
 * True when a text cell reads as a flag word (yes or no). Used to tell a date column that holds
 * `済` (a flag) from one that holds garbage.
 *
 * @example
 * isFlagWord('✓')
 * //=> true
 */
export function isFlagWord(value: unknown): boolean {
  if (typeof value === 'boolean') return true;
  if (typeof value !== 'string' || value.trim() === '') return false;
  return flagWord(value) !== null;
}
