import { MEASURES, type Availability, type Measure } from '../../../src/core/funnel/availability';
import { toKpiRow } from '../../../src/core/funnel/kpiRow';
import { emptyTally } from '../../../src/core/funnel/tally';
import { duplicateLeadsWarning, groupCostWarnings, unlinkedDealsWarnings } from '../../../src/core/funnel/warnings';
import type { ChannelGroupId } from '../../../src/core/model/breakdowns';
import type { ChannelGroupRow, ChannelRow } from '../../../src/core/model/summary';
import { deal } from './builders';

const everything: Availability = Object.fromEntries(MEASURES.map((measure) => [measure, true])) as Availability;
const sums = (values: Partial<Record<Measure, number>>) => toKpiRow({ ...emptyTally(), ...values }, everything, {});
const group = (name: string, groupId: ChannelGroupId, values: Partial<Record<Measure, number>>): ChannelGroupRow => ({ group: name, groupId, ...sums(values) });
const channel = (name: string, groupId: ChannelGroupId, values: Partial<Record<Measure, number>>): ChannelRow => ({ channel: name, group: '', groupId, ...sums(values) });

describe('duplicateLeadsWarning', () => {
  it('says how many rows were merged, in Japanese', () => {
    expect(duplicateLeadsWarning(3, 'ja')).toEqual({
      tab: null,
      row: null,
      field: 'lead_id',
      code: 'duplicate_leads_merged',
      message: '同じリードの重複行が3行あったため、元のリードにまとめて数えました（リードIDが同じ行、リードIDがない行はメールアドレスが同じ行を重複とみなします）。',
    });
  });

  it('gives nothing when no rows were merged', () => {
    expect(duplicateLeadsWarning(0, 'en')).toBeNull();
  });
});

describe('unlinkedDealsWarnings', () => {
  it('gives one warning per tab naming the first five rows in order', () => {
    const deals = [9, 3, 15, 4, 7, 21, 30].map((row) => deal({ created: '2025-04-01', row, tab: '商談' }));
    const [warning, ...rest] = unlinkedDealsWarnings([...deals, deal({ created: '2025-04-01', row: 2, tab: 'HubSpot取引' })], 'ja');
    expect(rest).toHaveLength(1);
    // Each carries the first row it names.
    expect(warning).toMatchObject({ tab: 'HubSpot取引', row: 2, code: 'unlinked_deals' });
    expect(rest[0]).toMatchObject({ tab: '商談', row: 3 });
    expect(rest[0]?.message).toBe(
      'このタブの商談7件が、どのリードとも結び付きません（3、4、7、9、15行目ほか2件）。リードIDまたはメールアドレスがリードのタブと一致しているか確認してください。集計方法が「コホート」の場合は集計に含めず、「発生日ベース」の場合は商談自身の日付とチャネルで集計します。',
    );
  });

  it('words a single deal in the singular in English', () => {
    expect(unlinkedDealsWarnings([deal({ created: '2025-04-01', row: 4 })], 'en')[0]?.message).toBe(
      '1 deal in this tab matches no lead (row 4). Check that its lead ID or email matches the leads tab. The cohort view leaves it out; the event-date view counts it by its own dates and channel.',
    );
  });
});

describe('groupCostWarnings', () => {
  const groups = [
    group('有料検索', 'paid_search', { cost: 90000, leads: 12 }),
    group('ディスプレイ広告', 'display', { cost: 50000, leads: 0 }),
    group('展示会・イベント', 'events', { cost: 300000, leads: 0 }),
    group('SNS広告', 'paid_social', { cost: 0, leads: 3 }),
    group('自然検索', 'organic_search', { cost: 0, leads: 40 }),
  ];
  const channels = [
    channel('YDA', 'display', { cost: 30000 }),
    channel('GDN', 'display', { cost: 20000 }),
    channel('Display', 'display', { sessions: 800 }),
    channel('展示会', 'events', { cost: 300000 }),
    channel('Facebook広告', 'paid_social', { leads: 2 }),
    channel('Instagram広告', 'paid_social', { leads: 1 }),
  ];

  it('names groups with cost but no leads, with the channels that carry the cost', () => {
    expect(groupCostWarnings(groups, channels, 'ja')[0]).toEqual({
      tab: null,
      row: null,
      field: 'channel',
      code: 'channel_cost_without_leads',
      message:
        '費用があるのにリードが0件のチャネルグループがあります: 「ディスプレイ広告」（YDA、GDN）、「展示会・イベント」（展示会）。リードの流入元の値がこのグループに振り分けられているか、チャネルの対応づけで確認してください。',
    });
  });

  it('names paid groups with leads but no cost, and leaves free groups alone', () => {
    expect(groupCostWarnings(groups, channels, 'en')[1]).toEqual({
      tab: null,
      row: null,
      field: 'channel',
      code: 'channel_leads_without_cost',
      message:
        'Some paid channel groups have leads but no cost: "SNS広告" (Facebook広告, Instagram広告). Check that the ad spend tab is read and that its channels are placed in the same group.',
    });
    expect(groupCostWarnings(groups, channels, 'en')).toHaveLength(2);
  });

  it('names at most three channels of a group', () => {
    const many = ['A', 'B', 'C', 'D', 'E'].map((name) => channel(name, 'display', { cost: 1 }));
    expect(groupCostWarnings([group('ディスプレイ広告', 'display', { cost: 5 })], many, 'ja')[0]?.message).toContain('「ディスプレイ広告」（A、B、C ほか2件）');
  });
});

describe('edge cases', () => {
  it('gives no warnings for no unlinked deals and no groups', () => {
    expect(unlinkedDealsWarnings([], 'ja')).toEqual([]);
    expect(groupCostWarnings([], [], 'ja')).toEqual([]);
  });
});
