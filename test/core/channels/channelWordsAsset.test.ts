/** The channel words and GA4's source site lists travel in their own project file (design §10) and are what the channel rules match with. */
import { classifyChannel } from '../../../src/core/channels/classifyChannel';
import { CHANNEL_WORDS } from '../../../src/core/channels/rules/channelWords';
import { CHANNEL_WORDS_ASSET, parseChannelTables } from '../../../src/core/channels/rules/channelWordsAsset';
import { BRAND_HOSTS, SOURCE_CATEGORIES } from '../../../src/core/channels/rules/sourceCategories';
import { readTouch, sourceCategory } from '../../../src/core/channels/touch';
import { CHANNEL_TABLES, PROJECT_ASSETS } from '../../../src/core/docs/projectAssets';
import { useAssetReader } from '../../../src/core/text/assets';
import { testAssetReader } from '../../setup/projectAssets';

const content = (): string => PROJECT_ASSETS[CHANNEL_WORDS_ASSET]?.() ?? '';
const tables = CHANNEL_TABLES;

describe('the channel words asset', () => {
  afterEach(() => {
    useAssetReader(testAssetReader);
  });

  it('holds channelWords.ts, sourceCategories.ts, adPlatforms.ts, ga4ChannelGroups.ts and hubspotSources.ts word for word, and is read back as them', () => {
    expect(tables).toMatchObject({ words: CHANNEL_WORDS, sourceCategories: SOURCE_CATEGORIES, brandHosts: BRAND_HOSTS });
    expect(JSON.parse(content())).toEqual(tables);
    expect(parseChannelTables(content())).toEqual(tables);
  });

  it('places a channel by its words', () => {
    expect(classifyChannel('オンラインセミナー（4月）')).toEqual({ group: 'webinars', rule: 'words' });
  });

  it("places a channel by the ad platforms, GA4's channel group names and HubSpot's sources it holds", () => {
    expect([classifyChannel('yahoo!広告 ディスプレイ'), classifyChannel('有料検索'), classifyChannel('eメールマーケティング'), classifyChannel('ニューズピックス広告')]).toEqual([
      { group: 'display', rule: 'ad_platform' },
      { group: 'paid_search', rule: 'ga4_channel_group' },
      { group: 'email', rule: 'hubspot_source' },
      { group: 'display', rule: 'ad_platform' },
    ]);
  });

  it('is what sources are looked up in: the core holds no copy of the site lists', () => {
    useAssetReader(() => JSON.stringify({ ...tables, sourceCategories: { ...SOURCE_CATEGORIES, social: ['bsky.app'] }, brandHosts: ['bing'] }));
    expect([sourceCategory('bsky.app'), sourceCategory('facebook.com'), sourceCategory('google.de'), sourceCategory('bing.jp')]).toEqual(['social', null, null, 'search']);
    expect(readTouch('bsky.app / referral')).toEqual({ source: 'bsky.app', medium: 'referral', campaign: null, fromHost: false });
    useAssetReader(testAssetReader);
    expect([sourceCategory('bsky.app'), sourceCategory('facebook.com'), sourceCategory('google.de')]).toEqual([null, 'social', 'search']);
  });

  it('stops with a clear message on a damaged or stale file', () => {
    const message = "ChannelWords.html is not the add-on's channel words; rebuild and push the add-on (npm run build).";
    const { shopping: _shopping, ...withoutShopping } = SOURCE_CATEGORIES;
    for (const damaged of [
      '<html>',
      '{}',
      JSON.stringify(CHANNEL_WORDS),
      JSON.stringify({ ...tables, words: [{ words: ['展示会'], group: 'trade_shows' }] }),
      JSON.stringify({ ...tables, words: [{ words: [''], group: 'events' }] }),
      JSON.stringify({ ...tables, words: [{ words: '展示会', group: 'events' }] }),
      JSON.stringify({ ...tables, sourceCategories: withoutShopping }),
      JSON.stringify({ ...tables, sourceCategories: { ...SOURCE_CATEGORIES, audio: ['spotify'] } }),
      JSON.stringify({ ...tables, brandHosts: 'google' }),
      JSON.stringify({ ...tables, adPlatforms: [{ id: 'meta', names: ['meta'], group: 'paid_social', adNames: 'meta' }] }),
      JSON.stringify({ ...tables, adPlatforms: [{ names: ['meta'], group: 'paid_social' }] }),
      JSON.stringify({ ...tables, adWords: undefined }),
      JSON.stringify({ ...tables, campaignTypes: [{ words: ['動画'], group: 'movies' }] }),
      JSON.stringify({ ...tables, searchAdNames: [''] }),
      JSON.stringify({ ...tables, ga4ChannelGroups: [{ words: ['Direct'], group: 'direct' }] }),
      JSON.stringify({ ...tables, hubspotSources: [{ names: 'OFFLINE', group: 'contacts' }] }),
    ]) {
      expect(() => parseChannelTables(damaged)).toThrow(message);
    }
  });
});
