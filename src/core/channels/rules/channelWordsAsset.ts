/**
 * The channel words (`channelWords.ts`), GA4's source site lists (`sourceCategories.ts`), the ad
 * platforms and their words (`adPlatforms.ts`), GA4's channel group names (`ga4ChannelGroups.ts`) and
 * HubSpot's source values (`hubspotSources.ts`) travel
 * outside Code.js (design §10): only the executions that place channels in groups (a report, the
 * JSON summary, the sidebar's channel list) need them, while every custom-function cell loads the
 * whole script file. The build writes the tables as JSON into the project file
 * `CHANNEL_WORDS_ASSET`; the channel rules read it once per execution, when they are first
 * compiled (every channel placed reads the words before it reads a source). A stale or damaged file
 * stops with a message naming it.
 */
import { CHANNEL_GROUP_IDS, type ChannelGroupId } from '../../model/breakdowns';
import { assetJson, isRecord, readAsset } from '../../text/assets';
import type { AdPlatform } from './adPlatforms';
import type { SourceCategory } from './sourceCategories';

/** The project file (without `.html`) holding the channel words and the source site lists. */
export const CHANNEL_WORDS_ASSET = 'ChannelWords';

export type ChannelWords = readonly { readonly words: readonly string[]; readonly group: ChannelGroupId }[];
/** Names of a group as another tool writes them (GA4's channel groups, HubSpot's sources). */
export type GroupNames = readonly { readonly names: readonly string[]; readonly group: ChannelGroupId }[];

/** What the file holds: `channelWords.ts`'s table, `sourceCategories.ts`'s two, `adPlatforms.ts`'s four, `ga4ChannelGroups.ts`'s and `hubspotSources.ts`'s. */
export interface ChannelTables {
  readonly words: ChannelWords;
  readonly sourceCategories: { readonly [C in SourceCategory]: readonly string[] };
  readonly brandHosts: readonly string[];
  readonly adPlatforms: readonly AdPlatform[];
  readonly adWords: readonly string[];
  readonly campaignTypes: ChannelWords;
  readonly searchAdNames: readonly string[];
  readonly ga4ChannelGroups: GroupNames;
  readonly hubspotSources: GroupNames;
}

const GROUPS: ReadonlySet<string> = new Set(CHANNEL_GROUP_IDS);
const SOURCE_CATEGORY_NAMES: readonly SourceCategory[] = ['search', 'social', 'video', 'shopping'];

function isTextList(value: unknown): boolean {
  return Array.isArray(value) && value.every((word) => typeof word === 'string' && word !== '');
}

/** An entry with a list of words under `list` and a group id. */
function isGroupEntry(entry: unknown, list = 'words'): boolean {
  return isRecord(entry) && typeof entry.group === 'string' && GROUPS.has(entry.group) && isTextList(entry[list]);
}

/** A list of entries, each with its group. */
function isGroupTable(value: unknown, list = 'words'): boolean {
  return Array.isArray(value) && value.every((entry) => isGroupEntry(entry, list));
}

function isAdPlatform(entry: unknown): boolean {
  return isGroupEntry(entry, 'names') && isRecord(entry) && typeof entry.id === 'string' && (entry.adNames === undefined || isTextList(entry.adNames));
}

/**
 * Reads the file's content: a list of word lists, each with the id of its group; the source sites
 * of every category; the brands whose sites live under several country domains; the ad platforms,
 * ad words, campaign types and search-ad names; GA4's channel group names and HubSpot's sources.
 *
 * @example
 * parseChannelTables('{"words":[{"words":["ウェビナー"],"group":"webinars"}],"sourceCategories":{"search":["google"],"social":[],"video":[],"shopping":[]},"brandHosts":["google"],"adPlatforms":[],"adWords":[],"campaignTypes":[],"searchAdNames":[],"ga4ChannelGroups":[],"hubspotSources":[]}').words[0].group
 * //=> 'webinars'
 */
export function parseChannelTables(content: string): ChannelTables {
  const parsed = assetJson(content);
  const categories = isRecord(parsed) ? parsed.sourceCategories : undefined;
  const valid =
    isRecord(parsed) &&
    isGroupTable(parsed.words) &&
    isRecord(categories) &&
    Object.keys(categories).length === SOURCE_CATEGORY_NAMES.length &&
    SOURCE_CATEGORY_NAMES.every((name) => isTextList(categories[name])) &&
    isTextList(parsed.brandHosts) &&
    Array.isArray(parsed.adPlatforms) &&
    parsed.adPlatforms.every(isAdPlatform) &&
    isTextList(parsed.adWords) &&
    isGroupTable(parsed.campaignTypes) &&
    isTextList(parsed.searchAdNames) &&
    isGroupTable(parsed.ga4ChannelGroups, 'names') &&
    isGroupTable(parsed.hubspotSources, 'names');
  if (!valid) throw new Error(`${CHANNEL_WORDS_ASSET}.html is not the add-on's channel words; rebuild and push the add-on (npm run build).`);
  return parsed as unknown as ChannelTables;
}

/** The channel tables of this execution, read from the project file on first use. */
export function channelTables(): ChannelTables {
  return readAsset(CHANNEL_WORDS_ASSET, parseChannelTables);
}
