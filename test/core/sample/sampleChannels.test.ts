/**
 * The sample workbook through the engine (design §4.6): cost, sessions and leads of one channel
 * group land on one row. Before the channel model, 7 of its 13 channel rows had no leads.
 */
import { MEASURES } from '../../../src/core/funnel/availability';
import type { KpiRow } from '../../../src/core/model/summary';
import type { FunnelView } from '../../../src/core/model/types';
import { runFunnel } from '../../../src/core/pipeline/runFunnel';
import { buildSampleWorkbook, isDayCell } from '../../../src/core/sample';

const tabs = buildSampleWorkbook().map((tab) => ({ name: tab.name, values: tab.values.map((row) => row.map((cell) => (isDayCell(cell) ? cell.iso : cell))) }));
const run = (view: FunnelView) => runFunnel(tabs, { view, language: 'ja', currency: 'JPY' }, () => 540).summary;

describe.each<FunnelView>(['cohort', 'period'])('the sample workbook by channel group (%s view)', (view) => {
  const summary = run(view);

  it('gives every group that has sessions its leads too', () => {
    const withSessions = summary.byChannelGroup.filter((row) => (row.sessions ?? 0) > 0);
    expect(withSessions.map((row) => row.group).sort()).toEqual(['SNS（自然）', 'メール', '参照サイト', '有料検索', '直接', '自然検索'].sort());
    expect(withSessions.filter((row) => (row.leads ?? 0) === 0)).toEqual([]);
  });

  it('puts each GA4 channel group beside the lead sources of the same group', () => {
    const channelsOf = (groupId: string) => summary.byChannel.filter((row) => row.groupId === groupId).map((row) => row.channel).sort();
    expect(channelsOf('organic_search')).toEqual(['Organic Search', '自然検索']);
    expect(channelsOf('paid_search')).toEqual(['Google Ads', 'Google広告', 'Paid Search', 'Yahoo!広告']);
    expect(channelsOf('email')).toEqual(['Email', 'メルマガ']);
    expect(channelsOf('direct')).toEqual(['Direct', '直接流入']);
    expect(channelsOf('referral')).toEqual(['Referral', '外部サイト']);
    expect(channelsOf('organic_social')).toEqual(['Organic Social', 'SNS']);
    // 自然検索 holds both the GA4 sessions and the leads: its CVR exists.
    const organic = summary.byChannelGroup.find((row) => row.groupId === 'organic_search');
    expect(organic?.sessions).toBeGreaterThan(0);
    expect(organic?.leads).toBeGreaterThan(0);
    expect(organic?.leadConversionRate).toBe((organic?.leads ?? 0) / (organic?.sessions ?? 1));
  });

  it('has no row with nothing in it; (未設定) only for the unlinked deals of the period view', () => {
    const empty = (row: KpiRow) => MEASURES.every((measure) => (row[measure] ?? 0) === 0);
    expect(summary.byChannel.filter(empty)).toEqual([]);
    expect(summary.byChannelGroup.filter(empty)).toEqual([]);
    const notSet = summary.byChannel.find((row) => row.channel === '(未設定)');
    // The 商談 tab has no channel column: its three deals that match no lead count under (未設定).
    if (view === 'cohort') expect(notSet).toBeUndefined();
    else expect([notSet?.leads, notSet?.opportunities, notSet?.groupId]).toEqual([0, 3, 'unassigned']);
  });

  it('places every value of the sample by a rule, and flags the one other name of Google広告', () => {
    expect(summary.channelMap.filter((row) => row.rule === 'unmatched')).toEqual([]);
    expect(summary.channelDuplicates).toEqual([{ channels: ['Google Ads', 'Google広告'], groups: ['有料検索', '有料検索'], reason: 'same_name' }]);
  });
});

describe('the sample workbook by lead attribute', () => {
  const summary = run('cohort');

  it('breaks the leads down by industry and by banded headcount', () => {
    expect(summary.byAttribute.map((table) => [table.attribute, table.field, table.column])).toEqual([
      ['業種', 'industry', '業種'],
      ['従業員数', 'employees', '従業員数'],
    ]);
    const [industry, employees] = summary.byAttribute;
    expect(industry?.rows.map((row) => row.value).sort()).toEqual(['不動産業', '卸売業', '情報通信業', '製造業', '運輸業'].sort());
    expect(employees?.rows.map((row) => [row.value, row.kind])).toEqual([
      ['1〜9名', 'band'],
      ['10〜49名', 'band'],
      ['50〜99名', 'band'],
      ['100〜299名', 'band'],
      ['300〜999名', 'band'],
      ['1,000名以上', 'band'],
      ['(未設定)', 'blank'],
    ]);
  });

  it('counts every lead of the period once in each table', () => {
    for (const table of summary.byAttribute) {
      expect(table.rows.reduce((sum, row) => sum + row.leads, 0)).toBe(summary.total.leads);
      expect(table.rows.reduce((sum, row) => sum + row.won, 0)).toBe(summary.total.won);
    }
  });
});
