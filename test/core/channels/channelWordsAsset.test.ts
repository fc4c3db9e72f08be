/** The channel words and GA4's source site lists travel in their own project file (design §10) and are what the channel rules match with. */
import { classifyChannel } from '../../../src/core/channels/classifyChannel';
import { CHANNEL_WORDS } from '../../../src/core/channels/rules/channelWords';
import { CHANNEL_WORDS_ASSET, parseAdRules, parseChannelTables } from '../../../src/core/channels/rules/channelWordsAsset';
import { BRAND_HOSTS, SOURCE_CATEGORIES } from '../../../src/core/channels/rules/sourceCategories';
import { readTouch, sourceCategory } from '../../../src/core/channels/touch';
import { AD_PLATFORMS, AD_WORDS, CAMPAIGN_TYPE_WORDS, SEARCH_AD_NAMES } from '../../../src/core/channels/rules/adPlatforms';
import { PROJECT_ASSETS } from '../../../src/core/docs/projectAssets';
import { useAssetReader } from '../../../src/core/text/assets';
import { testAssetReader } from '../../setup/projectAssets';

const content = (): string => PROJECT_ASSETS[CHANNEL_WORDS_ASSET]?.() ?? '';
const tables = { words: CHANNEL_WORDS, sourceCategories: SOURCE_CATEGORIES, brandHosts: BRAND_HOSTS };

describe('the channel words asset', () => {
  afterEach(() => {
    useAssetReader(testAssetReader);
  });

  it('holds channelWords.ts and sourceCategories.ts word for word, and is read back as them', () => {
    expect(JSON.parse(content())).toMatchObject(tables);
    expect(parseChannelTables(content())).toMatchObject(tables);
  });

  it('holds the ad-platform tables word for word, reads them back, and places an ad channel by them', () => {
    const ads = { platforms: AD_PLATFORMS, adWords: AD_WORDS, campaignTypes: CAMPAIGN_TYPE_WORDS, searchAdNames: SEARCH_AD_NAMES };
    expect((JSON.parse(content()) as { ads: unknown }).ads).toEqual(ads);
    expect(parseAdRules(content())).toEqual(ads);
    expect(classifyChannel('Yahoo!広告 ディスプレイ')).toMatchObject({ group: 'display' });
    expect(() => parseAdRules(JSON.stringify({ words: CHANNEL_WORDS }))).toThrow("ChannelWords.html is not the add-on's channel words; rebuild and push the add-on (npm run build).");
  });

  it('places a channel by its words', () => {
    expect(classifyChannel('オンラインセミナー（4月）')).toEqual({ group: 'webinars', rule: 'words' });
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
    ]) {
      expect(() => parseChannelTables(damaged)).toThrow(message);
    }
  });
});
