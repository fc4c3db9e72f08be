/**
 * The report model of design §6: the summary, channel and monthly sheets always; the lead-score,
 * velocity, email and attribute sheets when they have data; the plan always; and the KPI guide for everything shown.
 */
import type { FunnelSummary } from '../model/summary';
import type { FunnelSettings } from '../model/types';
import { buildAttributeSheet } from './attributeSheet';
import { buildChannelSheet } from './channelSheet';
import { buildEmailSheet } from './emailSheet';
import { buildGuideSheet } from './guideSheet';
import type { KpiKey } from './kpiCatalog';
import type { KpiGuideTexts } from './kpiGuideTexts';
import type { ReportModel } from './model';
import { buildMonthlySheet } from './monthlySheet';
import { buildPlanSheet } from './planSheet';
import { buildScoreSheet } from './scoreSheet';
import type { BuiltSheet } from './sheetParts';
import { buildSummarySheet } from './summarySheet';
import { buildVelocitySheet } from './velocitySheet';

/**
 * Describes every report sheet for a summary. Pure: `generatedAt` is the adapter's ISO timestamp
 * (the core has no clock), shown as given on the summary sheet; `guideTexts` are the KPI guide's
 * texts, loaded by the adapter from outside the bundle (design §10).
 *
 * @example
 * buildReportModel(summary, { view: 'cohort', language: 'ja', currency: 'JPY' }, '2026-04-01T09:00:00+09:00', KPI_GUIDE_TEXTS)
 *   .sheets.map((sheet) => sheet.role)
 * //=> ['summary', 'channels', 'monthly', 'plan', 'guide'] (no score, velocity or email data)
 */
export function buildReportModel(summary: FunnelSummary, settings: FunnelSettings, generatedAt: string, guideTexts: KpiGuideTexts): ReportModel {
  const built: BuiltSheet[] = [
    buildSummarySheet(summary, settings, generatedAt),
    buildChannelSheet(summary, settings),
    buildMonthlySheet(summary, settings),
  ];
  for (const optional of [buildScoreSheet(summary, settings), buildVelocitySheet(summary, settings), buildEmailSheet(summary, settings), buildAttributeSheet(summary, settings)]) {
    if (optional !== null) built.push(optional);
  }
  built.push(buildPlanSheet(summary, settings));
  const shown: KpiKey[] = built.flatMap((entry) => [...entry.kpis]);
  return { sheets: [...built.map((entry) => entry.sheet), buildGuideSheet(shown, settings.language, guideTexts)] };
}
