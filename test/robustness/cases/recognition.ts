/**
 * Which kind a tab is read as. A hand-made leads tab (リードID, 作成日, 受注日, ステータス) and a
 * HubSpot contacts export (Record ID, Create Date, Close Date) are leads, whatever they share with a
 * deals export: the tab's name says リード and the columns fit a leads tab completely (design §3.2: the
 * kind is guessed from the matched fields; the name breaks ties). Reading them as deals would leave
 * every lead out of the funnel.
 */
import { tab, type RobustnessCase } from '../corpusCase';

export const recognitionCases: readonly RobustnessCase[] = [
  {
    name: 'a hand-made leads tab with リードID, 作成日, 受注日 and ステータス is read as leads',
    covers: ['recognition:leads-vs-deals'],
    input: {
      tabs: [
        tab('リード', [
          ['リードID', '作成日', '受注日', 'ステータス'],
          ['L1', '2025-04-01', '2025-04-20', '受注'],
          ['L2', '2025-04-02', '', '商談中'],
          ['L3', '2025-04-03', '', 'リード'],
        ]),
      ],
    },
    // L1 won (受注日 and 受注) ⇒ 商談 too; L2 商談中; L3 a lead only.
    expect: { totals: { leads: 3, opportunities: 2, won: 1 }, warnings: [] },
  },
  {
    // Design §3.2.1 (real exports): a close date never makes a lead won by itself — Salesforce's
    // CloseDate is an expected date, and an opportunity list read as leads counted every open deal as
    // won. HubSpot's Close Date (the day a contact became a customer) dates the win its lifecycle
    // stage shows. (This case used to count a close date alone as a win.)
    name: 'a HubSpot contacts export (Record ID, Create Date, Lifecycle Stage, Close Date) is read as leads; Close Date dates a customer\'s win and makes no lead won by itself',
    covers: ['recognition:leads-vs-deals'],
    language: 'en',
    input: {
      tabs: [
        tab('Contacts', [
          ['Record ID', 'Create Date', 'Lifecycle Stage', 'Close Date'],
          ['101', '2025-04-01 10:15', 'Customer', '2025-04-15 09:00'],
          ['102', '2025-04-02 11:00', 'Lead', '2025-04-20 09:00'],
          ['103', '2025-04-03 12:00', 'Lead', ''],
        ]),
      ],
    },
    // 101 is a customer (won ⇒ opportunity); 102's close date alone is no win.
    expect: { totals: { leads: 3, opportunities: 1, won: 1 }, warnings: [] },
  },
  {
    name: 'a header-only リード tab (ステータス, 作成日, 受注日) next to an ads tab gives 0 leads, not null',
    covers: ['recognition:leads-vs-deals', 'header-only'],
    input: {
      tabs: [tab('リード', [['ステータス', '作成日', '受注日']]), tab('広告', [['費用', '日付'], [0, '2024-01-01']])],
    },
    expect: { totals: { leads: 0, opportunities: 0, won: 0, cost: 0 }, warnings: [] },
  },
  {
    name: 'the same columns in a tab named 商談 are a deals tab (no leads tab, so leads are null)',
    covers: ['recognition:leads-vs-deals'],
    input: {
      tabs: [
        tab('商談', [
          ['リードID', '作成日', '受注日', 'ステータス'],
          ['L1', '2025-04-01', '2025-04-20', '受注'],
        ]),
      ],
    },
    // Deals without leads are counted in the period view (design §3.2.1), which the warning says:
    // 1 商談 created 04-01 and won (受注) on its 受注日 04-20, inside the period 04-01..04-20.
    expect: {
      totals: { leads: null, opportunities: 1, won: 1 },
      warnings: [{ code: 'period_view_without_leads', tab: null, row: null, field: null, words: ['発生日ベースの集計'] }],
    },
  },
];
