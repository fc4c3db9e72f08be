/**
 * Total rows told by their shape, never by one word (issue 16 item 2): real rows labelled `TOTAL`,
 * `Sum`, `計` (a Japanese given name too) or `Total - …` stay data; rows skipped as totals are
 * counted and named in one warning per tab. And reports without a day column (design §3.2.1).
 */
import { tab, warning, type RobustnessCase } from '../corpusCase';

export const totalCases: readonly RobustnessCase[] = [
  {
    name: 'leads whose company is TOTAL or Sum and whose owner is 計 are leads, not totals',
    covers: ['total-rows:real-label'],
    input: {
      tabs: [
        tab('リード', [
          ['作成日', '会社名', '担当者', 'メールアドレス'],
          ['2025-04-01', 'TOTAL', '計', 'a@example.jp'],
          ['2025-04-02', 'Sum', '山田', 'b@example.jp'],
          ['2025-04-03', '合計', '計', 'c@example.jp'],
        ]),
      ],
    },
    expect: { totals: { leads: 3 }, warnings: [] },
  },
  {
    name: 'a campaign called Total - Search with a date is data; the dateless 合計 below it is a total',
    covers: ['total-rows:real-label', 'total-rows:no-date'],
    input: {
      tabs: [
        tab('広告', [
          ['日付', 'キャンペーン', '費用'],
          ['2025-04-01', 'Total - Search', 1000],
          ['2025-04-02', 'Total', 500],
          ['合計', '', 1500],
        ]),
      ],
    },
    expect: { totals: { cost: 1500 }, warnings: [warning('total_rows_skipped', '広告', 4, null, '1行（4行目）')] },
  },
  {
    name: 'a Google Ads report without a day column: Total rows told by their sums and by following each other',
    covers: ['total-rows:sums', 'google-ads:period-in-preamble'],
    language: 'en',
    input: {
      tabs: [
        tab('Google Ads', [
          ['Campaign report'],
          ['July 8, 2025 - July 31, 2025'],
          ['Campaign status', 'Campaign', 'Budget', 'Impr.', 'Cost'],
          ['Enabled', 'Video views', '5000.00', '25,881', '1661.67'],
          ['Enabled', 'Total', '500.00', '20,287', '904.26'],
          ['Total: Campaigns', ' --', ' --', '46,168', '2565.92'],
          ['Total: Account', '', '', '46,168', '2565.92'],
        ]),
      ],
    },
    expect: {
      // 1661.67 + 904.26 (the campaign called "Total" is data: it has a status and sums nothing).
      totals: { cost: 2565.93, impressions: 46168 },
      period: { from: '2025-07-08', to: '2025-07-31' },
      warnings: [
        warning('total_rows_skipped', 'Google Ads', 6, null, '(rows 6, 7)'),
        warning('stated_period', 'Google Ads', null, 'date', '2025-07-08 to 2025-07-31', 'Segment → Time → Day'),
      ],
    },
  },
  {
    name: 'a GA4 exploration puts its Grand total first, past the last column: not data',
    covers: ['total-rows:sums', 'ga4:period-in-preamble'],
    language: 'en',
    input: {
      tabs: [
        tab('exploration', [
          ['# ----------------------------------------'],
          ['# 20230515-20230521'],
          ['App-instance ID', 'Stream name', 'Event count', 'Sessions', 'Total users'],
          ['', '', '48', '5', '3', 'Grand total'],
          ['729222800.1684694001', 'brightgthb - GA4', '42', '3', '1'],
          ['396843460.1684693452', 'brightgthb - GA4', '6', '2', '2'],
        ]),
      ],
    },
    expect: {
      totals: { sessions: 5 },
      period: { from: '2023-05-15', to: '2023-05-21' },
      warnings: [
        warning('total_rows_skipped', 'exploration', 4, null, '(row 4)'),
        warning('stated_period', 'exploration', null, 'date', 'Date dimension'),
      ],
    },
  },
  {
    name: 'an undated e-mail list: the 合計 row sums the sends above it, the 計 campaign does not',
    covers: ['total-rows:sums', 'email-only'],
    input: {
      tabs: [
        tab('メール', [
          ['配信名', '配信数', '開封数'],
          ['4月メルマガ', '1000', '250'],
          ['計', '300', '90'],
          ['合計', '1300', '340'],
        ]),
      ],
    },
    expect: {
      warnings: [warning('total_rows_skipped', 'メール', 4, null, '1行（4行目）')],
      check: (summary) => {
        const delivered = summary.email.map((row) => [row.campaign, row.delivered]);
        if (JSON.stringify(delivered) !== JSON.stringify([['4月メルマガ', 1000], ['計', 300]])) throw new Error(`email rows: ${JSON.stringify(delivered)}`);
      },
    },
  },
  {
    name: 'a Google Ads "All time" report (no period, no day column) is refused with how to add a day column',
    covers: ['google-ads:all-time'],
    language: 'en',
    input: {
      tabs: [tab('Google Ads', [['Campaign report'], ['All time'], ['Campaign', 'Impr.', 'Cost'], ['Brand', '1,000', '50']])],
    },
    expect: { error: { code: 'no_usable_tab', words: ['"Google Ads" (1 row)', 'no day column and states no period', 'Segment → Time → Day'] } },
  },
  {
    name: 'an unused tab next to a used one is named in a warning with its rows and why',
    covers: ['unused-tab-warning'],
    language: 'en',
    input: {
      tabs: [
        tab('Leads', [['Create Date', 'Email'], ['2025-04-01', 'a@example.com']]),
        tab('products', [['product_id', 'product_name', 'sales_price'], ['P200', 'CRM Starter', '30075']]),
      ],
    },
    expect: {
      totals: { leads: 1 },
      warnings: [warning('unusable_tab', 'products', null, null, '"products" (1 row)', 'no known column header', '"product_id"')],
    },
  },
];
