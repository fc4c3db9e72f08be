/**
 * Issue 16: hostile and broken files, each with the warning or the exit code it must produce —
 * a trigger hidden by Unicode composition (class 1), invalid UTF-8 bytes and a stray byte in UTF-16 (3), far and huge
 * dimensions (5), characters XML cannot hold (8), a tab named like the runner's state sheet (10),
 * files from other tools and a period before all data (11).
 */
import ExcelJS from 'exceljs';
import { rawXlsx } from '../../fixtures/rawXlsx';
import type { RobustnessCase } from '../corpusCase';
import { tab, warning } from '../corpusCase';

const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8');

/** Leads CSV whose row 3 (the user's row, header = 1) has one byte that is not UTF-8 in its channel. */
function leadsWithBadByte(): Uint8Array {
  return Buffer.concat([utf8('リードID,作成日,流入元\r\nL1,2025/04/01,展示会\r\nL2,2025/04/02,Google'), Buffer.from([0x8e]), utf8('広告\r\nL3,2025/04/03,展示会\r\n')]);
}

/**
 * The same leads as UTF-16LE tab-separated text (Excel's "Unicode text") with one stray byte in row
 * 3's channel: read one byte off, every row after it would melt into one cell.
 */
function utf16LeadsWithStrayByte(): Uint8Array {
  const le = (text: string): Buffer => Buffer.from(text, 'utf16le');
  return Buffer.concat([Buffer.from([0xff, 0xfe]), le('リードID\t作成日\t流入元\r\nL1\t2025/04/01\t展示会\r\nL2\t2025/04/02\tGoog'), Buffer.from([0x41]), le('le広告\r\nL3\t2025/04/03\t展示会\r\nL4\t2025/04/04\t展示会\r\n')]);
}

/** An .xlsx whose only sheet holds the given sheetData XML (as another tool would write it). */
function sheetXlsx(sheetName: string, sheetData: string, sharedStrings: readonly string[]): Promise<Uint8Array> {
  return rawXlsx({ [sheetName]: `<sheetData>${sheetData}</sheetData>` }, { sharedStrings });
}

/** Shared strings: 0 リードID, 1 作成日, 2 流入元, 3 L1, 4 展示会, 5 L2, 6 メモ. */
const LEAD_STRINGS = ['リードID', '作成日', '流入元', 'L1', '展示会', 'L2', 'メモ'];
const LEAD_ROWS =
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
  '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="inlineStr"><is><t>2025-04-01</t></is></c><c r="C2" t="s"><v>4</v></c></row>' +
  '<row r="3"><c r="A3" t="s"><v>5</v></c><c r="B3" t="inlineStr"><is><t>2025-04-02</t></is></c><c r="C3" t="s"><v>4</v></c></row>';

async function userTabNamedLikeState(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('リード').addRows([['リードID', '作成日', '流入元'], ['L1', '2025-04-01', 'Web'], ['L2', '2025-04-02', 'Web']]);
  // A visible user tab with the state sheet's name and header: it is data, not the runner's state.
  book.addWorksheet('_funnel_kpi_state').addRows([['kind', 'sheet', 'key', 'value', 'visibility'], ['metadata', 'リード', 'funnelKpi.report', '"x"', 'DOCUMENT']]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

export const hostileFileCases: readonly RobustnessCase[] = [
  {
    name: 'a channel "=" + U+0338 (NFKC composes it into ≠) stays literal text in the report and the .xlsx',
    covers: ['hostile:composed-trigger'],
    input: { tabs: [tab('リード', [['リードID', '作成日', '流入元'], ['L1', '2025-04-01', '=\u0338IMPORTXML("http://x","//a")'], ['L2', '2025-04-02', '\uFF0B\u0338\uFE0F81']])] },
    expect: {
      totals: { leads: 2 },
      warnings: [],
      literals: [{ text: '=\u0338IMPORTXML("http://x","//a")', sheet: 'チャネル別' }, { text: '\uFF0B\u0338\uFE0F81', sheet: 'チャネル別' }],
    },
  },
  {
    name: 'one invalid UTF-8 byte keeps the CSV as UTF-8: the tab is used, the byte reads as U+FFFD, a warning names row 3',
    covers: ['encoding:invalid-utf-8'],
    input: { files: [{ name: 'リード.csv', bytes: leadsWithBadByte() }, { name: '広告.csv', bytes: utf8('日付,媒体,費用\r\n2025/04/01,展示会,1000\r\n') }] },
    expect: {
      totals: { leads: 3, cost: 1000 },
      byChannel: [{ channel: '展示会', leads: 2 }, { channel: 'Google\uFFFD広告', leads: 1 }],
      warnings: [warning('invalid_text_bytes', 'リード', 3, null, '「リード」3行目', '�')],
    },
  },
  {
    name: 'one stray byte in a UTF-16 file: the rows after it are read in their own alignment, the byte reads as U+FFFD, a warning names row 3',
    covers: ['encoding:utf-16-stray-byte'],
    input: { files: [{ name: 'リード.txt', bytes: utf16LeadsWithStrayByte() }] },
    expect: {
      totals: { leads: 4 },
      byChannel: [{ channel: '展示会', leads: 3 }, { channel: 'Goog\uFFFDle広告', leads: 1 }],
      warnings: [warning('invalid_text_bytes', 'リード', 3, null, '「リード」3行目', '�')],
    },
  },
  {
    name: 'a CSV 16,385 columns wide is refused (exit 2) naming the column limit',
    covers: ['size:too-wide'],
    language: 'en',
    input: { files: [{ name: 'wide.csv', bytes: utf8(`${Array.from({ length: 16_385 }, (_, i) => `c${i}`).join(',')}\r\n`) }] },
    expect: { inputError: { code: 'too_large', words: ['16,385', '16,384 columns'] } },
  },
  {
    name: 'one cell at XFD1048576 beside the data is refused at once (exit 2) naming the corner',
    covers: ['size:far-cell'],
    language: 'en',
    input: { xlsx: () => sheetXlsx('リード', `${LEAD_ROWS}<row r="1048576"><c r="XFD1048576" t="s"><v>6</v></c></row>`, LEAD_STRINGS) },
    expect: { inputError: { code: 'too_large', words: ['XFD1048576', '10,000,000'] } },
  },
  {
    name: 'a row number of 99,999,999 is refused (exit 2) naming the row limit',
    covers: ['size:far-row'],
    language: 'en',
    input: { xlsx: () => sheetXlsx('リード', `${LEAD_ROWS}<row r="99999999"><c r="A99999999" t="s"><v>6</v></c></row>`, LEAD_STRINGS) },
    expect: { inputError: { code: 'too_large', words: ['99,999,999', '1,048,576 rows'] } },
  },
  {
    name: 'a row numbered -5 is the next row, not the header row it used to replace',
    covers: ['size:bad-row-number'],
    input: { xlsx: () => sheetXlsx('リード', `${LEAD_ROWS}<row r="-5"><c t="inlineStr"><is><t>L3</t></is></c><c t="inlineStr"><is><t>2025-04-03</t></is></c><c t="s"><v>4</v></c></row>`, LEAD_STRINGS) },
    expect: { totals: { leads: 3 }, warnings: [] },
  },
  {
    name: 'a cell written twice (two rows numbered 3) is refused as damaged (exit 2) naming the cell, not one value silently kept',
    covers: ['size:cell-twice'],
    language: 'en',
    input: { xlsx: () => sheetXlsx('リード', `${LEAD_ROWS}<row r="3"><c r="A3" t="s"><v>3</v></c></row>`, LEAD_STRINGS) },
    expect: { inputError: { code: 'corrupt_xlsx', words: ['cell A3 is written twice', 'repair'] } },
  },
  {
    // A lone cell below the table after blank rows is a footer line (design §3.2.1): skipped and named.
    name: 'a note far right of the data but within the limits is read sparsely; its row is named as a footer line',
    covers: ['size:sparse-note'],
    input: { xlsx: () => sheetXlsx('リード', `${LEAD_ROWS}<row r="40"><c r="ZZ40" t="s"><v>6</v></c></row>`, LEAD_STRINGS) },
    expect: { totals: { leads: 2 }, warnings: [warning('footer_rows_skipped', 'リード', 40, null, '1行（40行目）')] },
  },
  {
    name: 'formula cells saved without results (written by a tool that does not compute) are named in a warning',
    covers: ['xlsx:formula-without-result'],
    input: { xlsx: () => sheetXlsx('リード', `${LEAD_ROWS}<row r="4"><c r="A4"><f>A2&amp;"x"</f></c><c r="B4" t="inlineStr"><is><t>2025-04-03</t></is></c><c r="C4" t="s"><v>4</v></c></row>`, LEAD_STRINGS) },
    expect: {
      totals: { leads: 3 },
      warnings: [warning('formula_without_result', 'リード', null, null, 'A4')],
    },
  },
  {
    name: 'U+FFFE and U+FFFF in a channel are replaced in the .xlsx only, with a warning',
    covers: ['xlsx:illegal-characters'],
    input: { tabs: [tab('リード', [['リードID', '作成日', '流入元'], ['L1', '2025-04-01', 'Web\uFFFE'], ['L2', '2025-04-02', 'Web\uFFFF']])] },
    expect: {
      totals: { leads: 2 },
      warnings: [],
      check: (summary) => expect(summary.byChannel.map((row) => row.channel).sort()).toEqual(['Web\uFFFE', 'Web\uFFFF']),
    },
  },
  {
    name: 'a visible user tab named like the runner state sheet stays a data tab and tags nothing',
    covers: ['state:user-tab-named-like-state'],
    input: { xlsx: userTabNamedLikeState },
    // Never silent (design §3.2.1): the user's tab is named as not used, like any other unused tab.
    expect: {
      totals: { leads: 2 },
      warnings: [warning('unusable_tab', '_funnel_kpi_state', null, null, '_funnel_kpi_state')],
      check: (summary) => expect(summary.byChannel.map((row) => row.channel)).toEqual(['Web']),
    },
  },
  {
    name: '--to before every date in the data warns instead of giving an empty report silently',
    covers: ['period:before-data'],
    settings: { to: '2024-12-31' },
    input: { tabs: [tab('リード', [['リードID', '作成日', '流入元'], ['L1', '2025-04-01', 'Web'], ['L2', '2025-04-02', 'Web']])] },
    expect: {
      totals: { leads: 0 },
      warnings: [warning('period_outside_data', null, null, null, '2025-04-01', '2024-12-31')],
      // The period is the day set, never "2025-04-01 to 2024-12-31" (the data's start crossing the end set).
      check: (summary) => expect(summary.period).toEqual({ from: '2024-12-31', to: '2024-12-31' }),
    },
  },
];
