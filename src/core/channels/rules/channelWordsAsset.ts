/**
 * The channel words (`channelWords.ts`) and the ad-platform tables (`adPlatforms.ts`) travel outside Code.js (design §10): only the executions
 * that place channels in groups (a report, the JSON summary, the sidebar's channel list) need them,
 * while every custom-function cell loads the whole script file. The build writes the table as JSON
 * into the project file `CHANNEL_WORDS_ASSET`; the channel rules read it once per execution, when
 * they are first compiled. A stale or damaged file stops with a message naming it.
 */
import { CHANNEL_GROUP_IDS, type ChannelGroupId } from '../../model/breakdowns';
import { assetJson, isRecord, readAsset } from '../../text/assets';
import type { AdPlatform } from './adPlatforms';

/** The project file (without `.html`) holding the channel words. */
export const CHANNEL_WORDS_ASSET = 'ChannelWords';

export type ChannelWords = readonly { readonly words: readonly string[]; readonly group: ChannelGroupId }[];

/** The ad-platform tables of `adPlatforms.ts`, as the file carries them. */
export interface AdRules {
  readonly platforms: readonly AdPlatform[];
  readonly adWords: readonly string[];
  readonly campaignTypes: readonly { readonly words: readonly string[]; readonly group: ChannelGroupId }[];
  readonly searchAdNames: readonly string[];
}

const isWords = (value: unknown): boolean => Array.isArray(value) && value.every((word) => typeof word === 'string' && word !== '');
const isGroupWords = (entry: unknown): boolean => isRecord(entry) && typeof entry.group === 'string' && GROUPS.has(entry.group) && isWords(entry.words);
const damaged = (): Error => new Error(`${CHANNEL_WORDS_ASSET}.html is not the add-on's channel words; rebuild and push the add-on (npm run build).`);

const GROUPS: ReadonlySet<string> = new Set(CHANNEL_GROUP_IDS);

/**
 * Reads the file's content: a list of word lists, each with the id of its group.
 *
 * @example
 * parseChannelWords('[{"words":["ウェビナー"],"group":"webinars"}]')[0].group
 * //=> 'webinars'
 */
export function parseChannelWords(content: string): ChannelWords {
  const parsed = assetJson(content);
  const words = isRecord(parsed) ? parsed.words : undefined;
  if (!Array.isArray(words) || !words.every(isGroupWords)) throw damaged();
  return words as ChannelWords;
}

/**
 * Reads the ad-platform tables from the same file.
 *
 * @example
 * parseAdRules(content).adWords.includes('広告')
 * //=> true
 */
export function parseAdRules(content: string): AdRules {
  const ads = (assetJson(content) as { ads?: unknown } | undefined)?.ads;
  const valid =
    isRecord(ads) &&
    Array.isArray(ads.platforms) &&
    ads.platforms.every((platform) => isRecord(platform) && typeof platform.id === 'string' && isGroupWords({ group: platform.group, words: platform.names }) && (platform.adNames === undefined || isWords(platform.adNames))) &&
    isWords(ads.adWords) &&
    Array.isArray(ads.campaignTypes) &&
    ads.campaignTypes.every(isGroupWords) &&
    isWords(ads.searchAdNames);
  if (!valid) throw damaged();
  return ads as unknown as AdRules;
}

/** The ad-platform tables of this execution, read from the project file on first use. */
export function adRules(): AdRules {
  return readAsset(CHANNEL_WORDS_ASSET, parseAdRules);
}

/** The channel words of this execution, read from the project file on first use. */
export function channelWords(): ChannelWords {
  return readAsset(CHANNEL_WORDS_ASSET, parseChannelWords);
}
