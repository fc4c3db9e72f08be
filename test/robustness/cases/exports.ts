/**
 * Quirks of real exports pasted into tabs: GA4's `#` preamble and YYYYMMDD days, Google Ads' title
 * rows, `--` cells and `合計: アカウント` / `Total: Account` rows, repeated headers and blank rows.
 */
import { tab, warning, type RobustnessCase } from '../corpusCase';

export const exportCases: readonly RobustnessCase[] = [
  {
    name: 'GA4 (Japanese UI) pasted with its # preamble, a blank line and YYYYMMDD days',
    covers: ['ga4:comment-lines', 'ga4:yyyymmdd'],
    input: {
      tabs: [
        tab('GA4', [
          ['# ----------------------------------------'],
          ['# トラフィック獲得: セッションのメインのチャネル グループ（デフォルト チャネル グループ）'],
          ['# 開始日: 20250401'],
          ['# 終了日: 20250430'],
          [''],
          ['日付', 'セッションのメインのチャネル グループ（デフォルト チャネル グループ）', 'セッション', 'エンゲージのあったセッション数'],
          ['20250401', 'Organic Search', '150', '90'],
          ['20250401', 'Paid Search', '95', '40'],
          ['20250402', 'Direct', '33', '20'],
          ['20250430', 'Organic Search', '10', '5'],
        ]),
      ],
    },
    expect: {
      // Sessions 150 + 95 + 33 + 10 = 288; engaged 90 + 40 + 20 + 5 = 155; Organic Search 150 + 10.
      totals: { sessions: 288, engagedSessions: 155 },
      period: { from: '2025-04-01', to: '2025-04-30' },
      byChannel: [{ channel: 'Organic Search', sessions: 160 }],
      warnings: [],
    },
  },
  {
    name: 'GA4 day column converted to numbers by Sheets (20250401 as a number) still reads as days',
    covers: ['ga4:yyyymmdd-number'],
    input: {
      tabs: [
        tab('GA4', [
          ['Date', 'Session default channel group', 'Sessions'],
          [20250401, 'Organic Search', 150],
          [20250402, 'Direct', 30],
        ]),
      ],
    },
    expect: { totals: { sessions: 180 }, period: { from: '2025-04-01', to: '2025-04-02' }, warnings: [] },
  },
  {
    name: 'GA4 comment lines between the header and the data are not data',
    covers: ['ga4:comment-lines'],
    input: {
      tabs: [
        tab('GA4', [
          ['日付', 'セッションのデフォルト チャネル グループ', 'セッション'],
          ['# 合計行はありません'],
          ['20250401', 'Organic Search', '150'],
        ]),
      ],
    },
    expect: { totals: { sessions: 150 }, warnings: [] },
  },
  {
    name: 'Google 広告 (Japanese UI): title rows, -- cells, 合計: アカウント and 合計: キャンペーン rows',
    covers: ['google-ads:title-rows', 'google-ads:dashes', 'google-ads:total-rows'],
    input: {
      tabs: [
        tab('Google広告', [
          ['キャンペーン レポート'],
          ['2025年4月1日 - 2025年4月30日'],
          ['日', 'キャンペーン', '通貨コード', '表示回数', 'クリック数', '費用', 'コンバージョン'],
          ['2025-04-01', '指名検索', 'JPY', '1,234', '56', '6,720', '2.00'],
          ['2025-04-02', '一般検索', 'JPY', '2,000', '0', '0', '--'],
          ['2025-04-03', '一般検索', 'JPY', '--', '--', '1,500', '--'],
          ['合計: アカウント', '', 'JPY', '3,234', '56', '8,220', '2.00'],
          ['合計: キャンペーン', '--', 'JPY', '3,234', '56', '8,220', '2.00'],
          ['合計: 検索', '--', 'JPY', '3,234', '56', '8,220', '2.00'],
        ]),
      ],
    },
    expect: {
      // Cost 6,720 + 0 + 1,500 = 8,220; impressions 1,234 + 2,000 = 3,234; clicks 56 + 0 = 56.
      // No channel column: the tab's name is the channel.
      totals: { cost: 8220, impressions: 3234, clicks: 56 },
      period: { from: '2025-04-01', to: '2025-04-03' },
      byChannel: [{ channel: 'Google広告', cost: 8220, impressions: 3234 }],
      warnings: [warning('total_rows_skipped', 'Google広告', 7, null, '（7、8、9行目）')],
      literals: [{ text: 'Google広告', sheet: 'チャネル別' }],
    },
  },
  {
    name: 'Google Ads (English UI): Total: Account and Total: Campaigns rows are not data',
    covers: ['google-ads:total-rows', 'google-ads:dashes'],
    language: 'en',
    input: {
      tabs: [
        tab('Google Ads', [
          ['Campaign report'],
          ['April 1, 2025 - April 30, 2025'],
          ['Day', 'Campaign', 'Impr.', 'Clicks', 'Cost'],
          ['2025-04-01', 'Brand', '1,000', '50', '5,000'],
          ['2025-04-02', 'Generic', '--', '--', '2,500.50'],
          ['Total: Account', '--', '1,000', '50', '7,500.50'],
          ['Total: Campaigns', '--', '1,000', '50', '7,500.50'],
        ]),
      ],
    },
    expect: { totals: { cost: 7500.5, impressions: 1000, clicks: 50 }, warnings: [warning('total_rows_skipped', 'Google Ads', 6, null, '(rows 6, 7)')] },
  },
  {
    name: 'hand-made totals (総計, Grand total, 小計) in any of the first columns are not data',
    covers: ['total-rows'],
    input: {
      tabs: [
        tab('広告', [
          ['日付', '媒体', '費用'],
          ['2025-04-01', 'Google広告', 1000],
          ['', '小計', 1000],
          ['2025-04-02', '展示会', 2000],
          ['総計', '', 3000],
          ['Grand total', '', 3000],
        ]),
      ],
    },
    // None has a date: totals, counted and named in one warning.
    expect: { totals: { cost: 3000 }, warnings: [warning('total_rows_skipped', '広告', 3, null, '3行（3、5、6行目）')] },
  },
  {
    name: 'a campaign called "Total Care" is data, not a total row',
    covers: ['total-rows'],
    input: { tabs: [tab('広告', [['日付', 'キャンペーン', '費用'], ['2025-04-01', 'Total Care キャンペーン', 1000]])] },
    expect: { totals: { cost: 1000 }, warnings: [] },
  },
  {
    name: 'a second export pasted under the first repeats the header; blank rows in between are not data',
    covers: ['repeated-header', 'blank-rows'],
    input: {
      tabs: [
        tab('リード', [
          ['リードID', '作成日', '流入元'],
          ['L1', '2025-04-01', 'Web'],
          ['', '', ''],
          ['リードID', '作成日', '流入元'],
          ['L2', '2025-04-02', 'Web'],
          [],
          ['L3', '2025-04-03', '展示会'],
        ]),
      ],
    },
    expect: { totals: { leads: 3 }, warnings: [] },
  },
  {
    name: 'a report title above the header shifts row numbers: the bad row is named as the user sees it',
    covers: ['title-rows'],
    input: {
      tabs: [
        tab('広告', [
          ['広告実績レポート 2025年4月'],
          ['作成: マーケティング部'],
          ['日付', '媒体', '費用'],
          ['2025-04-01', 'Google広告', 1000],
          ['2025-04-31', 'Google広告', 500],
        ]),
      ],
    },
    expect: { totals: { cost: 1000 }, warnings: [warning('unparseable_date', '広告', 5, 'date', '2025-04-31')] },
  },
  {
    name: 'Salesforce (Japanese UI) report pair: 取引先責任者: メール links the deals, JPY amounts, the footer is one note per tab',
    covers: ['export-footer', 'number:currency-code', 'link:related-person'],
    input: {
      tabs: [
        tab('report1764901234567', [
          ['リード 所有者', '名', '姓', 'メール', 'リードソース', 'リード状況', '作成日'],
          ['山田 太郎', '翔太', '佐藤', 'sato@example.co.jp', 'Web', '取引開始', '2025/04/01'],
          ['山田 太郎', '美咲', '鈴木', 'suzuki@example.co.jp', '展示会', '取引開始', '2025/04/02'],
          ['山田 太郎', '大輔', '高橋', 'takahashi@example.co.jp', '広告', '不適格', '2025/04/03'],
          [],
          ['合計'],
          ['3'],
          [],
          ['機密情報 - 社外秘'],
          ['Copyright (c) 2000-2025 salesforce.com, inc. All rights reserved.'],
        ]),
        tab('report1764901299999', [
          ['商談 所有者', '取引先名', '商談名', '金額', '完了予定日', '作成日', 'フェーズ', '取引先: 取引先 ID', '取引先責任者: メール'],
          ['山田 太郎', '東和株式会社', '新規導入', 'JPY 1,200,000', '2025/05/15', '2025/04/10', '成立', '0015g00000A', 'sato@example.co.jp'],
          ['山田 太郎', '北斗工業株式会社', '新規導入', 'JPY 800,000', '2025/05/20', '2025/04/12', '不成立', '0015g00000B', 'suzuki@example.co.jp'],
          [],
          ['合計'],
          ['JPY 2,000,000'],
          [],
          ['機密情報 - 社外秘'],
          ['Copyright (c) 2000-2025 salesforce.com, inc. All rights reserved.'],
        ]),
      ],
    },
    expect: {
      // Both deals link by the contact's e-mail: one won (1,200,000), one lost; 不適格 stays a lead.
      totals: { leads: 3, opportunities: 2, won: 1, lost: 1, revenue: 1200000 },
      warnings: [
        warning('footer_rows_skipped', 'report1764901234567', 6, null, '（6、7、9、10行目）', '機密情報 - 社外秘'),
        warning('footer_rows_skipped', 'report1764901299999', 5, null, '（5、6、8、9行目）'),
      ],
    },
  },
  {
    name: 'a multi-currency amount column (USD and JPY) is added as written, with one warning',
    covers: ['number:currency-code', 'mixed-currencies'],
    language: 'en',
    input: {
      tabs: [
        tab('Opportunities', [
          ['Opportunity Name', 'Stage', 'Amount', 'Created Date', 'Close Date'],
          ['A', 'Closed Won', 'USD 12,000.00', '2025-04-01', '2025-05-01'],
          ['B', 'Closed Won', 'JPY 1,200,000', '2025-04-02', '2025-05-02'],
        ]),
      ],
    },
    expect: { totals: { won: 2, revenue: 1212000 }, warnings: [warning('mixed_currencies', 'Opportunities', null, 'amount', 'USD, JPY')], ignoreCodes: ['period_view_without_leads'] },
  },
];
