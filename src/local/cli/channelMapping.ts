/**
 * `--channels mapping.csv` (design §4.6, §9): the user's channel mapping as a two-column file,
 * `channel,group` per row, an optional header row. A group is named by its id (`paid_search`) or its
 * label in either language (`有料検索`, `Paid search`). Every bad row is reported with its row number
 * and nothing is guessed: a file with any problem stops the run before the report is written.
 */
import { groupLabel } from '../../core/channels/groups';
import { labelKey } from '../../core/funnel/labels';
import { CHANNEL_GROUP_IDS, type ChannelGroupId } from '../../core/model/breakdowns';
import type { Language } from '../../core/model/types';
import { channelGroupFrom, MAX_CHANNEL_OVERRIDES, MAX_CHANNEL_VALUE } from '../../core/settings/readSetup';
import { joinList, quoteLabel } from '../../core/text/wording';
import { decodeCsvBytes } from '../workbook/csv/decode';
import { detectDelimiter, parseDelimited } from '../workbook/csv/parse';
import { CHANNEL_MAPPING_MESSAGES as M } from './messages';

export type ChannelMappingResult =
  | { readonly ok: true; readonly channelGroups: Readonly<Record<string, ChannelGroupId>> }
  | { readonly ok: false; readonly problems: readonly string[] };

/** Header words a first row may use instead of a mapping. */
const HEADER_WORDS = new Set(['channel', 'value', 'source', 'チャネル', 'チャネル名', '値', '流入元', 'group', 'channel group', 'グループ', 'チャネルグループ']);

/** Most problems listed before the rest are counted. */
const PROBLEMS_SHOWN = 20;

function allowedGroups(language: Language): string {
  return joinList(
    CHANNEL_GROUP_IDS.map((id) => `${groupLabel(id, language)} (${id})`),
    language,
  );
}

/**
 * Reads a mapping file's bytes (UTF-8 with or without BOM, UTF-16, or Shift_JIS, comma or tab).
 *
 * @example
 * readChannelMapping(new TextEncoder().encode('channel,group\nGoogle Ads,有料検索\n展示会2025,events\n'), 'm.csv', 'en')
 * //=> { ok: true, channelGroups: { 'Google Ads': 'paid_search', '展示会2025': 'events' } }
 */
export function readChannelMapping(bytes: Uint8Array, file: string, language: Language): ChannelMappingResult {
  const { text } = decodeCsvBytes(bytes);
  const rows = parseDelimited(text, detectDelimiter(text));
  const problems: string[] = [];
  const channelGroups: Record<string, ChannelGroupId> = {};
  const firstRowOf = new Map<string, number>();
  let seenData = false;
  rows.forEach((cells, index) => {
    const rowNumber = index + 1;
    const filled = cells.map((cell) => cell.trim());
    while (filled.length > 0 && filled[filled.length - 1] === '') filled.pop();
    if (filled.length === 0 || (filled[0] ?? '').startsWith('#')) return;
    const [value = '', group = ''] = filled;
    if (!seenData) {
      seenData = true;
      if (HEADER_WORDS.has(value.toLowerCase()) && channelGroupFrom(group) === null) return;
    }
    if (filled.length > 2) {
      problems.push(M.tooManyColumns[language](file, rowNumber, filled.length));
      return;
    }
    if (value === '' || group === '') {
      problems.push(M.missingCell[language](file, rowNumber));
      return;
    }
    if (value.length > MAX_CHANNEL_VALUE) {
      problems.push(M.valueTooLong[language](file, rowNumber, MAX_CHANNEL_VALUE));
      return;
    }
    const id = channelGroupFrom(group);
    if (id === null) {
      problems.push(M.unknownGroup[language](file, rowNumber, quoteLabel(group, language), allowedGroups(language)));
      return;
    }
    const key = labelKey(value);
    const earlier = firstRowOf.get(key);
    if (earlier !== undefined) {
      problems.push(M.duplicate[language](file, rowNumber, quoteLabel(value, language), earlier));
      return;
    }
    firstRowOf.set(key, rowNumber);
    channelGroups[value] = id;
  });
  const count = Object.keys(channelGroups).length;
  if (problems.length === 0 && count === 0) problems.push(M.empty[language](file));
  if (count > MAX_CHANNEL_OVERRIDES) problems.push(M.tooMany[language](file, count, MAX_CHANNEL_OVERRIDES));
  if (problems.length > PROBLEMS_SHOWN) {
    const more = problems.length - PROBLEMS_SHOWN;
    return { ok: false, problems: [...problems.slice(0, PROBLEMS_SHOWN), M.more[language](more)] };
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, channelGroups };
}
