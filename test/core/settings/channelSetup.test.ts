/** The user's channel mapping and picked attribute columns, as a saved setup or the CLI brings them. */
import { classifyChannel } from '../../../src/core/channels/classifyChannel';
import { labelKey } from '../../../src/core/funnel/labels';
import { readSettings } from '../../../src/core/settings/readSettings';
import {
  channelGroupFrom,
  MAX_ATTRIBUTE_COLUMNS,
  MAX_CHANNEL_OVERRIDES,
  readAttributeColumns,
  readChannelGroups,
} from '../../../src/core/settings/readSetup';

describe('channelGroupFrom', () => {
  it.each([
    ['paid_search', 'paid_search'],
    ['有料検索', 'paid_search'],
    ['Paid search', 'paid_search'],
    [' PAID SEARCH ', 'paid_search'],
    ['展示会・イベント', 'events'],
    ['Business cards & existing contacts', 'contacts'],
    ['SNS(自然)', 'organic_social'],
  ])('%s names %s', (value, id) => {
    expect(channelGroupFrom(value)).toBe(id);
  });

  it.each(['イベント系', '', 'Paid', 3, null])('%p names no group', (value) => {
    expect(channelGroupFrom(value)).toBeNull();
  });
});

describe('readChannelGroups', () => {
  it('keys overrides by the normalised value, the first of equal keys winning', () => {
    expect(readChannelGroups({ 'Google Ads': 'paid_search', ' google  ADS ': 'display', 'Ｗｅｂ': '自然検索', '': 'direct', '(not set)': 'other' })).toEqual({
      overrides: { 'google ads': 'paid_search', web: 'organic_search', '': 'direct' },
      rejected: [],
      tooLong: [],
      dropped: 0,
    });
  });

  it('gives keys the engine looks channels up by', () => {
    const { overrides } = readChannelGroups({ ' Ｇｏｏｇｌｅ広告 ': 'display' });
    expect(classifyChannel(labelKey('google広告'), overrides)).toEqual({ group: 'display', rule: 'user' });
  });

  it('reports unknown groups and over-long values, and counts entries beyond the limit', () => {
    const long = 'x'.repeat(201);
    const many = Object.fromEntries(Array.from({ length: MAX_CHANNEL_OVERRIDES + 3 }, (_, index) => [`値${index}`, 'other']));
    expect(readChannelGroups({ Web: 'website', [long]: 'other' })).toEqual({ overrides: {}, rejected: ['Web'], tooLong: [long], dropped: 0 });
    const limited = readChannelGroups(many);
    expect([Object.keys(limited.overrides).length, limited.dropped]).toEqual([MAX_CHANNEL_OVERRIDES, 3]);
  });

  it('ignores anything but an object', () => {
    for (const input of [null, 'x', ['a'], 3]) expect(readChannelGroups(input).overrides).toEqual({});
  });
});

describe('readAttributeColumns', () => {
  it('trims, drops blanks and repeats (compared as headers are)', () => {
    expect(readAttributeColumns([' 地域 ', '地域', '', 'Region', 'region', '=HYPERLINK("x")'])).toEqual(['地域', 'Region', '=HYPERLINK("x")']);
  });

  it('refuses anything but a short list of names', () => {
    expect(readAttributeColumns('地域')).toBeNull();
    expect(readAttributeColumns(['地域', 3])).toBeNull();
    expect(readAttributeColumns(Array.from({ length: MAX_ATTRIBUTE_COLUMNS + 1 }, (_, index) => `列${index}`))).toBeNull();
  });
});

describe('readSettings with a channel mapping and attribute columns', () => {
  it('keeps valid ones as the engine takes them', () => {
    expect(readSettings({ channelGroups: { 'Google Ads': '有料検索' }, attributeColumns: ['地域'] })).toEqual({
      ok: true,
      settings: { view: 'cohort', language: 'ja', currency: 'JPY', channelGroups: { 'google ads': 'paid_search' }, attributeColumns: ['地域'] },
    });
  });

  it('leaves out empty ones', () => {
    expect(readSettings({ channelGroups: {}, attributeColumns: [] })).toEqual({ ok: true, settings: { view: 'cohort', language: 'ja', currency: 'JPY' } });
  });

  it('says what is wrong, in the user’s language', () => {
    const result = readSettings({ language: 'en', channelGroups: { Web: 'website', ['x'.repeat(250)]: 'other' }, attributeColumns: '地域' });
    expect(result.ok ? [] : result.problems).toEqual([
      'The channel mapping gives "Web" a group that does not exist. Use one of: Paid search (paid_search), Display ads (display), Paid social (paid_social), Video ads (video), Other paid (other_paid), Organic search (organic_search), Organic social (organic_social), Email (email), Referral sites (referral), Direct (direct), Affiliates (affiliates), Events (events), Webinars (webinars), Partner referrals (partners), Business cards & existing contacts (contacts), Outbound (outbound), Other (other), Unassigned (unassigned).',
      'Channel values in the channel mapping can be at most 200 characters long: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…".',
      'attributeColumns must be a list of at most 20 column headers.',
    ]);
    const ja = readSettings({ channelGroups: ['Google Ads'] });
    expect(ja.ok ? [] : ja.problems).toEqual(['チャネルの対応づけ（channelGroups）は、{"Google Ads": "paid_search"} のように「チャネルの値: グループ」の組で指定してください。']);
  });
});

describe('channel values named like Object members (issue 16, sidebar RPC fuzz)', () => {
  it('keeps "__proto__", "constructor" and "toString" as overrides like any other channel, and pollutes nothing', () => {
    const input = JSON.parse('{"__proto__":"events","constructor":"paid_search","toString":"email"}') as unknown;
    const { overrides } = readChannelGroups(input);
    expect(Object.keys(overrides)).toEqual(['__proto__', 'constructor', 'tostring']);
    expect(Object.getPrototypeOf(overrides)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(overrides, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).events).toBeUndefined();
  });
});
