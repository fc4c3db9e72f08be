/**
 * The developer-metadata tag that marks a report sheet (design §7.1), shared by the Sheets adapter
 * (which writes and finds tags) and the .xlsx writer (which gives report sheets their print setup).
 */
export const REPORT_ROLE_KEY = 'funnelKpi.role';
export const SAMPLE_ROLE_KEY = 'funnelKpi.sample';

/**
 * The sheet id a tag names, or null when its value names none (not JSON, or an older tag).
 *
 * @example
 * taggedSheetId('{"role":"summary","sheetId":12}')
 * //=> 12
 */
export function taggedSheetId(value: string | null): number | null {
  if (value === null) return null;
  try {
    const parsed: unknown = JSON.parse(value);
    const sheetId = typeof parsed === 'object' && parsed !== null ? (parsed as { sheetId?: unknown }).sheetId : undefined;
    return typeof sheetId === 'number' ? sheetId : null;
  } catch {
    return null;
  }
}
