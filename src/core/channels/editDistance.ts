/**
 * Spelling distance for the hygiene audit: insertions, deletions, substitutions and swaps of two
 * neighbouring characters each cost 1 (optimal string alignment). Channel names are short and
 * compared pairwise once per report, so a plain dynamic programme is enough; a library would add
 * code to the Apps Script bundle for a dozen lines.
 */

/**
 * The distance between two strings by code point, or `limit + 1` as soon as it must exceed `limit`.
 *
 * @example
 * editDistance('google広告', 'googel広告', 2)
 * //=> 1
 * editDistance('seo', 'sem', 2)
 * //=> 1
 * editDistance('webinar', 'seminar', 1)
 * //=> 2
 */
export function editDistance(a: string, b: string, limit: number): number {
  const left = Array.from(a);
  const right = Array.from(b);
  if (Math.abs(left.length - right.length) > limit) return limit + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let i = 1; i <= left.length; i += 1) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= right.length; j += 1) {
      const cost = left[i - 1] === right[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && left[i - 1] === right[j - 2] && left[i - 2] === right[j - 1]) {
        value = Math.min(value, (beforePrevious[j - 2] as number) + 1);
      }
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  return Math.min(previous[right.length] as number, limit + 1);
}
