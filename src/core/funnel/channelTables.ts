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
  costedChannels: ReadonlySet<string> = new Set(tallies.keys()),
): ChannelTables {
  // A row with no cost value of its own (organic search, a referral, a name variant that never
  // appears in an ads tab): its cost is 0 as every sum without data is (design §5), and its ratios
  // over cost are null — the input is missing, so CPL and CAC show — instead of a misleading ¥0.
  // A row whose cost rows add up to ¥0 keeps CPL ¥0: that is what was spent.
  const kpiRow = (tally: Tally, hasCost: boolean) =>
    hasCost || !availability.cost ? toKpiRow(tally, availability, ltvInputs) : { ...toKpiRow(tally, { ...availability, cost: false }, ltvInputs), cost: 0 };
  const groupTallies = new Map<ChannelGroupId, Tally>();
  const costedGroups = new Set<ChannelGroupId>();
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
    const hasCost = costedChannels.has(key);
    if (hasCost) costedGroups.add(groupId);
    byChannel.push({ channel: model.labelOf(key), group: groupLabel(groupId, language), groupId, ...kpiRow(tally, hasCost) });
  }
  byChannel.sort((a, b) => (b.leads ?? 0) - (a.leads ?? 0) || compareCodeUnits(a.channel, b.channel));
  const byChannelGroup: ChannelGroupRow[] = [...groupTallies.entries()]
    .map(([groupId, tally]) => ({ group: groupLabel(groupId, language), groupId, ...kpiRow(tally, costedGroups.has(groupId)) }))
    .sort((a, b) => (b.leads ?? 0) - (a.leads ?? 0) || groupRank(a.groupId) - groupRank(b.groupId));
  return { byChannel, byChannelGroup };
}
