/**
 * The hygiene audit's likely duplicates (design §4.6): channels that normalisation kept apart but
 * that probably name one source — the same brand written differently (`Google Ads`, `Google広告`,
 * `AdWords`; `FB`, `Facebook`), hiragana/katakana or small-kana variants, katakana against rōmaji
 * (`ウェビナー`, `webinar`), or a short name one or two keystrokes away (`Googel広告`).
 *
 * Not flagged: names that differ only in a number (`セミナー1`, `セミナー2` are two events), very
 * short names (`SEO`, `SEM` are different things), long names (`SaaS EXPO 春`, `SaaS EXPO 秋`), and a
 * GA4 or HubSpot category name beside a source in the same group (`Organic Search` sessions and
 * `自然検索` leads are meant to be two rows of one group).
 */
import type { ChannelGroupId, ChannelRule, DuplicateReason } from '../model/breakdowns';
import { editDistance } from './editDistance';
import { foldKana, kanaToRomaji } from './kana';
import { compactText } from './matchText';
import { SAME_NAME_SUFFIXES, SAME_NAMES } from './rules/sameNames';

export interface AuditedChannel {
  /** Normalised value (`labelKey`). */
  readonly key: string;
  readonly group: ChannelGroupId;
  readonly rule: ChannelRule;
  /** Rows carrying the channel in all tabs (the busiest channels are compared first). */
  readonly rows: number;
}

export interface DuplicatePair {
  readonly first: string;
  readonly second: string;
  readonly reason: DuplicateReason;
}

/** Names longer than this (without spaces and punctuation) are not compared by spelling. */
const SHORT_NAME = 12;
/** Channels compared by spelling, busiest first: pairs grow with the square of the count. */
const SPELLING_LIMIT = 300;
/** Category vocabularies: such a name beside another channel of its group is by design. */
const CATEGORY_RULES: ReadonlySet<ChannelRule> = new Set<ChannelRule>(['ga4_channel_group', 'hubspot_source']);

interface SameNames {
  readonly ids: ReadonlyMap<string, number>;
  readonly suffixes: readonly string[];
}

/** The same-name spellings, folded, built on first use (module top levels build no tables, design §10). */
let sameNames: SameNames | null = null;

function buildSameNames(): SameNames {
  const ids = new Map<string, number>();
  SAME_NAMES.forEach((spellings, id) => {
    for (const spelling of spellings) ids.set(foldKana(compactText(spelling)), id);
  });
  return { ids, suffixes: SAME_NAME_SUFFIXES.map((suffix) => foldKana(compactText(suffix))) };
}

function sameNameId(loose: string): number | undefined {
  sameNames ??= buildSameNames();
  const { ids, suffixes } = sameNames;
  const whole = ids.get(loose);
  if (whole !== undefined) return whole;
  for (const suffix of suffixes) {
    if (loose.length > suffix.length && loose.endsWith(suffix)) {
      const id = ids.get(loose.slice(0, -suffix.length));
      if (id !== undefined) return id;
    }
  }
  return undefined;
}

interface Prepared {
  readonly channel: AuditedChannel;
  readonly compact: string;
  readonly loose: string;
  readonly romaji: string | null;
  readonly latin: boolean;
  readonly sameName: number | undefined;
}

function prepare(channel: AuditedChannel): Prepared {
  const compact = compactText(channel.key);
  const loose = foldKana(compact);
  return {
    channel,
    compact,
    loose,
    romaji: kanaToRomaji(compact),
    latin: /^[a-z0-9]+$/.test(compact),
    sameName: sameNameId(loose),
  };
}

function digitsOnlyDifference(a: string, b: string): boolean {
  return a !== b && a.replace(/[0-9]+/g, '') === b.replace(/[0-9]+/g, '');
}

function spellingClose(a: string, b: string): boolean {
  const shorter = Math.min(Array.from(a).length, Array.from(b).length);
  const longer = Math.max(Array.from(a).length, Array.from(b).length);
  if (longer > SHORT_NAME || shorter < 4 || digitsOnlyDifference(a, b)) return false;
  const distance = editDistance(a, b, 2);
  return distance === 1 || (distance === 2 && shorter >= 7);
}

/**
 * Why two channels look like one, or `null`. Symmetric.
 *
 * @example
 * duplicateReason({ key: 'google ads', group: 'paid_search', rule: 'ad_platform', rows: 3 }, { key: 'google広告', group: 'paid_search', rule: 'ad_platform', rows: 400 })
 * //=> 'same_name'
 * duplicateReason({ key: 'seo', group: 'organic_search', rule: 'words', rows: 9 }, { key: 'sem', group: 'other', rule: 'unmatched', rows: 4 })
 * //=> null
 */
export function duplicateReason(a: AuditedChannel, b: AuditedChannel): DuplicateReason | null {
  return reasonOf(prepare(a), prepare(b));
}

function reasonOf(a: Prepared, b: Prepared): DuplicateReason | null {
  if (a.channel.key === b.channel.key || a.channel.key === '' || b.channel.key === '') return null;
  if (a.channel.group === b.channel.group && (CATEGORY_RULES.has(a.channel.rule) || CATEGORY_RULES.has(b.channel.rule))) return null;
  if (a.compact === b.compact) return 'spelling';
  if (a.sameName !== undefined && a.sameName === b.sameName) return 'same_name';
  if (a.loose === b.loose) return 'kana';
  const kanaSide = a.romaji !== null && b.latin ? a : b.romaji !== null && a.latin ? b : null;
  if (kanaSide !== null) {
    const latinSide = kanaSide === a ? b : a;
    const romaji = kanaSide.romaji as string;
    if (Math.min(romaji.length, latinSide.compact.length) >= 4 && editDistance(romaji, latinSide.compact, 1) <= 1) return 'romaji';
  }
  return spellingClose(a.loose, b.loose) ? 'spelling' : null;
}

/**
 * Every pair of channels that probably name one source, each pair once, ordered by the input
 * order of the pair's channels (pass channels sorted as they should be reported). Names that agree
 * once folded are found through an index; spelling distance is checked among the
 * {@link SPELLING_LIMIT} busiest channels only, so a column of thousands of distinct values stays fast.
 *
 * @example
 * likelyDuplicates([
 *   { key: 'facebook', group: 'organic_social', rule: 'source_medium', rows: 30 },
 *   { key: 'fb', group: 'organic_social', rule: 'source_medium', rows: 2 },
 * ])
 * //=> [{ first: 'facebook', second: 'fb', reason: 'same_name' }]
 */
export function likelyDuplicates(channels: readonly AuditedChannel[]): DuplicatePair[] {
  const prepared = channels.map(prepare);
  const candidates = new Set<string>();
  const consider = (i: number, j: number): void => {
    if (i !== j) candidates.add(i < j ? `${i},${j}` : `${j},${i}`);
  };
  const buckets = new Map<string, number[]>();
  prepared.forEach((entry, index) => {
    const names = [`c:${entry.compact}`, `l:${entry.loose}`, entry.sameName === undefined ? null : `s:${entry.sameName}`];
    for (const name of names) {
      if (name === null) continue;
      const bucket = buckets.get(name) ?? [];
      for (const other of bucket) consider(other, index);
      bucket.push(index);
      buckets.set(name, bucket);
    }
  });
  const busiest = prepared
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry }) => entry.channel.key !== '')
    .sort((x, y) => y.entry.channel.rows - x.entry.channel.rows || x.index - y.index)
    .slice(0, SPELLING_LIMIT)
    .map(({ index }) => index);
  for (let x = 0; x < busiest.length; x += 1) {
    for (let y = x + 1; y < busiest.length; y += 1) consider(busiest[x] as number, busiest[y] as number);
  }
  const pairs: { i: number; j: number; pair: DuplicatePair }[] = [];
  for (const candidate of candidates) {
    const [i, j] = candidate.split(',').map(Number) as [number, number];
    const a = prepared[i] as Prepared;
    const b = prepared[j] as Prepared;
    const reason = reasonOf(a, b);
    if (reason !== null) pairs.push({ i, j, pair: { first: a.channel.key, second: b.channel.key, reason } });
  }
  return pairs.sort((p, q) => p.i - q.i || p.j - q.j).map(({ pair }) => pair);
}
