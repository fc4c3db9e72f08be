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
    // Design §3.2.1: a close date never makes a lead won by itself (an expected or lost close date
    // looks the same); only a won status or flag, or a won deal, does. This case used to count it as won.
    name: 'a HubSpot contacts export (Record ID, Create Date, Close Date) is read as leads; a Close Date alone makes no lead won',
    covers: ['recognition:leads-vs-deals'],
    language: 'en',
    input: {
      tabs: [
        tab('Contacts', [
          ['Record ID', 'Create Date', 'Close Date'],
          ['101', '2025-04-01 10:15', '2025-04-15 09:00'],
          ['102', '2025-04-02 11:00', ''],
        ]),
      ],
    },
    expect: { totals: { leads: 2, opportunities: 0, won: 0 }, warnings: [] },
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
    // Cohort view: a deal without a lead is left out (and named), so 0 商談 and 0 受注.
    expect: {
      totals: { leads: null, opportunities: 0, won: 0 },
      warnings: [{ code: 'unlinked_deals', tab: '商談', row: null, field: null, words: ['2'] }],
    },
  },
];
