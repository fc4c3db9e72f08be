/**
 * Document state that .xlsx has no place for — developer metadata (the report-sheet tags of design
 * §7.1), document properties (saved mappings) and sheet protections — kept in a very hidden sheet
 * so a report written by the runner can be regenerated from its own output without mistaking the
 * old report sheets for user sheets.
 */
import type { Workbook } from './model';

/** Name of the very hidden sheet; never shown in Excel or LibreOffice's sheet tabs. */
export const RUNTIME_STATE_SHEET = '_funnel_kpi_state';

const HEADER = ['kind', 'sheet', 'key', 'value', 'visibility'] as const;

type StateRow = [kind: string, sheet: string, key: string, value: string, extra: string];

/**
 * Rows describing the workbook's document state; `sheetName` maps a sheet id to its name in the
 * file being written. Empty when there is nothing to keep.
 *
 * @example
 * encodeRuntimeState(new Workbook(), () => undefined)
 * //=> []
 */
export function encodeRuntimeState(workbook: Workbook, sheetName: (id: number) => string | undefined): string[][] {
  const rows: StateRow[] = [];
  for (const m of workbook.developerMetadata) {
    const sheet = m.sheetId === null ? '' : sheetName(m.sheetId);
    if (sheet === undefined) continue;
    rows.push(['metadata', sheet, m.key, JSON.stringify(m.value), m.visibility]);
  }
  for (const [key, value] of Object.entries(workbook.documentProperties.toObject())) rows.push(['property', '', key, value, '']);
  for (const sheet of workbook.sheets) {
    for (const p of sheet.protections) {
      rows.push(['protection', sheetName(sheet.id) ?? sheet.name, p.description, String(p.warningOnly), p.type]);
    }
  }
  return rows.length === 0 ? [] : [[...HEADER], ...rows];
}

/**
 * Applies rows written by {@link encodeRuntimeState} to a freshly loaded workbook; unknown rows are ignored.
 *
 * @example
 * applyRuntimeState(workbook, [['kind'], ['property', '', 'k', 'v', '']]); workbook.documentProperties.get('k')
 * //=> 'v'
 */
export function applyRuntimeState(workbook: Workbook, rows: readonly (readonly unknown[])[]): void {
  for (const row of rows.slice(1)) {
    const [kind, sheetName, key, value, extra] = row.map((cell) => (cell === undefined || cell === null ? '' : String(cell)));
    if (kind === 'property' && key) {
      workbook.documentProperties.set(key, value ?? '');
      continue;
    }
    const sheet = sheetName ? workbook.sheetByName(sheetName) : undefined;
    if (kind === 'metadata' && key) {
      if (sheetName && !sheet) continue;
      let parsed: unknown = null;
      try {
        parsed = JSON.parse(value ?? 'null');
      } catch {
        parsed = value ?? null;
      }
      workbook.addMetadata({
        key,
        value: typeof parsed === 'string' ? parsed : null,
        visibility: extra === 'PROJECT' ? 'PROJECT' : 'DOCUMENT',
        sheetId: sheet ? sheet.id : null,
      });
    } else if (kind === 'protection' && sheet) {
      sheet.protections.push({ type: 'SHEET', description: key ?? '', warningOnly: value === 'true' });
    }
  }
}
