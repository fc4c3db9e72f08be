/**
 * Punctuation that differs between Japanese and English text: quotation marks around a user's
 * label and the separators of a list. Message templates leave these to the caller.
 */
import type { Language } from '../model/types';

/**
 * Quotes a user-supplied label in the language's quotation marks.
 *
 * @example
 * quoteLabel('展示会', 'ja')
 * //=> '「展示会」'
 * quoteLabel('Events', 'en')
 * //=> '"Events"'
 */
export function quoteLabel(label: string, language: Language): string {
  return language === 'ja' ? `「${label}」` : `"${label}"`;
}

/**
 * Joins items with the language's list separator.
 *
 * @example
 * joinList(['費用', '日付'], 'ja')
 * //=> '費用、日付'
 * joinList(['cost', 'date'], 'en')
 * //=> 'cost, date'
 */
export function joinList(items: readonly string[], language: Language): string {
  return items.join(language === 'ja' ? '、' : ', ');
}

/**
 * Quoted labels one after another: `「a」「b」` in Japanese, `"a", "b"` in English.
 *
 * @example
 * joinQuoted(['要確認', '保留'], 'ja')
 * //=> '「要確認」「保留」'
 */
export function joinQuoted(labels: readonly string[], language: Language): string {
  const quoted = labels.map((label) => quoteLabel(label, language));
  return language === 'ja' ? quoted.join('') : quoted.join(', ');
}

/**
 * Joins labels into a list, naming at most `limit` and counting the rest.
 *
 * @example
 * listLabels(['a', 'b', 'c'], 'en', 2)
 * //=> 'a, b and 1 more'
 * listLabels(['a', 'b', 'c'], 'ja', 2)
 * //=> 'a、b ほか1件'
 */
export function listLabels(labels: readonly string[], language: Language, limit = 10): string {
  const shown = joinList(labels.slice(0, limit), language);
  const rest = labels.length - Math.min(labels.length, limit);
  if (rest <= 0) return shown;
  return language === 'ja' ? `${shown} ほか${rest}件` : `${shown} and ${rest} more`;
}
