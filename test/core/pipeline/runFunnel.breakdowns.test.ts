/**
 * Raw tabs → channel groups and attribute tables (design §4.6, §4.7), with the user's channel
 * mapping and picked columns as the settings carry them.
 */
import { runFunnel } from '../../../src/core/pipeline/runFunnel';
import { readSettings } from '../../../src/core/settings/readSettings';
import type { FunnelSettings } from '../../../src/core/model/types';

const TOKYO = (): number => 540;

const tabs = [
  {
    name: 'Meta広告',
    values: [
      ['日付', '媒体', '費用'],
      ['2025-04-01', 'Facebook', 30000],
      ['2025-04-02', 'Instagram', 20000],
    ],
  },
  {
    name: 'GA4',
    values: [
      ['日付', 'セッションのデフォルト チャネル グループ', 'セッション'],
      ['20250401', 'Paid Social', 400],
      ['20250401', 'Organic Search', 900],
    ],
  },
  {
    name: 'リード',
    values: [
      ['作成日', '流入元', '業種', '地域', '商談化日'],
      ['2025-04-03', 'facebook', '製造業', '関東', '2025-04-20'],
      ['2025-04-04', 'Instagram広告', '製造業', '関西', ''],
      ['2025-04-05', 'google / organic', '小売業', '関東', ''],
      ['2025-04-06', '=HYPERLINK("http://x","a")', '', '<b>関東</b>', ''],
    ],
  },
];

function settingsOf(input: unknown): FunnelSettings {
  const result = readSettings(input);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.settings;
}

describe('runFunnel: channel groups and attributes', () => {
  it('puts Meta ad spend, GA4 paid-social sessions and the leads that came from Meta on one group row', () => {
    const { summary } = runFunnel(tabs, settingsOf({}), TOKYO);
    const paidSocial = summary.byChannelGroup.find((row) => row.groupId === 'paid_social');
    // facebook and instagram come from an ads tab: paid. 'Instagram広告' is an ad platform value.
    expect([paidSocial?.cost, paidSocial?.sessions, paidSocial?.leads, paidSocial?.opportunities]).toEqual([50000, 400, 2, 1]);
    expect(paidSocial?.leadConversionRate).toBe(2 / 400);
    expect(summary.byChannel.filter((row) => row.groupId === 'paid_social').map((row) => row.channel).sort()).toEqual(['Facebook', 'Instagram', 'Instagram広告', 'Paid Social']);
    const organic = summary.byChannelGroup.find((row) => row.groupId === 'organic_search');
    expect([organic?.sessions, organic?.leads]).toEqual([900, 1]);
  });

  it('keeps a formula-looking channel value literal, in its own channel under その他', () => {
    const { summary } = runFunnel(tabs, settingsOf({}), TOKYO);
    expect(summary.byChannel.find((row) => row.groupId === 'other')?.channel).toBe('=HYPERLINK("http://x","a")');
    expect(summary.channelMap.find((row) => row.value.startsWith('='))).toEqual({
      tab: 'リード',
      value: '=HYPERLINK("http://x","a")',
      channel: '=HYPERLINK("http://x","a")',
      group: 'その他',
      groupId: 'other',
      rule: 'unmatched',
      rows: 1,
    });
  });

  it('applies the user mapping from the settings', () => {
    const { summary } = runFunnel(tabs, settingsOf({ channelGroups: { 'Google / Organic': 'referral', '=HYPERLINK("http://x","a")': 'direct' } }), TOKYO);
    expect(summary.byChannel.find((row) => row.channel === 'google / organic')).toMatchObject({ groupId: 'referral', group: '参照サイト' });
    expect(summary.channelMap.filter((row) => row.rule === 'user').map((row) => [row.value, row.groupId])).toEqual([
      ['google / organic', 'referral'],
      ['=HYPERLINK("http://x","a")', 'direct'],
    ]);
  });

  it('breaks leads down by the recognised industry column and by a picked column', () => {
    const { summary } = runFunnel(tabs, settingsOf({ attributeColumns: ['地域'] }), TOKYO);
    expect(summary.byAttribute.map((table) => [table.attribute, table.field, table.column])).toEqual([
      ['業種', 'industry', '業種'],
      ['地域', 'column', '地域'],
    ]);
    expect(summary.byAttribute[0]?.rows.map((row) => [row.value, row.leads, row.opportunities])).toEqual([
      ['製造業', 2, 1],
      ['小売業', 1, 0],
      ['(未設定)', 1, 0],
    ]);
    expect(summary.byAttribute[1]?.rows.map((row) => [row.value, row.leads])).toEqual([
      ['関東', 2],
      ['<b>関東</b>', 1],
      ['関西', 1],
    ]);
  });

  it('has no attribute table without attribute columns', () => {
    const leadsOnly = [{ name: 'リード', values: [['作成日', '流入元'], ['2025-04-03', '展示会']] }];
    expect(runFunnel(leadsOnly, settingsOf({}), TOKYO).summary.byAttribute).toEqual([]);
  });
});
