/**
 * Text as an .xlsx can carry it. XML 1.0 cannot hold U+FFFE, U+FFFF, unpaired surrogates or most
 * control characters: one of them makes the whole file unreadable, so they become U+FFFD (and the
 * caller warns). A CR is kept as OOXML's `_x000D_` (an XML reader would turn a raw CR into LF),
 * and text that already looks like such an escape gets its underscore escaped, so it reads back
 * as written.
 */

// Control characters are the point of these patterns.
// eslint-disable-next-line no-control-regex
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// eslint-disable-next-line no-control-regex
const NEEDS_WORK = /[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF\uD800-\uDFFF]|_x[0-9A-Fa-f]{4}_/;

/**
 * The text to hand to the .xlsx writer, and whether characters had to be replaced.
 *
 * @example
 * xlsxText('a\uFFFEb\rc')
 * //=> { text: 'a\uFFFDb_x000D_c', replaced: true }
 */
export function xlsxText(text: string): { text: string; replaced: boolean } {
  if (!NEEDS_WORK.test(text)) return { text, replaced: false };
  let replaced = false;
  const safe = text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(XML_ILLEGAL, () => {
      replaced = true;
      return '\uFFFD';
    })
    .replace(/\r/g, '_x000D_');
  return { text: safe, replaced };
}

/**
 * Replaces what XML cannot hold with U+FFFD (for names and attributes, where no escape exists).
 *
 * @example
 * xmlSafe('tab\uFFFF')
 * //=> 'tab\uFFFD'
 */
export function xmlSafe(text: string): string {
  return text.replace(XML_ILLEGAL, '\uFFFD');
}
