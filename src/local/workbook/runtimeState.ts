/**
 * Document state that .xlsx has no place for — developer metadata (the report-sheet tags of design
 * §7.1), document properties (saved mappings) and sheet protections — kept in a very hidden sheet
 * so a report written by the runner can be regenerated from its own output without mistaking the
 * old report sheets for user sheets.
 *
 * Nothing here trusts a sheet name alone. The state sheet is recognised by being very hidden (Excel
 * and LibreOffice offer no way to make one) with this module's header row, whatever it is called,
 * so a user tab named like it is an ordinary tab. And a tag written for a sheet applies on reading
 * only to a sheet of that name whose cells are still exactly the cells written (a fingerprint): a
 * user tab that took a report sheet's name, or a report sheet the user edited, is the user's sheet
 * and is never replaced. A sheet that matches also gets back its sheet id (an .xlsx keeps none), so
 * that its tag still names it after the user moved or deleted other tabs.
 */
import { createHash } from 'node:crypto';
import { LocalDateTime, type SheetData, type Workbook } from './model';

/** Preferred name of the very hidden sheet (another is used when a tab already has it). */
export const RUNTIME_STATE_SHEET = '_funnel_kpi_state';

const HEADER = ['kind', 'sheet', 'key', 'value', 'visibility'] as const;

export type RuntimeStateRows = readonly (readonly string[])[];

type StateRow = [kind: string, sheet: string, key: string, value: string, extra: string];

/** One cell as the fingerprint sees it; dates to the second (the .xlsx stores them as day fractions). */
function cellToken(value: unknown): string {
  if (value === undefined) return '';
  if (value instanceof LocalDateTime) return `d${Math.round(value.wallMillis / 1000)}`;
  return `${typeof value === 'string' ? 's' : typeof value === 'number' ? 'n' : 'b'}${String(value)}`;
}

/**
 * A digest of a sheet's values and formulas: the same after an .xlsx round trip, different after
 * any edit of a cell.
 *
 * @example
 * sheetFingerprint(sheet).length
 * //=> 64
 */
export function sheetFingerprint(sheet: SheetData): string {
  const hash = createHash('sha256');
  const rows = sheet.lastRow();
  const columns = sheet.lastColumn();
  hash.update(`${rows}x${columns}\n`);
  for (let r = 0; r < rows; r += 1) {
    const values = sheet.rowValues(r) ?? [];
    const width = Math.max(values.length, columns);
    const line: string[] = [];
    for (let c = 0; c < width; c += 1) {
      const formula = sheet.formula(r, c);
      line.push(formula !== null ? `f${formula}` : cellToken(values[c]));
    }
    hash.update(`${line.join('\u0001')}\n`);
  }
  return hash.digest('hex');
}

/**
 * True for the runner's own state sheet: very hidden, with the state header in its first row.
 *
 * @example
 * isRuntimeStateSheet('veryHidden', sheetWithRows([['kind', 'sheet', 'key', 'value', 'visibility']]))
 * //=> true
 */
export function isRuntimeStateSheet(state: 'visible' | 'hidden' | 'veryHidden', sheet: SheetData): boolean {
  if (state !== 'veryHidden') return false;
  const first = sheet.rowValues(0) ?? [];
  return HEADER.every((word, i) => first[i] === word);
}

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
  const bound = new Set<SheetData>();
  for (const m of workbook.developerMetadata) {
    const sheet = m.sheetId === null ? '' : sheetName(m.sheetId);
    if (sheet === undefined) continue;
    rows.push(['metadata', sheet, m.key, JSON.stringify(m.value), m.visibility]);
    const data = m.sheetId === null ? undefined : workbook.sheetById(m.sheetId);
    if (data) bound.add(data);
  }
  for (const [key, value] of Object.entries(workbook.documentProperties.toObject())) rows.push(['property', '', key, value, '']);
  for (const sheet of workbook.sheets) {
    const name = sheetName(sheet.id);
    if (name === undefined) continue;
    for (const p of sheet.protections) {
      rows.push(['protection', name, p.description, String(p.warningOnly), p.type]);
      bound.add(sheet);
    }
  }
  for (const sheet of bound) {
    const name = sheetName(sheet.id);
    if (name !== undefined) rows.push(['fingerprint', name, '', sheetFingerprint(sheet), String(sheet.id)]);
  }
  return rows.length === 0 ? [] : [[...HEADER], ...rows];
}

/**
 * Applies rows written by {@link encodeRuntimeState} to a freshly loaded workbook. A row bound to a
 * sheet applies only when that sheet's fingerprint matches; unknown rows are ignored.
 *
 * @example
 * applyRuntimeState(workbook, [['kind'], ['property', '', 'k', 'v', '']]); workbook.documentProperties.get('k')
 * //=> 'v'
 */
export function applyRuntimeState(workbook: Workbook, rows: RuntimeStateRows): void {
  const body = rows.slice(1).map((row) => row.map((cell) => cell ?? ''));
  const written = new Map<string, { fingerprint: string; id: string }>();
  for (const [kind, sheetName, , value, extra] of body) if (kind === 'fingerprint' && sheetName) written.set(sheetName, { fingerprint: value ?? '', id: extra ?? '' });
  const verified = new Map<string, SheetData | null>();
  for (const [name, { fingerprint }] of written) {
    const sheet = workbook.sheetByName(name);
    verified.set(name, sheet && sheetFingerprint(sheet) === fingerprint ? sheet : null);
  }
  // A verified sheet gets back the id the runner wrote it with (loading numbers sheets by position,
  // so a tab moved or deleted in Excel would otherwise make the report's own sheets look like copies).
  for (const [name, sheet] of verified) {
    const id = written.get(name)?.id ?? '';
    if (sheet && /^\d{1,15}$/.test(id)) workbook.restoreSheetId(sheet, Number(id));
  }
  const boundSheet = (name: string): SheetData | null => verified.get(name) ?? null;
  for (const [kind, sheetName, key, value, extra] of body) {
    if (kind === 'property' && key) {
      workbook.documentProperties.set(key, value ?? '');
      continue;
    }
    const sheet = sheetName ? boundSheet(sheetName) : null;
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
