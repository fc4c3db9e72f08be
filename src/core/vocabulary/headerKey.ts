/**
 * Header text normalisation for matching column names against alias lists (design §3.2).
 */
import { cellText, normalizeText } from '../text/normalize';

/**
 * Units that may trail a header (after an optional `単位:`) without changing what the column is.
 * `千円`, `万円`, `百万円` and `億円` are among them: the column is matched like its plain name, and
 * its values are multiplied by {@link headerUnitScale} when read, so thousands of yen are never read as yen.
 */
const UNIT_WORDS = [
  '円', '¥', '$', '€', '£', 'jpy', 'yen', 'usd', 'eur', 'gbp', 'inr', 'aud', 'cad', 'nzd', 'sgd', 'hkd', 'twd', 'krw',
  'cny', 'thb', 'chf', 'sek', 'brl', 'mxn', '%', '％', '秒', 's', 'sec', 'secs', 'seconds', '件', '回', '人', '税込', '税抜',
  '千円', '万円', '百万円', '億円',
];
const UNIT_PATTERN = `(?:単位\\s*:\\s*)?(?:${UNIT_WORDS.map((word) => word.replace(/[$]/g, '\\$')).join('|')})`;
const TRAILING_UNIT = new RegExp(`\\s*(?:\\(${UNIT_PATTERN}\\)|\\[${UNIT_PATTERN}\\]|【${UNIT_PATTERN}】)$`);
const SCALED_UNIT = /[([【](?:単位\s*:\s*)?(百万|千|万|億)円[)\]】]\s*$/;
const UNIT_SCALES: Readonly<Record<string, number>> = { 千: 1e3, 万: 1e4, 百万: 1e6, 億: 1e8 };

/**
 * The factor of a money column written in a larger unit: `費用（千円）` holds thousands of yen,
 * `売上（単位：百万円）` millions. 1 for any other header.
 *
 * @example
 * [headerUnitScale('費用（千円）'), headerUnitScale('金額 [万円]'), headerUnitScale('費用（円）')]
 * //=> [1000, 10000, 1]
 */
export function headerUnitScale(value: unknown): number {
  const unit = SCALED_UNIT.exec(normalizeText(cellText(value)))?.[1];
  return unit === undefined ? 1 : (UNIT_SCALES[unit] ?? 1);
}

/**
 * Normalises a header cell: strip a BOM, NFKC, trim, collapse spaces, case-fold, and drop one
 * trailing unit in brackets such as `(円)`, `(%)`, `（JPY）`, `[円]`, `【円】`.
 * Non-text cells become their string form; blank cells become `''`.
 *
 * @example
 * normalizeHeader(' 費用（ＪＰＹ） ')
 * //=> '費用'
 */
export function normalizeHeader(value: unknown): string {
  const text = normalizeText(cellText(value));
  let result = text;
  for (let i = 0; i < 2; i += 1) result = result.replace(TRAILING_UNIT, '');
  return result.trim();
}

/**
 * The key headers are compared by: {@link normalizeHeader} without spaces, quotes and the
 * punctuation `. _ - ・ :` that exports spell differently (`Avg. CPC`, `avg_cpc`,
 * `セッションのデフォルト チャネル グループ`), and without a Salesforce custom-field suffix `__c`.
 *
 * @example
 * headerKey('Session default channel group')
 * //=> 'sessiondefaultchannelgroup'
 */
export function headerKey(value: unknown): string {
  return normalizeHeader(value)
    .replace(/__c$/, '')
    .replace(/[\s._\-・:："'“”「」『』]+/g, '');
}

/**
 * Record types that CRM exports put in front of every column (Pipedrive: `Deal - Value`,
 * `Person - Email`, `Organization - Name`), as `<type> - <field>` or `<type>: <field>`.
 */
const RECORD_PREFIX = /^(?:deal|person|organi[sz]ation|contact|lead|account|company|opportunity|product)\s+[-–—:]\s+(?=\S)|^(?:deal|person|organi[sz]ation|contact|lead|account|company|opportunity|product):\s*(?=\S)/;

/**
 * The {@link headerKey} of a header without its record-type prefix, or `null` when it has none.
 * Matching tries the whole header first (`Deal - Stage` is `deal stage`), then this key
 * (`Deal - Deal created` → `dealcreated`), so a prefixed export is read like an unprefixed one.
 *
 * @example
 * [recordFieldKey('Deal - Deal created'), recordFieldKey('Person - Email'), recordFieldKey('Deal stage')]
 * //=> ['dealcreated', 'email', null]
 */
export function recordFieldKey(value: unknown): string | null {
  const header = normalizeHeader(value);
  const match = RECORD_PREFIX.exec(header);
  if (match === null) return null;
  const key = headerKey(header.slice(match[0].length));
  return key === '' ? null : key;
}
