/**
 * The KPI guide's texts travel outside Code.js (design §10): the build writes them as JSON into the
 * HTML file `KPI_GUIDE_ASSET` of the Apps Script project, and the adapter reads that file only when a
 * report is written. This module names the file, and turns its content back into texts, checking
 * that every KPI has all three texts in both languages, so a stale or damaged file stops the report
 * with a clear message instead of writing a guide with blank cells.
 */
import { KPI_KEYS } from './kpiCatalog';
import type { KpiGuideTexts } from './kpiGuideTexts';
import { assetJson, isRecord } from '../text/assets';

/** The project file (without `.html`) holding the guide's texts. */
export const KPI_GUIDE_ASSET = 'KpiGuide';

const FIELDS = ['formula', 'reading', 'pitfall'] as const;

/**
 * Reads the asset's content.
 *
 * @example
 * parseKpiGuideTexts(JSON.stringify(KPI_GUIDE_TEXTS)).cac.formula.en
 * //=> 'Cost ÷ won'
 */
export function parseKpiGuideTexts(content: string): KpiGuideTexts {
  const parsed = assetJson(content);
  if (parsed === undefined) {
    throw new Error(`${KPI_GUIDE_ASSET}.html is not the KPI guide's JSON; rebuild and push the add-on (npm run build).`);
  }
  const missing = KPI_KEYS.filter((key) => {
    const entry = isRecord(parsed) && Object.prototype.hasOwnProperty.call(parsed, key) ? parsed[key] : undefined;
    return !(isRecord(entry) && FIELDS.every((field) => {
      const text = entry[field];
      return isRecord(text) && typeof text.ja === 'string' && typeof text.en === 'string';
    }));
  });
  if (missing.length > 0) {
    throw new Error(`${KPI_GUIDE_ASSET}.html lacks the guide texts of ${missing.join(', ')}; rebuild and push the add-on (npm run build).`);
  }
  return parsed as KpiGuideTexts;
}
