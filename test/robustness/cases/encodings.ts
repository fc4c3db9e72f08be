/**
 * CSV and TSV bytes in every encoding the runner accepts (design §9): written to a temporary folder and
 * loaded with `loadInput`, as `npm run report -- --input folder` does. Each file becomes a tab named
 * after it; a bad row must be named by the row the user sees in that tab.
 */
import iconv from 'iconv-lite';
import type { InputFile, RobustnessCase } from '../corpusCase';
import { warning } from '../corpusCase';

type Rows = readonly (readonly string[])[];

function delimited(rows: Rows, separator: ',' | '\t', newline = '\r\n'): string {
  const quote = (cell: string): string => (/[",\t\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return rows.map((row) => row.map(quote).join(separator)).join(newline) + newline;
}

const BOM_UTF8 = Buffer.from([0xef, 0xbb, 0xbf]);
const BOM_UTF16LE = Buffer.from([0xff, 0xfe]);

type Encoder = (text: string) => Uint8Array;
const utf8: Encoder = (text) => Buffer.from(text, 'utf8');
const utf8Bom: Encoder = (text) => Buffer.concat([BOM_UTF8, Buffer.from(text, 'utf8')]);
const utf16le: Encoder = (text) => Buffer.concat([BOM_UTF16LE, iconv.encode(text, 'utf16le')]);
const utf16leNoBom: Encoder = (text) => iconv.encode(text, 'utf16le');
const shiftJis: Encoder = (text) => iconv.encode(text, 'cp932');

const ADS: Rows = [
  ['日付', '媒体', '費用', 'クリック数'],
  ['2025/04/01', 'Google広告', '￥12,000', '120'],
  ['2025/04/02', '展示会', '300,000', ''],
  ['合計', '', '￥312,000', '120'],
];

/** Row 4 (the user's row number: header is row 1) has 2025/4/31, a day April does not have. */
const LEADS: Rows = [
  ['リードID', '作成日', '流入元', '商談日', '受注日', '金額'],
  ['L1', '2025/04/01', 'Google広告', '2025/04/05', '2025/04/20', '1,200,000'],
  ['L2', '2025/04/02', '展示会', '', '', ''],
  ['L3', '2025/4/31', '展示会', '', '', ''],
  ['L4', '2025/04/03', '展示会', '2025/04/04', '', ''],
];

function pairCase(label: string, encode: Encoder, separator: ',' | '\t', extension: string, covers: string[]): RobustnessCase {
  const files: InputFile[] = [
    { name: `広告.${extension}`, bytes: encode(delimited(ADS, separator)) },
    { name: `リード.${extension}`, bytes: encode(delimited(LEADS, separator)) },
  ];
  return {
    name: `ads and leads files in ${label}`,
    covers,
    input: { files },
    expect: {
      // Leads L1, L2, L4 (L3 skipped); L1 won ⇒ 商談, L4 商談 ⇒ 2 商談, 1 受注 worth 1,200,000.
      // Cost 12,000 + 300,000 (the 合計 row is not data); clicks 120 on Google広告 only.
      totals: { leads: 3, opportunities: 2, won: 1, cost: 312000, revenue: 1200000, clicks: 120 },
      period: { from: '2025-04-01', to: '2025-04-03' },
      byChannel: [
        { channel: '展示会', leads: 2, opportunities: 1, cost: 300000 },
        { channel: 'Google広告', leads: 1, won: 1, cost: 12000 },
      ],
      // The 合計 row has no date: a total, skipped, counted and named.
      warnings: [warning('unparseable_date', 'リード', 4, 'created_date', '2025/4/31'), warning('total_rows_skipped', '広告', 4, null, '（4行目）')],
      literals: [{ text: '展示会', sheet: 'チャネル別' }],
    },
  };
}

const GA4_EN: Rows = [
  ['# ----------------------------------------'],
  ['# Traffic acquisition: Session primary channel group (Default channel group)'],
  ['# Account: Example Inc.'],
  ['# Property: Example Inc. - GA4'],
  ['# ----------------------------------------'],
  ['#'],
  ['# Start date: 20250401'],
  ['# End date: 20250430'],
  ['Session primary channel group (Default channel group)', 'Date', 'Sessions', 'Engaged sessions'],
  ['Organic Search', '20250401', '150', '90'],
  ['Paid Search', '20250401', '95', '40'],
  ['Direct', '20250402', '33', '20'],
  ['(not set)', '20250402', '5', '1'],
];

const GOOGLE_ADS_EN: Rows = [
  ['Campaign report'],
  ['April 1, 2025 - April 30, 2025'],
  ['Day', 'Campaign', 'Campaign status', 'Currency code', 'Impr.', 'Clicks', 'Cost', 'Conversions'],
  ['2025-04-01', 'Brand', 'Enabled', 'JPY', '1,234', '56', '6,720', '2.00'],
  ['2025-04-02', 'Generic', 'Enabled', 'JPY', '2,000', '0', '0', '--'],
  ['2025-04-03', 'Generic', 'Paused', 'JPY', '--', '--', '1,500.50', '0.00'],
  ['Total: Account', '--', '--', 'JPY', '3,234', '56', '8,220.50', '2.00'],
  ['Total: Campaigns', '--', '--', 'JPY', '3,234', '56', '8,220.50', '2.00'],
];

export const encodingCases: readonly RobustnessCase[] = [
  pairCase('UTF-8', utf8, ',', 'csv', ['encoding:utf-8']),
  pairCase('UTF-8 with BOM', utf8Bom, ',', 'csv', ['encoding:utf-8-bom']),
  pairCase('UTF-16LE TSV with BOM', utf16le, '\t', 'tsv', ['encoding:utf-16le-tsv']),
  pairCase('UTF-16LE TSV without BOM', utf16leNoBom, '\t', 'tsv', ['encoding:utf-16le-tsv']),
  pairCase('Shift_JIS (CP932)', shiftJis, ',', 'csv', ['encoding:shift-jis']),
  pairCase('UTF-8 with LF line ends', (text) => utf8(text.replace(/\r\n/g, '\n')), ',', 'csv', ['encoding:utf-8']),
  {
    name: 'a Shift_JIS file shows the yen sign as a backslash: \\12,000 is 12,000',
    covers: ['encoding:shift-jis', 'number:yen'],
    input: { files: [{ name: '広告.csv', bytes: shiftJis(delimited([['日付', '費用'], ['2025/04/01', '\\12,000']], ',')) }] },
    expect: { totals: { cost: 12000 }, warnings: [] },
  },
  {
    name: 'a GA4 CSV with # comment lines reads from its real header (UTF-8 with BOM)',
    covers: ['ga4:comment-lines', 'ga4:yyyymmdd', 'encoding:utf-8-bom'],
    input: { files: [{ name: 'GA4.csv', bytes: utf8Bom(delimited(GA4_EN, ',', '\n')) }] },
    expect: {
      // Sessions 150 + 95 + 33 + 5 = 283; engaged 90 + 40 + 20 + 1 = 151.
      totals: { sessions: 283, engagedSessions: 151, leads: null, cost: null },
      period: { from: '2025-04-01', to: '2025-04-02' },
      byChannel: [{ channel: 'Organic Search', sessions: 150 }],
      warnings: [],
    },
  },
  {
    name: 'a Google Ads report as UTF-16LE TSV: title rows, -- cells and Total rows',
    covers: ['google-ads:title-rows', 'google-ads:dashes', 'google-ads:total-rows', 'encoding:utf-16le-tsv'],
    language: 'en',
    input: { files: [{ name: 'Google Ads.tsv', bytes: utf16le(delimited(GOOGLE_ADS_EN, '\t')) }] },
    expect: {
      // Cost 6,720 + 0 + 1,500.50; impressions 1,234 + 2,000 (-- is blank); clicks 56 + 0. Totals rows are not data.
      totals: { cost: 8220.5, impressions: 3234, clicks: 56 },
      period: { from: '2025-04-01', to: '2025-04-03' },
      byChannel: [{ channel: 'Google Ads', cost: 8220.5 }],
      warnings: [warning('total_rows_skipped', 'Google Ads', 7, null, '(rows 7, 8)')],
      literals: [{ text: 'Google Ads', sheet: 'By channel' }],
    },
  },
  {
    name: 'a quoted cell holding a comma and a line break stays one row, so row numbers stay right',
    covers: ['encoding:quoted-newline'],
    input: {
      files: [
        {
          name: 'リード.csv',
          bytes: utf8(
            delimited(
              [
                ['リードID', '作成日', '流入元', 'メモ'],
                ['L1', '2025/04/01', 'Web, 問い合わせ', '1行目\n2行目'],
                ['L2', '2025/04/31', 'Web, 問い合わせ', ''],
                ['L3', '2025/04/02', 'Web, 問い合わせ', ''],
              ],
              ',',
            ),
          ),
        },
      ],
    },
    expect: {
      // L2 is on row 3 of the tab, though it starts on line 4 of the file.
      totals: { leads: 2 },
      byChannel: [{ channel: 'Web, 問い合わせ', leads: 2 }],
      warnings: [warning('unparseable_date', 'リード', 3, 'created_date', '2025/04/31')],
    },
  },
];
