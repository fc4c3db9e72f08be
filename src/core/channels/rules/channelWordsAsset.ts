/**
 * The channel words (`channelWords.ts`), GA4's source site lists (`sourceCategories.ts`) and the
 * ad-platform tables (`adPlatforms.ts`) travel outside Code.js (design §10): only the executions that
 * place channels in groups (a report, the JSON summary, the sidebar's channel list) need them, while
 * every custom-function cell loads the whole script file. The build writes the tables as JSON into
 * the project file `CHANNEL_WORDS_ASSET`; the channel rules read it once per execution, when they
 * are first compiled. A stale or damaged file stops with a message naming it.
 */
import { CHANNEL_GROUP_IDS, type ChannelGroupId } from '../../model/breakdowns';
import { assetJson, isRecord, readAsset } from '../../text/assets';
import type { AdPlatform } from './adPlatforms';
import type { SourceCategory } from './sourceCategories';

/** The project file (without `.html`) holding the channel words and the source site lists. */
export const CHANNEL_WORDS_ASSET = 'ChannelWords';

export type ChannelWords = readonly { readonly words: readonly string[]; readonly group: ChannelGroupId }[];

/** What the file holds: `channelWords.ts`'s table, and `sourceCategories.ts`'s two. */
export interface ChannelTables {
  readonly words: ChannelWords;
  readonly sourceCategories: { readonly [C in SourceCategory]: readonly string[] };
  readonly brandHosts: readonly string[];
}

/** The ad-platform tables of `adPlatforms.ts`, as the file carries them. */
export interface AdRules {
  readonly platforms: readonly AdPlatform[];
  readonly adWords: readonly string[];
  readonly campaignTypes: readonly { readonly words: readonly string[]; readonly group: ChannelGroupId }[];
  readonly searchAdNames: readonly string[];
}

const damaged = (): Error => new Error(`${CHANNEL_WORDS_ASSET}.html is not the add-on's channel words; rebuild and push the add-on (npm run build).`);

const GROUPS: ReadonlySet<string> = new Set(CHANNEL_GROUP_IDS);
const SOURCE_CATEGORY_NAMES: readonly SourceCategory[] = ['search', 'social', 'video', 'shopping'];

function isTextList(value: unknown): boolean {
  return Array.isArray(value) && value.every((word) => typeof word === 'string' && word !== '');
}

function isWordEntry(entry: unknown): boolean {
  return isRecord(entry) && typeof entry.group === 'string' && GROUPS.has(entry.group) && isTextList(entry.words);
}

/**
 * Reads the file's content: a list of word lists, each with the id of its group; the source sites
 * of every category; the brands whose sites live under several country domains.
 *
 * @example
 * parseChannelTables('{"words":[{"words":["ウェビナー"],"group":"webinars"}],"sourceCategories":{"search":["google"],"social":[],"video":[],"shopping":[]},"brandHosts":["google"]}').words[0].group
 * //=> 'webinars'
 */
export function parseChannelTables(content: string): ChannelTables {
  const parsed = assetJson(content);
  const categories = isRecord(parsed) ? parsed.sourceCategories : undefined;
  const valid =
    isRecord(parsed) &&
    Array.isArray(parsed.words) &&
    parsed.words.every(isWordEntry) &&
    isRecord(categories) &&
    Object.keys(categories).length === SOURCE_CATEGORY_NAMES.length &&
    SOURCE_CATEGORY_NAMES.every((name) => isTextList(categories[name])) &&
    isTextList(parsed.brandHosts);
  if (!valid) throw damaged();
  return parsed as unknown as ChannelTables;
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
    ads.platforms.every((platform) => isRecord(platform) && typeof platform.id === 'string' && isWordEntry({ group: platform.group, words: platform.names }) && (platform.adNames === undefined || isTextList(platform.adNames))) &&
    isTextList(ads.adWords) &&
    Array.isArray(ads.campaignTypes) &&
    ads.campaignTypes.every(isWordEntry) &&
    isTextList(ads.searchAdNames);
  if (!valid) throw damaged();
  return ads as unknown as AdRules;
}

/** The ad-platform tables of this execution, read from the project file on first use. */
export function adRules(): AdRules {
  return readAsset(CHANNEL_WORDS_ASSET, parseAdRules);
}

/** The channel tables of this execution, read from the project file on first use. */
export function channelTables(): ChannelTables {
  return readAsset(CHANNEL_WORDS_ASSET, parseChannelTables);
}

/** The channel words of this execution. */
export function channelWords(): ChannelWords {
  return channelTables().words;
}
