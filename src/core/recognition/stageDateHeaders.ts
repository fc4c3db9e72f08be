/**
 * Stage-date columns recognised by pattern rather than by a fixed alias, because the stage name is
 * part of the header and portals rename stages:
 *
 * - HubSpot `Became a Marketing Qualified Lead Date`, `Became an Opportunity Date`;
 * - HubSpot `Date entered "Sales Qualified Lead (Lifecycle Stage Pipeline)"` (not `Date exited`);
 * - HubSpot internal names `hs_lifecyclestage_customer_date`, `hs_v2_date_entered_opportunity`;
 * - Japanese portals and hand-made sheets: `MQL(マーケティング上の有望な見込み客)になった日付`,
 *   `顧客に転換した日付`, `"商談"に入った日付`.
 *
 * The captured stage name is read with the status vocabulary, so custom stage names such as
 * `商談化` or `受注` work too.
 */
import type { FieldOf } from '../model/types';
import { stageFromStatus, statusKey } from '../vocabulary/stageWords';

/** Stage names whose date stands in for the created date (not `Subscriber`, which comes earlier). */
const LEAD_STAGE_KEYS = new Set(['lead', 'leads', 'リード']);

const STAGE_DATE_PATTERNS: readonly RegExp[] = [
  /^became an? (.+?) date$/,
  /^date entered "?(.+?)"?$/,
  /^hs_lifecyclestage_(.+?)_date$/,
  /^hs_v2_date_entered_(.+)$/,
  /^"?(.+?)"?(?:に|へ)(?:なった|転換した|移行した|変更された|入った)日(?:付|時)?$/,
];

export type StageDateField = Extract<FieldOf<'leads'>, 'created_date' | 'mql_date' | 'sql_date' | 'opportunity_date' | 'won_date' | 'lost_flag'>;

/**
 * The leads field a stage-date header stands for, or `null`. A `Lead` stage date stands in for
 * the created date (only used when no better column exists); a closed-lost stage date marks the
 * lead as lost (a non-empty date is a truthy flag).
 *
 * @example
 * stageDateField('became a marketing qualified lead date')
 * //=> 'mql_date'
 */
export function stageDateField(normalizedHeader: string): StageDateField | null {
  for (const pattern of STAGE_DATE_PATTERNS) {
    const match = pattern.exec(normalizedHeader);
    const stageName = match?.[1];
    if (stageName === undefined) continue;
    const reading = stageFromStatus(stageName.replace(/_/g, ' '));
    if (reading === null || !reading.known) return null;
    if (reading.lost) return 'lost_flag';
    switch (reading.stage) {
      case 'leads':
        return LEAD_STAGE_KEYS.has(statusKey(stageName)) ? 'created_date' : null;
      case 'mql':
        return 'mql_date';
      case 'sql':
        return 'sql_date';
      case 'opportunities':
        return 'opportunity_date';
      case 'won':
        return 'won_date';
    }
  }
  return null;
}
