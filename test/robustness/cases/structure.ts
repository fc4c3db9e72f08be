/**
 * Workbook shapes: empty workbooks and tabs, header-only tabs, merged and two-row headers, future
 * dates, duplicates, deals that match no lead, spreadsheet error values, and bad settings.
 *
 * Decisions where the spec is silent:
 * - Two-row headers (a merged group title such as 実績 over 費用/表示回数/クリック数, or 日付/媒体
 *   merged down across both header rows) are read as ONE header: a careful user sees one table, and
 *   reading only one of the rows either loses columns or, worse, counts ad rows as leads.
 * - A date years ahead (a typo such as 2099) is data like any other: counted, and the period and
 *   as-of date follow it (design §4.1 takes them from the data, never from a clock).
 * - A spreadsheet error value (`#N/A` from a broken lookup) in a data row is a value, not a GA4
 *   comment line: the row is read (or named in a warning), never dropped silently (design §3.3).
 */
import { tab, warning, type RobustnessCase } from '../corpusCase';

export const structureCases: readonly RobustnessCase[] = [
  {
    name: 'an empty workbook (one blank sheet) gets no_usable_tab naming the empty tab',
    covers: ['empty-workbook'],
    input: { tabs: [tab('シート1', [])] },
    expect: { error: { code: 'no_usable_tab', words: ['ファネルを計算できるタブがありません', '「シート1」', '空のタブ'] } },
  },
  {
    name: 'an empty workbook in English names the empty tab too',
    covers: ['empty-workbook'],
    language: 'en',
    input: { tabs: [tab('Sheet1', [])] },
    expect: { error: { code: 'no_usable_tab', words: ['No tab can feed the funnel', '"Sheet1"', 'empty'] } },
  },
  {
    name: 'a sheet of blank strings and spaces is empty too',
    covers: ['empty-workbook'],
    input: { tabs: [tab('シート1', [['', ' '], ['　', '']])] },
    expect: { error: { code: 'no_usable_tab', words: ['「シート1」'] } },
  },
  {
    name: 'a header-only ads tab is recognised but has no rows',
    covers: ['header-only'],
    input: { tabs: [tab('広告', [['日付', '媒体', '費用']])] },
    expect: { error: { code: 'no_usable_tab', words: ['「広告」', '広告', '使える行がありませんでした'] } },
  },
  {
    name: 'a header-only leads tab next to a usable ads tab gives 0 leads, not a failure',
    covers: ['header-only'],
    input: {
      tabs: [tab('広告', [['日付', '費用'], ['2025-04-01', 1000]]), tab('リード', [['リードID', '作成日', '流入元', '商談日']])],
    },
    // A leads tab exists, so leads are 0 rather than null (design §5).
    expect: { totals: { leads: 0, opportunities: 0, cost: 1000 }, warnings: [] },
  },
  {
    name: 'a tab of notes with no known header is explained',
    covers: ['unrecognised-tab'],
    input: { tabs: [tab('メモ', [['打ち合わせメモ'], ['来週までに資料を作る']])] },
    expect: { error: { code: 'no_usable_tab', words: ['「メモ」', '認識できる列名が見つかりませんでした'] } },
  },
  {
    name: 'a tab with a date column but no cost says which required column is missing',
    covers: ['unrecognised-tab'],
    input: { tabs: [tab('広告', [['日付', 'クリック数'], ['2025-04-01', 10]])] },
    expect: { error: { code: 'no_usable_tab', words: ['「広告」'] } },
  },
  {
    name: 'a tab of only # lines (an export with no data) is not usable',
    covers: ['ga4:comment-lines', 'header-only'],
    input: { tabs: [tab('GA4', [['# ----'], ['# 開始日: 20250401'], ['# 終了日: 20250430']])] },
    expect: { error: { code: 'no_usable_tab', words: ['「GA4」'] } },
  },
  {
    name: 'a merged group title above the header row is skipped',
    covers: ['merged-header'],
    input: {
      tabs: [
        tab('広告', [
          ['', '', '広告実績', '', ''],
          ['日付', '媒体', '費用', '表示回数', 'クリック数'],
          ['2025-04-01', 'Google広告', 1000, 100, 10],
          ['2025-04-02', 'Google広告', 2000, 200, 20],
        ]),
      ],
    },
    expect: { totals: { cost: 3000, impressions: 300, clicks: 30 }, warnings: [] },
  },
  {
    name: 'a two-row header (日付・媒体 merged down, 実績 over 費用・表示回数・クリック数) is read as one ads header',
    covers: ['two-row-header'],
    input: {
      tabs: [
        tab('広告', [
          ['日付', '媒体', '実績', '', ''],
          ['', '', '費用', '表示回数', 'クリック数'],
          ['2025-04-01', 'Google広告', 1000, 100, 10],
          ['2025-04-02', '展示会', 2000, '', ''],
        ]),
      ],
    },
    // An ads tab: cost 3,000, impressions 100, clicks 10 — and no leads (no leads tab exists).
    expect: { totals: { cost: 3000, impressions: 100, clicks: 10, leads: null }, warnings: [] },
  },
  {
    name: 'a two-row header whose second row only adds columns (表示回数・クリック数) reads both rows',
    covers: ['two-row-header'],
    input: {
      tabs: [
        tab('広告', [
          ['日付', '媒体', '費用', '内訳', ''],
          ['', '', '', '表示回数', 'クリック数'],
          ['2025-04-01', 'Google広告', 1000, 100, 10],
        ]),
      ],
    },
    expect: { totals: { cost: 1000, impressions: 100, clicks: 10 }, warnings: [] },
  },
  {
    name: 'a lead created in 2099 (a typo) is skipped with a future-date warning, so the period stays in 2025',
    covers: ['future-date'],
    input: {
      tabs: [
        tab('広告', [['日付', '費用'], ['2025-04-01', 1000]]),
        tab('リード', [['作成日', '流入元'], ['2025-04-01', 'Web'], ['2099-12-31', 'Web']]),
      ],
    },
    expect: {
      totals: { leads: 1, cost: 1000 },
      period: { from: '2025-04-01', to: '2025-04-01' },
      asOf: '2025-04-01',
      warnings: [warning('future_date', 'リード', 3, 'created_date')],
      check: (summary) => {
        expect(summary.byMonth).toHaveLength(1);
        expect(summary.warnings.find((w) => w.code === 'future_date')?.message).toContain('「2099-12-31」は未来の日付です');
      },
    },
  },
  {
    name: 'a stage date after every other date moves as-of, not the period',
    covers: ['future-date'],
    input: { tabs: [tab('リード', [['作成日', '受注日'], ['2025-04-01', '2026-01-01']])] },
    expect: {
      totals: { leads: 1, won: 1, opportunities: 1 },
      period: { from: '2025-04-01', to: '2025-04-01' },
      asOf: '2026-01-01',
      warnings: [],
    },
  },
  {
    name: 'a stage dated after today (a typo) still counts as reached, without moving the as-of date',
    covers: ['future-date'],
    input: { tabs: [tab('リード', [['作成日', '受注日'], ['2025-04-01', '2099-01-01']])] },
    expect: {
      totals: { leads: 1, won: 1, opportunities: 1 },
      period: { from: '2025-04-01', to: '2025-04-01' },
      asOf: '2025-04-01',
      warnings: [warning('future_date', 'リード', 2, 'won_date')],
    },
  },
  {
    name: 'duplicate leads (same ID) are counted once, keeping the furthest stage',
    covers: ['duplicates'],
    input: {
      tabs: [
        tab('リード', [
          ['リードID', '作成日', '商談日', '受注日'],
          ['L1', '2025-04-01', '', ''],
          ['L1', '2025-04-02', '2025-04-03', '2025-04-09'],
          ['L2', '2025-04-02', '', ''],
        ]),
      ],
    },
    expect: { totals: { leads: 2, opportunities: 1, won: 1 }, warnings: [warning('duplicate_leads_merged', null, null, 'lead_id')] },
  },
  {
    name: 'a deal that matches no lead is named and left out of the cohort',
    covers: ['unlinked-deals'],
    input: {
      tabs: [
        tab('リード', [['リードID', '作成日'], ['L1', '2025-04-01']]),
        tab('商談', [
          ['商談ID', 'リードID', '作成日', 'ステージ', '金額'],
          ['D1', 'L1', '2025-04-05', '受注', 100000],
          ['D2', 'L9', '2025-04-06', '受注', 50000],
        ]),
      ],
    },
    // L1 has won deal D1; D2 (lead L9) matches nothing, row 3 of 商談.
    expect: {
      totals: { leads: 1, opportunities: 1, won: 1, revenue: 100000 },
      warnings: [warning('unlinked_deals', '商談', 3, null, '3')],
    },
  },
  {
    name: 'a #N/A from a broken lookup in the first column is a value, not a comment line',
    covers: ['error-values'],
    input: { tabs: [tab('リード', [['流入元', '作成日'], ['#N/A', '2025-04-01'], ['Web', '2025-04-02']])] },
    expect: { totals: { leads: 2 }, warnings: [] },
  },
  {
    name: 'a lead with a header cell carrying a BOM still maps',
    covers: ['bom-header'],
    input: { tabs: [tab('リード', [['\uFEFF作成日', '流入元'], ['2025-04-01', 'Web']])] },
    expect: { totals: { leads: 1 }, warnings: [] },
  },
  {
    name: 'settings with an unknown view are refused with invalid_settings',
    covers: ['invalid-settings'],
    settings: { view: 'weekly' },
    input: { tabs: [tab('広告', [['日付', '費用'], ['2025-04-01', 1000]])] },
    expect: { error: { code: 'invalid_settings', words: ['設定に誤りがあります'] } },
  },
  {
    name: 'a period that ends before it starts is refused with invalid_settings',
    covers: ['invalid-settings'],
    settings: { from: '2025-05-01', to: '2025-04-01' },
    input: { tabs: [tab('広告', [['日付', '費用'], ['2025-04-01', 1000]])] },
    expect: { error: { code: 'invalid_settings', words: ['設定に誤りがあります'] } },
  },
];
