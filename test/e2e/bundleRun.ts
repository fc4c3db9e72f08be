/**
 * Runs the BUILT add-on on an in-memory workbook, one execution at a time (fresh services and a
 * fresh gas-local context each, as Apps Script does), and snapshots what the user's tabs hold.
 */
import { callEntryPoint, loadBundle } from '../../src/local/runtime';
import { createLocalServices, type LocalServices, type LocalServicesOptions } from '../../src/local/services/createLocalServices';
import type { RiskyTextMode } from '../../src/local/sheets/env';
import { LocalDateTime, type SheetData, type Workbook } from '../../src/local/workbook/model';
import { DIST } from '../paths';

export { DIST };


export interface Execution {
  readonly result: unknown;
  readonly services: LocalServices;
}

/** Runs one entry point; `prepare` may plant faults or tweak services before the call. */
export function execute(
  workbook: Workbook,
  name: string,
  args: unknown[] = [],
  prepare?: (services: LocalServices) => void,
  userLocale = 'ja_JP',
  riskyText: RiskyTextMode = 'throw',
  platform: Pick<LocalServicesOptions, 'documentLock' | 'authMode'> = {}
): Execution {
  const services = createLocalServices(workbook, { distDir: DIST, userLocale, riskyText, ...platform });
  const context = loadBundle(services, { distDir: DIST, console: { ...console, log: () => undefined } as Console });
  prepare?.(services);
  return { result: JSON.parse(JSON.stringify(callEntryPoint(context, name, ...args) ?? null)), services };
}

/** Everything a user could see of a sheet: name, position, every cell's value, formula and formats. */
export function snapshotSheet(workbook: Workbook, sheet: SheetData): unknown {
  const extent = sheet.formattedExtent();
  const cells: unknown[] = [];
  for (let r = 0; r < extent.rows; r += 1) {
    for (let c = 0; c < extent.columns; c += 1) {
      const cell = sheet.cell(r, c);
      // A date cell caches its instant per zone when read; only its calendar reading is the user's data.
      const value = cell.value instanceof LocalDateTime ? { date: cell.value.wallMillis } : cell.value;
      cells.push(JSON.stringify({ ...cell, value }));
    }
  }
  return {
    name: sheet.name,
    index: workbook.sheets.indexOf(sheet),
    frozenRows: sheet.frozenRows,
    widths: [...sheet.columnWidths.entries()],
    cells,
  };
}

export function snapshotInputTabs(workbook: Workbook): unknown[] {
  return workbook.sheets.filter((sheet) => sheet.origin === 'input').map((sheet) => snapshotSheet(workbook, sheet));
}

export function sheetNames(workbook: Workbook): string[] {
  return workbook.sheets.map((sheet) => sheet.name);
}
