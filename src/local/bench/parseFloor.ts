/**
 * The parse floor: the least any report generation over the same workbook must do, so the
 * generation time can be judged against it (design §10: "within 3× of one bare parse pass").
 *
 * Definition (one pass, timed from the first service call to the last parsed cell):
 *  1. read every tab once the way the add-on does — `SpreadsheetApp.getActiveSpreadsheet()
 *     .getSheets()`, then `sheet.getDataRange().getValues()` per sheet — through the same in-memory
 *     services, with Dates made in a fresh vm context's realm (what the bundle receives);
 *  2. run BOTH core parsers over EVERY cell, headers included: `parseNumber(cell)` and
 *     `parseDay(cell, zone)` with the spreadsheet zone's resolver (Asia/Tokyo).
 * No recognition, no mapping, no funnel, no writing. It parses more cells than the add-on needs (each
 * cell twice, unmapped columns too), and nothing less than the read the add-on cannot avoid.
 */
import vm from 'node:vm';
import { parseDay } from '../../core/dates/parseDay';
import { parseNumber } from '../../core/numbers/parseNumber';
import { createLocalServices } from '../services/createLocalServices';
import { createZoneOffsetResolver } from '../time/zone';
import type { Workbook } from '../workbook/model';
import { timed } from './timing';

/** The slice of the Spreadsheet service the floor uses. */
interface FloorSpreadsheetApp {
  getActiveSpreadsheet(): { getSheets(): { getDataRange(): { getValues(): unknown[][] } }[] };
}

export interface ParseFloorTally {
  readonly cells: number;
  /** Cells `parseNumber` read as a number. */
  readonly numbers: number;
  /** Cells `parseDay` read as a day. */
  readonly days: number;
  /** Service calls of the pass (one getValues per tab, plus the navigation calls). */
  readonly serviceCalls: number;
}

/** One timed floor pass over `workbook`. */
export function parseFloorPass(workbook: Workbook, timeZone: string): { ms: number; tally: ParseFloorTally } {
  const services = createLocalServices(workbook);
  const realm = vm.createContext({});
  services.bindRealm({
    Date: vm.runInContext('Date', realm) as DateConstructor,
    Error: vm.runInContext('Error', realm) as ErrorConstructor,
  });
  const app = services.globals.SpreadsheetApp as FloorSpreadsheetApp;
  const { ms, result } = timed(() => {
    const zone = createZoneOffsetResolver(timeZone);
    let cells = 0;
    let numbers = 0;
    let days = 0;
    for (const sheet of app.getActiveSpreadsheet().getSheets()) {
      for (const row of sheet.getDataRange().getValues()) {
        for (const cell of row) {
          cells += 1;
          if (parseNumber(cell).kind === 'number') numbers += 1;
          if (parseDay(cell, zone).kind === 'day') days += 1;
        }
      }
    }
    return { cells, numbers, days };
  });
  return { ms, tally: { ...result, serviceCalls: services.calls.sheetsTotal() } };
}
