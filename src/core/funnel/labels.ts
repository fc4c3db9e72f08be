/**
 * Groups free-text labels (channels, email campaigns) that differ only in case, width or spacing,
 * and picks the spelling to show for each group (design §4.6).
 */
import { normalizeText } from '../text/normalize';
import type { Bilingual } from '../text/translate';

/** How a blank label (channel, campaign) is shown. */
export const BLANK_LABELS: Bilingual = { ja: '(未設定)', en: '(not set)' };

/** The key every blank value (and an exported "(not set)") shares. */
export const BLANK_KEY = '';

/** Values that tools export to mean "no value"; they group with blanks. */
const BLANK_SPELLINGS = new Set(['(not set)', '(未設定)']);

/**
 * The matching key of a raw label: normalised text, or {@link BLANK_KEY} for a blank.
 *
 * @example
 * labelKey(' Ｇoogle広告 ')
 * //=> 'google広告'
 * labelKey('(not set)')
 * //=> ''
 */
export function labelKey(raw: string | null): string {
  if (raw === null) return BLANK_KEY;
  const key = normalizeText(raw);
  return BLANK_SPELLINGS.has(key) ? BLANK_KEY : key;
}

/**
 * Collects raw labels and names each group by its most frequent spelling (surrounding spaces
 * trimmed); a tie goes to the spelling that sorts first by code unit, so the label never depends
 * on row order. Blank values are shown as the `blankLabel` given at construction.
 *
 * @example
 * const book = new LabelBook('(未設定)');
 * ['Google広告', 'google広告', ' Google広告 ', ''].forEach((raw) => book.add(raw));
 * book.keys().map((key) => book.labelOf(key))
 * //=> ['(未設定)', 'Google広告']
 */
export class LabelBook {
  private readonly spellings = new Map<string, Map<string, number>>();
  /** Raw value → key; NFKC normalisation is the costly part and channels repeat a lot. */
  private readonly keyCache = new Map<string, string>();

  constructor(private readonly blankLabel: string) {}

  /** The key of a raw label (same as {@link labelKey}, remembered per raw value). */
  keyOf(raw: string | null): string {
    if (raw === null) return BLANK_KEY;
    let key = this.keyCache.get(raw);
    if (key === undefined) {
      key = labelKey(raw);
      this.keyCache.set(raw, key);
    }
    return key;
  }

  /** Records one occurrence of a raw label and returns its key. */
  add(raw: string | null): string {
    const key = this.keyOf(raw);
    let counts = this.spellings.get(key);
    if (counts === undefined) {
      counts = new Map();
      this.spellings.set(key, counts);
    }
    if (key !== BLANK_KEY && raw !== null) {
      const spelling = raw.trim();
      counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
    }
    return key;
  }

  /** Every key seen so far, in code-unit order (deterministic, independent of row order). */
  keys(): string[] {
    return [...this.spellings.keys()].sort(compareCodeUnits);
  }

  /** The label shown for a key; a key never added is shown as its own text. */
  labelOf(key: string): string {
    if (key === BLANK_KEY) return this.blankLabel;
    let best: string | null = null;
    let bestCount = 0;
    for (const [spelling, count] of this.spellings.get(key) ?? []) {
      if (count > bestCount || (count === bestCount && best !== null && spelling < best)) {
        best = spelling;
        bestCount = count;
      }
    }
    return best ?? key;
  }
}

/**
 * Compares strings by UTF-16 code units (no locale data, which Apps Script may lack).
 *
 * @example
 * ['b', 'B', 'a'].sort(compareCodeUnits)
 * //=> ['B', 'a', 'b']
 */
export function compareCodeUnits(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
