import { channelList, CHANNEL_RULE_LABELS } from '../../../src/core/channels/channelList';
import { CHANNEL_RULES, type ChannelMapRow } from '../../../src/core/model/breakdowns';

const row = (tab: string, value: string, channel: string, rows: number, rule: ChannelMapRow['rule'] = 'words'): ChannelMapRow => ({
  tab,
  value,
  channel,
  group: '自然検索',
  groupId: 'organic_search',
  rule,
  rows,
});

describe('channelList', () => {
  it('folds the spellings of a channel over its tabs, most rows first, leaving the blank channel out', () => {
    const list = channelList([
      row('GA4', 'Organic Search', 'Organic Search', 12, 'ga4_channel_group'),
      row('リード', '自然検索', '自然検索', 224),
      row('リード', 'organic search', 'Organic Search', 3, 'ga4_channel_group'),
      row('リード', '', '(未設定)', 40, 'blank'),
    ]);
    expect(list).toEqual({
      entries: [
        { channel: '自然検索', groupId: 'organic_search', rule: 'words', rows: 224, tabs: ['リード'] },
        { channel: 'Organic Search', groupId: 'organic_search', rule: 'ga4_channel_group', rows: 15, tabs: ['GA4', 'リード'] },
      ],
      more: 0,
    });
  });

  it('keeps at most the bound and counts the rest', () => {
    const rows = Array.from({ length: 7 }, (_, index) => row('リード', `c${index}`, `c${index}`, 100 - index));
    const list = channelList(rows, 5);
    expect(list.entries.map((entry) => entry.channel)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
    expect(list.more).toBe(2);
  });

  it('names every rule in both languages', () => {
    for (const rule of CHANNEL_RULES) expect([CHANNEL_RULE_LABELS[rule].ja.length > 0, CHANNEL_RULE_LABELS[rule].en.length > 0]).toEqual([true, true]);
  });
});
