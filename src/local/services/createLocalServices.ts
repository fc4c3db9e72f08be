/**
 * The globals handed to gas-local: the services Funnel KPI uses, modelled in memory, and every
 * other Google service as a stand-in that throws when touched (design §7.2: no network, no other
 * services). One services object = one execution; create a new one per run.
 */
import type { CallCounter } from '../sheets/callCounter';
import { ServiceEnv, type AuthModeName, type Realm, type RiskyTextMode, type TextWriteNote, type UiLog } from '../sheets/env';
import { forbiddenService } from '../sheets/expose';
import { ChartsLocal, SpreadsheetAppLocal } from '../sheets/spreadsheetApp';
import { PropertyStore, type Workbook } from '../workbook/model';
import { HtmlServiceLocal } from './html';
import { LockServiceLocal } from './lock';
import { LoggerLocal } from './logger';
import { PropertiesServiceLocal } from './properties';
import { ScriptAppLocal } from './scriptApp';
import { SessionLocal } from './session';
import { UtilitiesLocal } from './utilities';

/** Services the local runtime models. */
export const MODELLED_SERVICE_NAMES = [
  'SpreadsheetApp',
  'Charts',
  'PropertiesService',
  'LockService',
  'Session',
  'Utilities',
  'HtmlService',
  'ScriptApp',
  'Logger',
] as const;

/** Apps Script globals (built-in and advanced services) the add-on must never touch. */
export const FORBIDDEN_SERVICE_NAMES = [
  'AdminDirectory',
  'AdsApp',
  'Analytics',
  'AnalyticsAdmin',
  'BigQuery',
  'Browser',
  'CacheService',
  'Calendar',
  'CalendarApp',
  'CardService',
  'ConferenceDataService',
  'ContactsApp',
  'ContentService',
  'DataStudioApp',
  'Docs',
  'DocumentApp',
  'Drive',
  'DriveActivity',
  'DriveApp',
  'FormApp',
  'Gmail',
  'GmailApp',
  'GroupsApp',
  'Jdbc',
  'LanguageApp',
  'MailApp',
  'Maps',
  'People',
  'Sheets',
  'Slides',
  'SlidesApp',
  'Tasks',
  'UrlFetchApp',
  'XmlService',
  'YouTube',
] as const;

export type ServicesMode = 'normal' | 'forbid-all';

export interface LocalServicesOptions {
  /** Folder of the built add-on (`dist/`), for HtmlService. */
  readonly distDir?: string;
  /** Session.getActiveUserLocale; default `ja`. */
  readonly userLocale?: string;
  /** Session.getScriptTimeZone; default `Asia/Tokyo` (the manifest's). */
  readonly scriptTimeZone?: string;
  /** Share one store between runs to model the same user coming back; default: a fresh store. */
  readonly userProperties?: PropertyStore;
  /** `forbid-all`: every service, modelled or not, throws on touch (for "loading touches nothing"). */
  readonly mode?: ServicesMode;
  /**
   * What to do with strings Sheets would reinterpret (see TextWriteNote): `note` (default), `throw`,
   * or `coerce` — store what Sheets stores (numbers, dates, booleans, erroring formulas).
   */
  readonly riskyText?: RiskyTextMode;
  /** The authorization mode the execution runs in; calls it does not allow throw. Default `FULL`. */
  readonly authMode?: AuthModeName;
  /** `null` makes LockService.getDocumentLock() return null, as the platform may. */
  readonly documentLock?: 'available' | 'null';
  /** Receives each Logger.log line (e.g. `console.log`); lines are recorded either way. */
  readonly logSink?: (line: string) => void;
}

export interface LocalServices {
  readonly workbook: Workbook;
  readonly mode: ServicesMode;
  /** Service globals by name; copy them into a fresh gas-local globals object per context. */
  readonly globals: Readonly<Record<string, unknown>>;
  /** Service calls by `Class.method`. */
  readonly calls: CallCounter;
  readonly ui: UiLog;
  readonly log: readonly string[];
  readonly textWriteNotes: readonly TextWriteNote[];
  /** Makes Dates and Errors handed to the bundle come from its realm (runtime.ts calls this). */
  bindRealm(realm: Realm): void;
}

/**
 * Creates the services of one execution on `workbook`.
 *
 * @example
 * const services = createLocalServices(new Workbook({ name: 'Demo' }));
 * services.globals.SpreadsheetApp.getActive().getName()
 * //=> 'Demo'
 */
export function createLocalServices(workbook: Workbook, options: LocalServicesOptions = {}): LocalServices {
  const mode = options.mode ?? 'normal';
  const env = new ServiceEnv(workbook, {
    distDir: options.distDir,
    userLocale: options.userLocale ?? 'ja',
    scriptTimeZone: options.scriptTimeZone ?? 'Asia/Tokyo',
    riskyText: options.riskyText ?? 'note',
    logSink: options.logSink,
    authMode: options.authMode ?? 'FULL',
    documentLock: options.documentLock ?? 'available',
  });
  const globals: Record<string, unknown> = {};
  for (const name of FORBIDDEN_SERVICE_NAMES) {
    globals[name] = forbiddenService(env, name, `service ${name} is not allowed in Funnel KPI`);
  }
  if (mode === 'forbid-all') {
    for (const name of MODELLED_SERVICE_NAMES) {
      globals[name] = forbiddenService(env, name, `service ${name} was touched, but this run allows no service calls at all`);
    }
  } else {
    globals.SpreadsheetApp = new SpreadsheetAppLocal(env);
    globals.Charts = new ChartsLocal(env);
    globals.PropertiesService = new PropertiesServiceLocal(env, options.userProperties ?? new PropertyStore());
    globals.LockService = new LockServiceLocal(env);
    globals.Session = new SessionLocal(env);
    globals.Utilities = new UtilitiesLocal(env);
    globals.HtmlService = new HtmlServiceLocal(env);
    globals.ScriptApp = new ScriptAppLocal(env);
    globals.Logger = new LoggerLocal(env);
  }
  return {
    workbook,
    mode,
    globals: Object.freeze(globals),
    calls: env.calls,
    ui: env.ui,
    log: env.log,
    textWriteNotes: env.textWriteNotes,
    bindRealm(realm: Realm): void {
      env.realm = realm;
    },
  };
}
