/**
 * The sample workbook travels outside Code.js (design §10): "Insert sample data" is the only part of
 * the add-on that needs it, and the builder is a large part of the engine, so the build runs
 * `buildSampleWorkbook()` once and writes its tabs as JSON into the project file `SAMPLE_ASSET`,
 * which the adapter reads when the sample is inserted. This module names the file and turns its
 * content back into tabs, checking every cell, so a stale or damaged file stops with a clear message
 * instead of writing broken tabs.
 */
import { assetJson } from '../text/assets';
import { isDayCell, type SampleCell, type SampleTab } from './cells';

/** The project file (without `.html`) holding the sample workbook. */
export const SAMPLE_ASSET = 'SampleWorkbook';

function isSampleCell(cell: unknown): cell is SampleCell {
  if (typeof cell === 'string' || typeof cell === 'boolean') return true;
  if (typeof cell === 'number') return Number.isFinite(cell);
  return isDayCell(cell) && typeof (cell as { iso?: unknown }).iso === 'string' && /^\d{4}-\d{2}-\d{2}$/.test((cell as { iso: string }).iso);
}

function isSampleTab(tab: unknown): tab is SampleTab {
  if (typeof tab !== 'object' || tab === null) return false;
  const { name, values } = tab as { name?: unknown; values?: unknown };
  return typeof name === 'string' && name !== '' && Array.isArray(values) && values.every((row) => Array.isArray(row) && row.every(isSampleCell));
}

/**
 * Reads the asset's content.
 *
 * @example
 * parseSampleTabs(JSON.stringify(buildSampleWorkbook())).map((tab) => tab.name)
 * //=> ['Google広告', 'Yahoo!広告', '展示会・イベント', 'GA4', 'リード', '商談', '目標', 'メール']
 */
export function parseSampleTabs(content: string): SampleTab[] {
  const parsed = assetJson(content);
  if (!Array.isArray(parsed) || parsed.length === 0 || !parsed.every(isSampleTab)) {
    throw new Error(`${SAMPLE_ASSET}.html is not the sample workbook; rebuild and push the add-on (npm run build).`);
  }
  return parsed;
}
