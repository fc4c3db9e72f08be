/**
 * Sizes: 10,000-character cells in every role, a tab name at Sheets' 100-character limit, and a
 * 50,000-row leads tab with exactly one bad row (one warning naming that row, nothing else).
 */
import type { CellInput } from '../../../src/local/workbook/fromTabs';
import { tab, warning, type RobustnessCase } from '../corpusCase';

const LONG_LABEL = 'チャネル'.repeat(2500); // 10,000 characters
const LONG_GARBAGE = 'x'.repeat(10000);
const LONG_DIGITS = '9'.repeat(10000);
const LONG_ID = `L${'0'.repeat(9999)}`;
const LONGEST_TAB_NAME = `広告${'あ'.repeat(98)}`; // 100 characters, Sheets' limit

/** Leads 1…50,000, one per day from 2025-01-01 (cycling the year); every 10th reached 商談 on its created day. */
function bigLeadsTab(badRow: number): CellInput[][] {
  const rows: CellInput[][] = [['リードID', '作成日', '流入元', '商談日']];
  const channels = ['Web', '展示会', '紹介'];
  for (let i = 1; i <= 50000; i += 1) {
    const day = new Date(Date.UTC(2025, 0, 1 + (i % 365)));
    const created = day.toISOString().slice(0, 10);
    rows.push([`L${i}`, created, channels[i % 3] ?? 'Web', i % 10 === 0 ? created : '']);
  }
  // rows[badRow - 1] is the row the user sees as `badRow` (the header is row 1).
  rows[badRow - 1] = [`L${badRow - 1}`, '2025-02-30', 'Web', ''];
  return rows;
}

/** A leads tab whose 1,000 data rows all have an unreadable 作成日 except the first. */
function manyBadRows(): CellInput[][] {
  const rows: CellInput[][] = [['作成日', '流入元'], ['2025-04-01', 'Web']];
  for (let i = 0; i < 1000; i += 1) rows.push([`不明${i}`, 'Web']);
  return rows;
}

/** 500 columns of notes, then the two columns that matter. */
function wideTab(): CellInput[][] {
  const notes = Array.from({ length: 500 }, (_, i) => `メモ${i + 1}`);
  return [
    [...notes, '日付', '費用'],
    [...notes.map(() => 'x'), '2025-04-01', 1000],
  ];
}

export const sizeCases: readonly RobustnessCase[] = [
  {
    name: '1,000 unreadable dates give 20 row warnings and one line counting the other 980',
    covers: ['warning-cap'],
    input: { tabs: [tab('リード', manyBadRows())] },
    expect: {
      totals: { leads: 1 },
      warnings: [
        // Rows 3 … 22 are named one by one; rows 23 … 1,002 (980 rows) are counted in one line.
        ...Array.from({ length: 20 }, (_, i) => warning("unparseable_date", "リード", 3 + i, "created_date", `（${`不明${i}`.length}文字の文字列）`)),
        warning('unparseable_date', 'リード', null, 'created_date', '980'),
      ],
    },
  },
  {
    name: 'the date and cost columns after 500 unknown columns are still found',
    covers: ['wide-tab'],
    input: { tabs: [tab('広告', wideTab())] },
    expect: { totals: { cost: 1000 }, warnings: [] },
  },
  {
    name: 'a header below the first 30 rows is not looked for, and the error says which tab',
    covers: ['header-search-limit'],
    input: {
      tabs: [tab('広告', [...Array.from({ length: 30 }, (_, i) => [`メモ ${i + 1}`]), ['日付', '費用'], ['2025-04-01', 1000]])],
    },
    expect: { error: { code: 'no_usable_tab', words: ['「広告」'] } },
  },
  {
    name: 'a 10,000-character channel name is kept whole and written as literal text',
    covers: ['long-cell:label'],
    input: {
      tabs: [
        tab('広告', [['日付', '媒体', '費用'], ['2025-04-01', LONG_LABEL, 1000]]),
        tab('リード', [['作成日', '流入元'], ['2025-04-01', LONG_LABEL]]),
      ],
    },
    expect: {
      totals: { leads: 1, cost: 1000 },
      byChannel: [{ channel: LONG_LABEL, leads: 1, cost: 1000 }],
      warnings: [],
      literals: [{ text: LONG_LABEL, sheet: 'チャネル別' }],
    },
  },
  {
    name: 'a 10,000-character bad date is named briefly (the warning describes it by its length)',
    covers: ['long-cell:date'],
    input: { tabs: [tab('リード', [['作成日', '流入元'], ['2025-04-01', 'Web'], [LONG_GARBAGE, 'Web']])] },
    expect: {
      totals: { leads: 1 },
      warnings: [warning('unparseable_date', 'リード', 3, 'created_date', '作成日', '（10000文字の文字列）')],
      check: (summary) => {
        for (const w of summary.warnings) expect(w.message.length).toBeLessThan(300);
      },
    },
  },
  {
    name: 'a 10,000-digit cost is out of range, not Infinity',
    covers: ['long-cell:number'],
    input: { tabs: [tab('広告', [['日付', '費用'], ['2025-04-01', 1000], ['2025-04-02', LONG_DIGITS]])] },
    expect: {
      totals: { cost: 1000 },
      warnings: [warning('unparseable_number', '広告', 3, 'cost', '9999999999')],
      check: (summary) => {
        for (const w of summary.warnings) expect(w.message.length).toBeLessThan(300);
      },
    },
  },
  {
    name: 'a 10,000-character header cell is ignored and the other columns still map',
    covers: ['long-cell:header'],
    input: { tabs: [tab('広告', [['日付', LONG_GARBAGE, '費用'], ['2025-04-01', 'a', 1000]])] },
    expect: { totals: { cost: 1000 }, warnings: [] },
  },
  {
    name: 'two rows with the same 10,000-character lead ID are one lead',
    covers: ['long-cell:id', 'duplicates'],
    input: {
      tabs: [
        tab('リード', [
          ['リードID', '作成日', '商談日'],
          [LONG_ID, '2025-04-01', ''],
          [LONG_ID, '2025-04-03', '2025-04-05'],
          ['L2', '2025-04-02', ''],
        ]),
      ],
    },
    // The duplicate keeps the furthest stage (商談) and counts once: 2 leads, 1 商談.
    expect: { totals: { leads: 2, opportunities: 1 }, warnings: [warning('duplicate_leads_merged', null, null, 'lead_id', '1')] },
  },
  {
    name: 'a 100-character tab name (the Sheets limit) is a channel and a source',
    covers: ['long-cell:tab-name'],
    input: { tabs: [tab(LONGEST_TAB_NAME, [['日付', '費用'], ['2025-04-01', 1000]]), tab('リード', [['作成日', '流入元'], ['2025-04-01', 'Web']])] },
    expect: {
      totals: { leads: 1, cost: 1000 },
      byChannel: [{ channel: LONGEST_TAB_NAME, cost: 1000, leads: 0 }],
      warnings: [],
      literals: [{ text: LONGEST_TAB_NAME, sheet: 'チャネル別' }],
    },
  },
  {
    name: 'a 50,000-row leads tab with one bad row gives exactly one warning, naming row 31,337',
    covers: ['large-tab'],
    input: { tabs: [tab('リード', bigLeadsTab(31337))] },
    expect: {
      // 50,000 leads but one skipped; 商談 every 10th lead (i = 10, 20, …, 50,000), and the bad row is i = 31,336, not one of them.
      totals: { leads: 49999, opportunities: 5000 },
      period: { from: '2025-01-01', to: '2025-12-31' },
      warnings: [warning('unparseable_date', 'リード', 31337, 'created_date', '2025-02-30')],
    },
  },
];
