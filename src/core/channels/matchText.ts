/**
 * How channel rule tables compare text. A channel arrives already normalised (NFKC, trimmed,
 * spaces collapsed, lower-case: see `funnel/labels`); the tables are written the same way. Words in
 * Japanese are found anywhere in the value (日本語 has no spaces between words); words in Latin
 * letters only as whole words, so `pr` matches `PR TIMES` but not `product`.
 */
import { normalizeText } from '../text/normalize';

/** Separators and brackets that channel spellings use interchangeably. */
const SEPARATORS = /[\s・･·\-_.:：/|（）()[\]【】「」『』"'“”!！?？、,，&＆+＋~〜～]+/g;

/**
 * A value without spaces and punctuation, for comparing names that differ only in them.
 *
 * @example
 * compactText('オーガニック ソーシャル')
 * //=> 'オーガニックソーシャル'
 * compactText('organic_search')
 * //=> 'organicsearch'
 */
export function compactText(text: string): string {
  return normalizeText(text).replace(SEPARATORS, '');
}

const LATIN_ONLY = /^[\x20-\x7e]+$/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Tests whether a normalised value contains a word of a rule table. */
export type WordTest = (value: string, compact: string) => boolean;

/**
 * A matcher for one word of a rule table: Latin words match whole words (spaces in the word may
 * be spaces, `-`, `_`, `.` or nothing in the value); other words match anywhere in the compact value;
 * a word written `=x` matches only a value that is exactly that word (a single letter is too common
 * to find inside other values).
 *
 * @example
 * wordTest('trade show')('2025 trade-show', compactText('2025 trade-show'))
 * //=> true
 * wordTest('pr')('product', 'product')
 * //=> false
 * wordTest('展示会')('秋の展示会 出展', compactText('秋の展示会 出展'))
 * //=> true
 * wordTest('=x')('x (旧twitter)', 'x旧twitter')
 * //=> false
 */
export function wordTest(word: string): WordTest {
  if (word.startsWith('=')) {
    const exact = compactText(word.slice(1));
    return (_value, valueCompact) => valueCompact === exact;
  }
  const normal = normalizeText(word);
  if (LATIN_ONLY.test(normal)) {
    const body = normal
      .split(/[\s\-_.]+/)
      .filter(Boolean)
      .map(escapeRegExp)
      .join('[\\s\\-_.]*');
    const pattern = new RegExp(`(?:^|[^a-z0-9])${body}(?:$|[^a-z0-9])`);
    return (value) => pattern.test(value);
  }
  const compact = compactText(normal);
  return (_value, valueCompact) => valueCompact.includes(compact);
}

/**
 * One matcher for a list of words: true when any word matches.
 *
 * @example
 * anyWord(['webinar', 'ウェビナー'])('オンラインウェビナー', 'オンラインウェビナー')
 * //=> true
 */
export function anyWord(words: readonly string[]): WordTest {
  const tests = words.map(wordTest);
  return (value, compact) => tests.some((test) => test(value, compact));
}

/**
 * An exact-name index over compact spellings: `Organic Search`, `organic_search` and
 * `ORGANIC_SEARCH` are one name.
 *
 * @example
 * exactIndex([{ names: ['Paid Search'], group: 'paid_search' }]).get(compactText('PAID_SEARCH'))
 * //=> 'paid_search'
 */
export function exactIndex<T>(entries: readonly { readonly names: readonly string[]; readonly group: T }[]): ReadonlyMap<string, T> {
  const index = new Map<string, T>();
  for (const entry of entries) {
    for (const name of entry.names) {
      const key = compactText(name);
      if (!index.has(key)) index.set(key, entry.group);
    }
  }
  return index;
}
