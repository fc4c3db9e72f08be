/**
 * Loads the KPI guide's texts from the project's HTML asset (design §10: they live outside Code.js,
 * which every custom-function call loads; only writing a report needs them).
 */
import { KPI_GUIDE_ASSET, parseKpiGuideTexts } from '../../core/report/kpiGuideAsset';
import type { KpiGuideTexts } from '../../core/report/kpiGuideTexts';
import { readProjectFile } from '../projectFiles';

/** The guide's texts, read from `KpiGuide.html`. */
export function loadKpiGuideTexts(): KpiGuideTexts {
  return parseKpiGuideTexts(readProjectFile(KPI_GUIDE_ASSET));
}
