/** The channel words travel in their own project file (design §10) and are what the word rules match with. */
import { classifyChannel } from '../../../src/core/channels/classifyChannel';
import { CHANNEL_WORDS } from '../../../src/core/channels/rules/channelWords';
import { CHANNEL_WORDS_ASSET, parseAdRules, parseChannelWords } from '../../../src/core/channels/rules/channelWordsAsset';
import { AD_PLATFORMS, AD_WORDS, CAMPAIGN_TYPE_WORDS, SEARCH_AD_NAMES } from '../../../src/core/channels/rules/adPlatforms';
import { PROJECT_ASSETS } from '../../../src/core/docs/projectAssets';

describe('the channel words asset', () => {
  it('holds channelWords.ts and the ad-platform tables word for word, and is read back as them', () => {
    const content = PROJECT_ASSETS[CHANNEL_WORDS_ASSET]?.() ?? '';
    const ads = { platforms: AD_PLATFORMS, adWords: AD_WORDS, campaignTypes: CAMPAIGN_TYPE_WORDS, searchAdNames: SEARCH_AD_NAMES };
    expect(JSON.parse(content)).toEqual({ words: CHANNEL_WORDS, ads });
    expect(parseChannelWords(content)).toEqual(CHANNEL_WORDS);
    expect(parseAdRules(content)).toEqual(ads);
  });

  it('places an ad channel by the platform tables it reads', () => {
    expect(classifyChannel('Yahoo!広告 ディスプレイ')).toMatchObject({ group: 'display' });
    expect(() => parseAdRules(JSON.stringify({ words: CHANNEL_WORDS }))).toThrow("ChannelWords.html is not the add-on's channel words; rebuild and push the add-on (npm run build).");
  });

  it('places a channel by its words', () => {
    expect(classifyChannel('オンラインセミナー（4月）')).toEqual({ group: 'webinars', rule: 'words' });
  });

  it('stops with a clear message on a damaged or stale file', () => {
    const message = "ChannelWords.html is not the add-on's channel words; rebuild and push the add-on (npm run build).";
    const file = (words: unknown) => JSON.stringify({ words });
    for (const damaged of ['<html>', '{}', JSON.stringify(CHANNEL_WORDS), file([{ words: ['展示会'], group: 'trade_shows' }]), file([{ words: [''], group: 'events' }]), file([{ words: '展示会', group: 'events' }])]) {
      expect(() => parseChannelWords(damaged)).toThrow(message);
    }
  });
});
