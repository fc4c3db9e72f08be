/**
 * Every date form of design §3.3, one case each: an ads row dated with the form must land on the
 * expected calendar day (the period is that one day). Bad dates skip their row with a warning that
 * names the tab, the row the user sees and the field. Month forms are checked as target months too.
 */
import { LocalDateTime } from '../../../src/local/workbook/model';
import type { CellInput } from '../../../src/local/workbook/fromTabs';
import { tab, warning, type RobustnessCase, type SummaryJson } from '../corpusCase';

/** One ads row dated `value`, costing 1,000: the summary's period must be exactly `day`. */
function dayCase(name: string, value: CellInput, day: string, covers: string[], timeZone?: string): RobustnessCase {
  return {
    name: `date form ${name} reads as ${day}${timeZone ? ` (${timeZone})` : ''}`,
    covers,
    timeZone,
    input: { tabs: [tab('広告', [['日付', '費用'], [value, 1000]])] },
    expect: { totals: { cost: 1000 }, period: { from: day, to: day }, asOf: day, warnings: [] },
  };
}

/** A good row (row 2) and a bad date on row 3: the bad row is skipped and named. */
function badDateCase(name: string, value: CellInput, quoted: string, covers: string[]): RobustnessCase {
  return {
    name: `bad date ${name} skips row 3 with a warning`,
    covers,
    input: { tabs: [tab('広告', [['日付', '費用'], ['2025-04-01', 1000], [value, 500]])] },
    expect: {
      totals: { cost: 1000 },
      period: { from: '2025-04-01', to: '2025-04-01' },
      warnings: [warning('unparseable_date', '広告', 3, 'date', quoted, 'この行は集計から除外しました')],
    },
  };
}

/** A targets tab naming April 2025 with `value`: the month's cost target must be found and compared. */
function targetMonthCase(value: string, covers: string[]): RobustnessCase {
  return {
    name: `target month ${value} is April 2025`,
    covers,
    input: {
      tabs: [
        tab('広告', [['日付', '費用'], ['2025-04-01', 1000], ['2025-04-15', 2000]]),
        tab('目標', [['月', '指標', '目標'], [value, '費用', 6000]]),
      ],
    },
    expect: {
      totals: { cost: 3000 },
      warnings: [],
      check: (summary: SummaryJson) => {
        const april = summary.byMonth.find((m) => m.month === '2025-04');
        // Cost 1,000 + 2,000 = 3,000 against a target of 6,000: attainment 0.5.
        expect(april?.targets).toEqual([{ metric: 'cost', target: 6000, actual: 3000, attainment: 0.5 }]);
      },
    },
  };
}

const APRIL_1 = '2025-04-01';

export const dateCases: readonly RobustnessCase[] = [
  // Spreadsheet serials count days from 1899-12-30: 2025-04-01 is 45748 (45658 is 2025-01-01, plus 90 days).
  dayCase('serial 45748', 45748, APRIL_1, ['date:serial']),
  dayCase('serial with a time of day 45748.75', 45748.75, APRIL_1, ['date:serial']),
  dayCase('date cell', new Date(Date.UTC(2025, 3, 1)), APRIL_1, ['date:date-cell']),
  dayCase('date-time cell 23:30', new LocalDateTime(Date.UTC(2025, 3, 1, 23, 30)), APRIL_1, ['date:date-cell']),
  dayCase('2025-04-01', '2025-04-01', APRIL_1, ['date:iso']),
  dayCase('2025/4/1', '2025/4/1', APRIL_1, ['date:slash']),
  dayCase('2025/04/01', '2025/04/01', APRIL_1, ['date:slash']),
  dayCase('20250401 (GA4)', '20250401', APRIL_1, ['date:yyyymmdd', 'ga4:yyyymmdd']),
  dayCase('2025年4月1日', '2025年4月1日', APRIL_1, ['date:kanji']),
  dayCase('2025年4月1日(火)', '2025年4月1日(火)', APRIL_1, ['date:kanji-weekday']),
  dayCase('2025年4月1日（火） with full-width brackets', '2025年4月1日（火）', APRIL_1, ['date:kanji-weekday']),
  dayCase('令和7年4月1日', '令和7年4月1日', APRIL_1, ['date:reiwa']),
  dayCase('R7.4.1', 'R7.4.1', APRIL_1, ['date:r7']),
  // Reiwa 1 (元年) began on 2019-05-01; Heisei ended the day before.
  dayCase('令和元年5月1日', '令和元年5月1日', '2019-05-01', ['date:reiwa-gannen']),
  dayCase('H31.4.30', 'H31.4.30', '2019-04-30', ['date:h31']),
  dayCase('平成31年4月30日', '平成31年4月30日', '2019-04-30', ['date:h31']),
  dayCase('Apr 1, 2025', 'Apr 1, 2025', APRIL_1, ['date:english']),
  dayCase('April 1, 2025', 'April 1, 2025', APRIL_1, ['date:english']),
  dayCase('2025-04-01 13:45', '2025-04-01 13:45', APRIL_1, ['date:datetime']),
  dayCase('2025/04/01 23:59:59', '2025/04/01 23:59:59', APRIL_1, ['date:datetime']),
  dayCase('full-width ２０２５－０４－０１', '２０２５－０４－０１', APRIL_1, ['date:full-width']),
  dayCase('full-width ２０２５年４月１日', '２０２５年４月１日', APRIL_1, ['date:full-width']),
  dayCase('full-width 令和７年４月１日', '令和７年４月１日', APRIL_1, ['date:full-width']),
  // Month values mean the first day of the month.
  dayCase('month 2025-04', '2025-04', APRIL_1, ['date:month']),
  dayCase('month 2025/04', '2025/04', APRIL_1, ['date:month']),
  dayCase('month 2025年4月', '2025年4月', APRIL_1, ['date:month']),
  // The spreadsheet's zone decides the day, whatever the machine's zone is.
  dayCase('date cell', new Date(Date.UTC(2025, 3, 1)), APRIL_1, ['date:zone'], 'America/Los_Angeles'),
  dayCase('2025-04-01 23:30', '2025-04-01 23:30', APRIL_1, ['date:zone'], 'Pacific/Kiritimati'),
  dayCase('date-time cell 00:15', new LocalDateTime(Date.UTC(2025, 3, 1, 0, 15)), APRIL_1, ['date:zone'], 'Pacific/Pago_Pago'),

  badDateCase('2025/02/30 (no such day)', '2025/02/30', '2025/02/30', ['date:invalid']),
  badDateCase('2025-13-01 (no such month)', '2025-13-01', '2025-13-01', ['date:invalid']),
  badDateCase('令和1年4月1日 (before Reiwa began)', '令和1年4月1日', '令和1年4月1日', ['date:era-boundary']),
  badDateCase('H31.5.1 (after Heisei ended)', 'H31.5.1', 'H31.5.1', ['date:era-boundary']),
  badDateCase('9999-12-31 (outside 1900–2200)', '9999-12-31', '9999-12-31', ['date:out-of-range']),
  // Words are described, not quoted: a misplaced cell could be a name (design §7.2).
  badDateCase('plain words', '来週', '（2文字の文字列）', ['date:invalid']),
  badDateCase('a checkbox TRUE', true, 'TRUE', ['date:invalid']),

  targetMonthCase('2025-04', ['target-month']),
  targetMonthCase('2025/04', ['target-month']),
  targetMonthCase('2025年4月', ['target-month']),
  targetMonthCase('２０２５年４月', ['target-month', 'date:full-width']),
  {
    name: 'a blank date on a row with a cost is named as missing',
    covers: ['date:blank-required'],
    input: { tabs: [tab('広告', [['日付', '費用'], ['2025-04-01', 1000], ['', 500]])] },
    expect: {
      totals: { cost: 1000 },
      warnings: [warning('missing_required', '広告', 3, 'date', '日付が空欄です')],
    },
  },
  {
    name: 'a bad stage date keeps the lead and drops only that stage',
    covers: ['date:invalid-optional'],
    input: {
      tabs: [
        tab('リード', [
          ['リードID', '作成日', '商談日'],
          ['L1', '2025-04-01', '2025-04-31'],
          ['L2', '2025-04-02', '2025-04-05'],
        ]),
      ],
    },
    expect: {
      // L1's 商談日 is impossible, so only L2 reached 商談.
      totals: { leads: 2, opportunities: 1 },
      warnings: [warning('unparseable_date', 'リード', 2, 'opportunity_date', '2025-04-31', '空欄として扱いました')],
    },
  },
];
