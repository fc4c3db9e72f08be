/** The channel words travel in their own project file (design §10) and are what the word rules match with. */
import { classifyChannel } from '../../../src/core/channels/classifyChannel';
import { CHANNEL_WORDS } from '../../../src/core/channels/rules/channelWords';
import { CHANNEL_WORDS_ASSET, parseChannelWords } from '../../../src/core/channels/rules/channelWordsAsset';
import { PROJECT_ASSETS } from '../../../src/core/docs/projectAssets';

describe('the channel words asset', () => {
  it('holds channelWords.ts word for word, and is read back as it', () => {
    const content = PROJECT_ASSETS[CHANNEL_WORDS_ASSET]?.() ?? '';
    expect(JSON.parse(content)).toEqual(CHANNEL_WORDS);
    expect(parseChannelWords(content)).toEqual(CHANNEL_WORDS);
  });

  it('places a channel by its words', () => {
    expect(classifyChannel('オンラインセミナー（4月）')).toEqual({ group: 'webinars', rule: 'words' });
  });

  it('stops with a clear message on a damaged or stale file', () => {
    const message = "ChannelWords.html is not the add-on's channel words; rebuild and push the add-on (npm run build).";
    for (const damaged of ['<html>', '{}', JSON.stringify([{ words: ['展示会'], group: 'trade_shows' }]), JSON.stringify([{ words: [''], group: 'events' }]), JSON.stringify([{ words: '展示会', group: 'events' }])]) {
      expect(() => parseChannelWords(damaged)).toThrow(message);
    }
  });
});
