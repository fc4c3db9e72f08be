/**
 * The channel words (`channelWords.ts`) travel outside Code.js (design §10): only the executions
 * that place channels in groups (a report, the JSON summary, the sidebar's channel list) need them,
 * while every custom-function cell loads the whole script file. The build writes the table as JSON
 * into the project file `CHANNEL_WORDS_ASSET`; the channel rules read it once per execution, when
 * they are first compiled. A stale or damaged file stops with a message naming it.
 */
import { CHANNEL_GROUP_IDS, type ChannelGroupId } from '../../model/breakdowns';
import { assetJson, isRecord, readAsset } from '../../text/assets';

/** The project file (without `.html`) holding the channel words. */
export const CHANNEL_WORDS_ASSET = 'ChannelWords';

export type ChannelWords = readonly { readonly words: readonly string[]; readonly group: ChannelGroupId }[];

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
  const valid =
    Array.isArray(parsed) &&
    parsed.every(
      (entry) =>
        isRecord(entry) &&
        typeof entry.group === 'string' &&
        GROUPS.has(entry.group) &&
        Array.isArray(entry.words) &&
        entry.words.every((word) => typeof word === 'string' && word !== ''),
    );
  if (!valid) throw new Error(`${CHANNEL_WORDS_ASSET}.html is not the add-on's channel words; rebuild and push the add-on (npm run build).`);
  return parsed as ChannelWords;
}

/** The channel words of this execution, read from the project file on first use. */
export function channelWords(): ChannelWords {
  return readAsset(CHANNEL_WORDS_ASSET, parseChannelWords);
}
