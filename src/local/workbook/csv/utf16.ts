/**
 * UTF-16 text whose bytes may have gained or lost one (a bad copy, a tool that wrote one stray byte).
 * Read as is, every character after that byte is read one byte off: nonsense such as U+4100 for
 * "A", and no line break any more, so every row after it melts into one cell and the rows are lost.
 *
 * Line feeds show where the characters are: in UTF-16LE a line feed is the bytes 0A 00 at an even
 * distance from the start of the line. One found at an odd distance means a byte was gained or
 * lost in that line. The line is read in the old alignment up to the likeliest point, the byte there
 * becomes U+FFFD (so the row is named in a warning), and the rest is read in the new alignment. The
 * likeliest point is where the most characters on both sides are ones exports are made of: a
 * character read one byte off is almost always a surrogate, private-use or rare-script code unit.
 */

/** What one realignment costs a byte order, in plausible characters. */
const REALIGNMENT_PENALTY = 8;

// ignoreBOM: a U+FEFF at the start of a stretch is text; the caller drops the file's own mark.
const utf16le = new TextDecoder('utf-16le', { ignoreBOM: true });

/**
 * 1 for a code unit exports are made of (tab, line breaks, ASCII, Latin-1, kana and CJK punctuation,
 * kanji, full-width forms), 0 for anything else — and for U+xx00 other than 一 and the ideographic
 * space: an ASCII character read one byte off (`l` → U+6C00).
 */
function plausible(unit: number): number {
  if (unit >= 0x100 && (unit & 0xff) === 0) return unit === 0x3000 || unit === 0x4e00 ? 1 : 0;
  if (unit >= 0x20 && unit <= 0x7e) return 1;
  if (unit === 0x09 || unit === 0x0a || unit === 0x0d) return 1;
  if (unit >= 0xa0 && unit <= 0xff) return 1;
  if (unit >= 0x3000 && unit <= 0x30ff) return 1;
  if (unit >= 0x4e00 && unit <= 0x9fff) return 1;
  return unit >= 0xff01 && unit <= 0xffef ? 1 : 0;
}

function unitAt(bytes: Uint8Array, offset: number, bigEndian: boolean): number {
  const first = bytes[offset] ?? 0;
  const second = bytes[offset + 1] ?? 0;
  return bigEndian ? (first << 8) | second : first | (second << 8);
}

/** Text of an even-length stretch of bytes; unpaired surrogates read as U+FFFD. */
function decodeUnits(bytes: Uint8Array, start: number, end: number, bigEndian: boolean): string {
  if (end <= start) return '';
  if (!bigEndian) return utf16le.decode(bytes.subarray(start, end));
  const swapped = Buffer.from(bytes.subarray(start, end));
  swapped.swap16();
  return utf16le.decode(swapped);
}

/**
 * Text of an odd-length stretch that starts aligned and ends in the other alignment: one byte in it
 * is not part of a character. That byte is placed where the most characters on both sides are
 * plausible, and read as U+FFFD.
 */
function decodeAcrossShift(bytes: Uint8Array, start: number, end: number, bigEndian: boolean): string {
  const units = (end - start - 1) / 2;
  // before[k]: plausible units among the first k in the old alignment; after[k]: among the new
  // alignment's units from the one after the stray byte at start + 2k.
  const before = new Array<number>(units + 1).fill(0);
  for (let k = 0; k < units; k += 1) before[k + 1] = (before[k] ?? 0) + plausible(unitAt(bytes, start + 2 * k, bigEndian));
  const after = new Array<number>(units + 1).fill(0);
  for (let k = units - 1; k >= 0; k -= 1) after[k] = (after[k + 1] ?? 0) + plausible(unitAt(bytes, start + 2 * k + 1, bigEndian));
  let best = 0;
  for (let k = 1; k <= units; k += 1) if ((before[k] ?? 0) + (after[k] ?? 0) > (before[best] ?? 0) + (after[best] ?? 0)) best = k;
  const stray = start + 2 * best;
  return `${decodeUnits(bytes, start, stray, bigEndian)}\uFFFD${decodeUnits(bytes, stray + 1, end, bigEndian)}`;
}

/**
 * Decodes UTF-16 (LE, or BE when `bigEndian`), finding its way back after a byte gained or lost:
 * `realigned` counts the places where a byte was read as U+FFFD to do so (an odd last byte too).
 *
 * @example
 * decodeUtf16(Buffer.concat([Buffer.from('a,b\n', 'utf16le'), Buffer.from([0x41]), Buffer.from('c,d\ne,f\n', 'utf16le')]), false)
 * //=> { text: 'a,b\n\uFFFDc,d\ne,f\n', realigned: 1 }
 */
export function decodeUtf16(bytes: Uint8Array, bigEndian: boolean): { text: string; realigned: number } {
  const [lineFeedFirst, lineFeedSecond] = bigEndian ? [0x00, 0x0a] : [0x0a, 0x00];
  const parts: string[] = [];
  let realigned = 0;
  // Aligned lines are decoded together, from `aligned` up to the line that lost its alignment.
  let aligned = 0;
  let lineStart = 0;
  for (let i = 0; i + 1 < bytes.length; i += 1) {
    if (bytes[i] !== lineFeedFirst || bytes[i + 1] !== lineFeedSecond) continue;
    if ((i - lineStart) % 2 === 1) {
      parts.push(decodeUnits(bytes, aligned, lineStart, bigEndian), decodeAcrossShift(bytes, lineStart, i, bigEndian), '\n');
      realigned += 1;
      aligned = i + 2;
    }
    lineStart = i + 2;
    i += 1;
  }
  if ((bytes.length - lineStart) % 2 === 0) parts.push(decodeUnits(bytes, aligned, bytes.length, bigEndian));
  else {
    parts.push(decodeUnits(bytes, aligned, lineStart, bigEndian), decodeAcrossShift(bytes, lineStart, bytes.length, bigEndian));
    realigned += 1;
  }
  return { text: parts.join(''), realigned };
}

/**
 * How much of the start of the bytes reads as the characters exports are made of in one byte order
 * (at most 1), less a penalty for every place the reading had to realign: tells UTF-16LE from
 * UTF-16BE when there is no byte-order mark, also when a stray byte near the start puts the NUL
 * bytes of ASCII characters on the other side. (Read in the wrong order, each line realigns at its
 * line feed and then reads almost right — the realignments give it away.)
 *
 * @example
 * utf16Plausibility(Buffer.from('日付,費用\n', 'utf16le'), false) > utf16Plausibility(Buffer.from('日付,費用\n', 'utf16le'), true)
 * //=> true
 */
export function utf16Plausibility(bytes: Uint8Array, bigEndian: boolean): number {
  const { text, realigned } = decodeUtf16(bytes.subarray(0, 8192), bigEndian);
  if (text.length === 0) return 0;
  let score = -REALIGNMENT_PENALTY * realigned;
  for (let i = 0; i < text.length; i += 1) score += plausible(text.charCodeAt(i));
  return score / text.length;
}
