/** Shared set-up for the local-runtime tests: typed access to the modelled services. */
import { createLocalServices, type LocalServices, type LocalServicesOptions } from '../../src/local/services/createLocalServices';
import type { HtmlServiceLocal } from '../../src/local/services/html';
import type { LockServiceLocal } from '../../src/local/services/lock';
import type { LoggerLocal } from '../../src/local/services/logger';
import type { PropertiesServiceLocal } from '../../src/local/services/properties';
import type { SessionLocal } from '../../src/local/services/session';
import type { UtilitiesLocal } from '../../src/local/services/utilities';
import type { ChartsLocal, SpreadsheetAppLocal } from '../../src/local/sheets/spreadsheetApp';
import { workbookFromTabs, type TabInput } from '../../src/local/workbook/fromTabs';
import type { Workbook } from '../../src/local/workbook/model';

export interface TypedServices extends LocalServices {
  readonly SpreadsheetApp: SpreadsheetAppLocal;
  readonly Charts: ChartsLocal;
  readonly PropertiesService: PropertiesServiceLocal;
  readonly LockService: LockServiceLocal;
  readonly Session: SessionLocal;
  readonly Utilities: UtilitiesLocal;
  readonly HtmlService: HtmlServiceLocal;
  readonly Logger: LoggerLocal;
}

export function typed(services: LocalServices): TypedServices {
  const g = services.globals as Record<string, never>;
  return Object.assign(Object.create(services) as LocalServices, {
    SpreadsheetApp: g.SpreadsheetApp,
    Charts: g.Charts,
    PropertiesService: g.PropertiesService,
    LockService: g.LockService,
    Session: g.Session,
    Utilities: g.Utilities,
    HtmlService: g.HtmlService,
    Logger: g.Logger,
  }) as unknown as TypedServices;
}

/** Services on a workbook made of the given tabs (or one empty "Sheet1"). */
export function servicesFor(tabs: readonly TabInput[] = [{ name: 'Sheet1', rows: [] }], options: LocalServicesOptions = {}): TypedServices & { workbook: Workbook } {
  const workbook = workbookFromTabs(tabs, { name: 'Test workbook', timeZone: 'Asia/Tokyo' });
  return typed(createLocalServices(workbook, options));
}
