/**
 * Every number form of design §4.4, through a cost, impressions, bounce-rate or amount column. The
 * expected values are written out by hand next to each form.
 */
import type { CellInput } from '../../../src/local/workbook/fromTabs';
import { tab, warning, type ExpectedWarning, type RobustnessCase } from '../corpusCase';

/** One ads row whose cost is written as `value`. */
function costCase(label: string, value: CellInput, cost: number, covers: string[], warnings: ExpectedWarning[] = []): RobustnessCase {
  return {
    name: `cost ${label} reads as ${cost}`,
    covers,
    input: { tabs: [tab('広告', [['日付', '費用'], ['2025-04-01', value]])] },
    expect: { totals: { cost }, warnings },
  };
}

/** A negative cost is kept (refunds happen) and pointed out on its row. */
function negativeCostCase(label: string, value: string, cost: number, covers: string[]): RobustnessCase {
  return costCase(label, value, cost, covers, [warning('negative_value', '広告', 2, 'cost', value, 'マイナス')]);
}

/**
 * A blank placeholder in the required cost column: the row is skipped as blank (not counted as a
 * cost of 0, which would also stretch the period to 04-02).
 */
function blankCostCase(value: string): RobustnessCase {
  return {
    name: `cost placeholder ${value} is blank, not zero`,
    covers: ['number:placeholder'],
    input: { tabs: [tab('広告', [['日付', '費用'], ['2025-04-01', 500], ['2025-04-02', value]])] },
    expect: {
      totals: { cost: 500 },
      period: { from: '2025-04-01', to: '2025-04-01' },
      warnings: [warning('missing_required', '広告', 3, 'cost', '費用が空欄です')],
    },
  };
}

/** The same placeholder in an optional count column: blank, silently (exports write it for "no data"). */
function blankImpressionsCase(value: string): RobustnessCase {
  return {
    name: `impressions placeholder ${value} is blank without a warning`,
    covers: ['number:placeholder'],
    input: {
      tabs: [tab('広告', [['日付', '費用', '表示回数'], ['2025-04-01', 500, value], ['2025-04-02', 500, 100]])],
    },
    expect: { totals: { cost: 1000, impressions: 100 }, warnings: [] },
  };
}

/** Text that is not a number in the cost column: the row is skipped and the value quoted. */
function badCostCase(label: string, value: CellInput, quoted: string): RobustnessCase {
  return {
    name: `cost ${label} is not a number`,
    covers: ['number:invalid'],
    input: { tabs: [tab('広告', [['日付', '費用'], ['2025-04-01', 500], ['2025-04-02', value]])] },
    expect: {
      totals: { cost: 500 },
      warnings: [warning('unparseable_number', '広告', 3, 'cost', quoted, 'この行は集計から除外しました')],
    },
  };
}

/** A bounce rate written as `value` on 1,000 sessions: engaged sessions = 1,000 × (1 − rate). */
function bounceCase(value: CellInput, engaged: number): RobustnessCase {
  return {
    name: `bounce rate ${String(value)} gives ${engaged} engaged sessions of 1,000`,
    covers: ['number:percent'],
    input: { tabs: [tab('アクセス', [['日付', 'チャネル', 'セッション', '直帰率'], ['2025-04-01', 'Organic', 1000, value]])] },
    expect: { totals: { sessions: 1000, engagedSessions: engaged }, warnings: [] },
  };
}

export const numberCases: readonly RobustnessCase[] = [
  costCase('1200 (a number cell)', 1200, 1200, ['number:plain']),
  costCase('"1200"', '1200', 1200, ['number:plain']),
  costCase('"1,200"', '1,200', 1200, ['number:grouped']),
  costCase('"¥1,200"', '¥1,200', 1200, ['number:yen']),
  costCase('"￥1,200" (full-width yen)', '￥1,200', 1200, ['number:yen']),
  costCase('"1,200円"', '1,200円', 1200, ['number:en']),
  costCase('"JPY 1200"', 'JPY 1200', 1200, ['number:yen']),
  costCase('"$1,200"', '$1,200', 1200, ['number:dollar']),
  costCase('"１２０" (full-width)', '１２０', 120, ['number:full-width']),
  costCase('"１，２３４" (full-width with a comma)', '１，２３４', 1234, ['number:full-width']),
  costCase('" 1,200 " (spaces around)', ' 1,200 ', 1200, ['number:grouped']),
  costCase('"1,200\u00a0円" (a no-break space before 円)', '1,200\u00a0円', 1200, ['number:en']),
  costCase('"1.2万"', '1.2万', 12000, ['number:man']),
  costCase('"3千"', '3千', 3000, ['number:sen']),
  costCase('"1億"', '1億', 100000000, ['number:oku']),
  costCase('"12%" (a percent is a fraction)', '12%', 0.12, ['number:percent']),
  negativeCostCase('"(1,000)"', '(1,000)', -1000, ['number:parentheses']),
  negativeCostCase('"▲1,000"', '▲1,000', -1000, ['number:triangle-black', 'negative-cost']),
  negativeCostCase('"△1,000"', '△1,000', -1000, ['number:triangle-white']),
  negativeCostCase('"−1,000" (U+2212)', '−1,000', -1000, ['number:minus-sign']),
  negativeCostCase('"▲1.2万円"', '▲1.2万円', -12000, ['number:man', 'number:triangle-black']),
  {
    name: 'a negative cost among positive ones is kept and named',
    covers: ['negative-cost'],
    input: { tabs: [tab('広告', [['日付', '費用'], ['2025-04-01', 10000], ['2025-04-02', -5000]])] },
    // 10,000 − 5,000 (a refund) = 5,000.
    expect: { totals: { cost: 5000 }, warnings: [warning('negative_value', '広告', 3, 'cost', '-5000')] },
  },
  blankCostCase('--'),
  blankCostCase('-'),
  blankCostCase('—'),
  blankCostCase('n/a'),
  blankCostCase('N/A'),
  blankCostCase('(not set)'),
  blankImpressionsCase('--'),
  blankImpressionsCase('n/a'),
  blankImpressionsCase('(not set)'),
  badCostCase('"1,2,3"', '1,2,3', '1,2,3'),
  badCostCase('"abc"', 'abc', 'abc'),
  badCostCase('"1.234,5" (decimal comma)', '1.234,5', '1.234,5'),
  badCostCase('"12a"', '12a', '12a'),
  badCostCase('a checkbox TRUE', true, 'TRUE'),
  badCostCase('"#DIV/0!" (a spreadsheet error)', '#DIV/0!', '#DIV/0!'),
  {
    name: 'an unreadable optional count keeps the row and blanks the value',
    covers: ['number:invalid'],
    input: { tabs: [tab('広告', [['日付', '費用', '表示回数'], ['2025-04-01', 500, 'abc'], ['2025-04-02', 500, 100]])] },
    expect: {
      totals: { cost: 1000, impressions: 100 },
      warnings: [warning('unparseable_number', '広告', 2, 'impressions', 'abc', '空欄として扱いました')],
    },
  },
  {
    name: 'a negative count is refused and named',
    covers: ['number:negative-count'],
    input: { tabs: [tab('広告', [['日付', '費用', '表示回数'], ['2025-04-01', 500, '-5'], ['2025-04-02', 500, 100]])] },
    expect: { totals: { cost: 1000, impressions: 100 }, warnings: [warning('negative_value', '広告', 2, 'impressions', '-5')] },
  },
  bounceCase('40%', 600),
  bounceCase('12.5％', 875),
  bounceCase(0.4462, 553.8),
  bounceCase('44.62', 553.8),
  {
    name: 'a won amount written ▲300,000 is kept negative and named',
    covers: ['number:triangle-black', 'negative-amount'],
    input: { tabs: [tab('リード', [['作成日', '受注日', '金額'], ['2025-04-01', '2025-04-10', '▲300,000']])] },
    expect: {
      totals: { leads: 1, opportunities: 1, won: 1, revenue: -300000 },
      warnings: [warning('negative_value', 'リード', 2, 'amount', '▲300,000')],
    },
  },
  {
    name: 'a cost computed by a formula in the user tab is read and the formula kept',
    covers: ['formula-cell'],
    input: { tabs: [tab('広告', [['日付', '単価', '費用'], ['2025-04-01', 1200, { formula: '=B2*2', result: 2400 }]])] },
    expect: { totals: { cost: 2400 }, warnings: [] },
  },
];
