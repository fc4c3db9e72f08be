/**
 * Placeholders exports write for "no value" (design §3.2.1, §3.3): `NA`, `N/A`, `null`, `None`,
 * dashes, GA4's `(not set)`. In a number or date column they mean blank — not an error, not zero.
 * One list, shared by the number and the date parsers.
 */

/** The markers, lower-case and after NFKC (full-width `Ｎ／Ａ` folds to `n/a`). */
const BLANK_MARKERS: ReadonlySet<string> = new Set(['na', 'n/a', 'null', 'none', '-', '--', '—', '―', '–', '(not set)']);

/**
 * True when already-normalised text (NFKC, trimmed, lower-case) is a blank marker.
 *
 * @example
 * ['n/a', 'null', '—', '(not set)', '0', 'nan'].map(isBlankMarker)
 * //=> [true, true, true, true, false, false]
 */
export function isBlankMarker(normalized: string): boolean {
  return BLANK_MARKERS.has(normalized);
}
