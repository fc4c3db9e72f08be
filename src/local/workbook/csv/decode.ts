/**
 * Text encoding of a CSV export, detected from its bytes: UTF-8 (with or without BOM), UTF-16
 * (BOM, or NUL-byte pattern when the BOM is missing), else Shift_JIS/CP932 or EUC-JP — the
 * encodings Japanese marketing tools export (reference/export-headers.md §1).
 */
import iconv from 'iconv-lite';
import { decodeUtf16, utf16Plausibility } from './utf16';

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'cp932' | 'euc-jp';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lossyUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The evidence for UTF-8 in bytes that are not all valid UTF-8: characters beyond ASCII that decode
 * as UTF-8, against the invalid sequences (each becomes one U+FFFD). Shift_JIS or EUC-JP text
 * rarely forms a valid multi-byte UTF-8 sequence, so a UTF-8 file with a few bad bytes has far
 * more of the first, and a legacy file far more of the second.
 */
function utf8Evidence(bytes: Uint8Array): { valid: number; invalid: number } {
  const text = lossyUtf8.decode(bytes);
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code === 0xfffd) invalid += 1;
    else valid += 1;
  }
  // A U+FFFD that the file spelled correctly (EF BF BD) is not an invalid byte.
  invalid -= countReplacementCharacters(bytes);
  return { valid, invalid: Math.max(0, invalid) };
}

function countReplacementCharacters(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i + 2 < bytes.length; i += 1) if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n += 1;
  return n;
}

/** Share of NUL bytes at even and odd offsets among the first few kilobytes. */
function nulPattern(bytes: Uint8Array): { even: number; odd: number } {
  const n = Math.min(bytes.length, 4096);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 1) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even += 1;
      else odd += 1;
    }
  }
  const half = Math.max(1, n / 2);
  return { even: even / half, odd: odd / half };
}

/** Characters that show a wrong guess between the two legacy Japanese encodings. */
function legacyDecodeScore(text: string): number {
  let bad = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code === 0xfffd) bad += 10;
    else if (code >= 0xe000 && code <= 0xf8ff) bad += 5; // private use: user-defined area
    else if (code >= 0xff61 && code <= 0xff9f) bad += 1; // half-width katakana: rare in exports, common in mis-decodes
    else if (code < 0x20 && ch !== '\n' && ch !== '\r' && ch !== '\t') bad += 5;
  }
  return bad;
}

/**
 * Guesses the encoding of CSV bytes.
 *
 * @example
 * detectEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x41]))
 * //=> 'utf-8-bom'
 */
export function detectEncoding(bytes: Uint8Array): CsvEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8-bom';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const nul = nulPattern(bytes);
  // ASCII text in UTF-16 has a NUL in every other byte; real 8-bit text has none. The side the NULs
  // are on says LE or BE, unless a byte gained or lost in the first kilobytes moved many of them to
  // the other side: so the byte order that reads better as the characters exports are made of
  // decides, LE when both read alike (Windows tools write LE; BE comes with a byte-order mark).
  // NULs on both sides count as UTF-16 only when one order reads as text (binary files do not).
  const oneSide = (nul.odd > 0.2 && nul.odd > nul.even * 2) || (nul.even > 0.2 && nul.even > nul.odd * 2);
  if (oneSide || nul.odd + nul.even > 0.2) {
    const le = utf16Plausibility(bytes, false);
    const be = utf16Plausibility(bytes, true);
    if (oneSide || Math.max(le, be) > 0.5) return be > le ? 'utf-16be' : 'utf-16le';
  }
  if (isValidUtf8(bytes)) return 'utf-8';
  const evidence = utf8Evidence(bytes);
  if (evidence.valid > evidence.invalid) return 'utf-8';
  const sjis = legacyDecodeScore(iconv.decode(Buffer.from(bytes), 'cp932'));
  const euc = legacyDecodeScore(iconv.decode(Buffer.from(bytes), 'euc-jp'));
  return euc < sjis ? 'euc-jp' : 'cp932';
}

/**
 * Decodes CSV bytes to text, dropping any byte-order mark. Bytes that are not valid in the detected
 * encoding become U+FFFD (in UTF-16 also a byte gained or lost, after which the text realigns, and
 * an unpaired surrogate); `invalidBytes` says whether there were any (the caller warns per row).
 *
 * @example
 * decodeCsvBytes(Buffer.from('\ufeff日付,費用', 'utf8'))
 * //=> { text: '日付,費用', encoding: 'utf-8-bom', invalidBytes: false }
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding; invalidBytes: boolean } {
  const encoding = detectEncoding(bytes);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let text: string;
  switch (encoding) {
    case 'utf-8':
    case 'utf-8-bom':
      text = buffer.toString('utf8');
      break;
    case 'utf-16le':
    case 'utf-16be':
      // A byte gained or lost reads as U+FFFD and the text after it realigns (./utf16.ts).
      text = decodeUtf16(buffer, encoding === 'utf-16be').text;
      break;
    default:
      text = iconv.decode(buffer, encoding);
  }
  const invalidBytes = (encoding === 'utf-8' || encoding === 'utf-8-bom') && !isValidUtf8(bytes.subarray(encoding === 'utf-8-bom' ? 3 : 0));
  return { text: text.replace(/^\uFEFF/, ''), encoding, invalidBytes: invalidBytes || (encoding !== 'utf-8' && encoding !== 'utf-8-bom' && text.includes('\uFFFD')) };
}
