/**
 * The by-channel and by-group tables (design §4.6): every count and amount kept per channel and
 * summed per group, so group sums equal channel sums equal the total; rates on a group row come
 * from the group's sums. A channel with nothing in any column is not a row.
 */
import { groupLabel, groupRank } from '../channels/groups';
import type { ChannelGroupId } from '../model/breakdowns';
import type { ChannelGroupRow, ChannelRow } from '../model/summary';
import type { Language } from '../model/types';
import { MEASURES, type Availability } from './availability';
import type { ChannelModel } from './channelModel';
import { toKpiRow, type LtvInputs } from './kpiRow';
import { compareCodeUnits } from './labels';
import { emptyTally, type Tally } from './tally';

function isEmpty(tally: Tally): boolean {
  return MEASURES.every((measure) => tally[measure] === 0);
}

function addInto(target: Tally, source: Tally): void {
  for (const measure of MEASURES) target[measure] += source[measure];
}

export interface ChannelTables {
  /** Leads descending, then label. */
  readonly byChannel: readonly ChannelRow[];
  /** Leads descending, then the default group order. */
  readonly byChannelGroup: readonly ChannelGroupRow[];
}

/**
 * Builds both tables from the per-channel tallies.
 *
 * @example
 * buildChannelTables(tallies.byChannel, model, availability, {}, 'ja').byChannelGroup.map((row) => row.group)
 * //=> ['有料検索', '自然検索']
 */
export function buildChannelTables(
  tallies: ReadonlyMap<string, Tally>,
  model: ChannelModel,
  availability: Availability,
  ltvInputs: LtvInputs,
  language: Language,
): ChannelTables {
  const groupTallies = new Map<ChannelGroupId, Tally>();
  const byChannel: ChannelRow[] = [];
  for (const [key, tally] of tallies) {
    if (isEmpty(tally)) continue;
    const groupId = model.placementOf(key).group;
    let groupTally = groupTallies.get(groupId);
    if (groupTally === undefined) {
      groupTally = emptyTally();
      groupTallies.set(groupId, groupTally);
    }
    addInto(groupTally, tally);
    byChannel.push({ channel: model.labelOf(key), group: groupLabel(groupId, language), groupId, ...toKpiRow(tally, availability, ltvInputs) });
  }
  byChannel.sort((a, b) => (b.leads ?? 0) - (a.leads ?? 0) || compareCodeUnits(a.channel, b.channel));
  const byChannelGroup: ChannelGroupRow[] = [...groupTallies.entries()]
    .map(([groupId, tally]) => ({ group: groupLabel(groupId, language), groupId, ...toKpiRow(tally, availability, ltvInputs) }))
    .sort((a, b) => (b.leads ?? 0) - (a.leads ?? 0) || groupRank(a.groupId) - groupRank(b.groupId));
  return { byChannel, byChannelGroup };
}
