/**
 * State shared by every service object of one execution: the workbook, the call counter, the
 * recorders tests read, and the realm (the gas-local context) whose `Date` and `Error` values handed
 * to the bundle must come from.
 */
import type { Workbook } from '../workbook/model';
import { CallCounter } from './callCounter';

/** Constructors of the realm the bundle runs in (`vm.runInContext('Date', ctx)` etc.). */
export interface Realm {
  readonly Date: DateConstructor;
  readonly Error: ErrorConstructor;
}

export interface MenuItemRecord {
  readonly caption: string;
  readonly functionName: string;
}

export interface MenuRecord {
  readonly title: string;
  readonly items: readonly (MenuItemRecord | { readonly separator: true } | { readonly subMenu: MenuRecord })[];
}

export interface HtmlRecord {
  readonly title: string;
  readonly content: string;
  readonly width: number | null;
  readonly height: number | null;
}

/** Everything the UI was asked to show, in order. */
export interface UiLog {
  readonly menus: MenuRecord[];
  readonly sidebars: HtmlRecord[];
  readonly dialogs: (HtmlRecord & { readonly dialogTitle: string; readonly modal: boolean })[];
  readonly alerts: { readonly title: string | null; readonly prompt: string; readonly buttons: string }[];
  readonly toasts: { readonly message: string; readonly title: string; readonly timeoutSeconds: number | null }[];
}

/** Why a written string would probably not stay literal text in Google Sheets. */
export type TextWriteRisk = 'formula-trigger' | 'number-like' | 'date-like' | 'boolean-like';

/**
 * A string written through setValue(s) that Google Sheets would likely reinterpret (design §6.1: user
 * text must stay literal). The local model keeps it as text and notes it here for tests.
 */
export interface TextWriteNote {
  readonly sheet: string;
  readonly a1: string;
  readonly text: string;
  readonly risk: TextWriteRisk;
}

export type RiskyTextMode = 'note' | 'throw' | 'coerce';

/** The authorization mode an execution runs in (ScriptApp.AuthMode); see authMode.ts. */
export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

export interface ServiceEnvOptions {
  /** HtmlService reads `<distDir>/<name>.html`. */
  readonly distDir?: string;
  /** Session.getActiveUserLocale, e.g. `ja` or `en`. */
  readonly userLocale: string;
  /** Session.getScriptTimeZone (the manifest's zone). */
  readonly scriptTimeZone: string;
  /**
   * Strings Sheets would reinterpret (see {@link TextWriteNote}): `note` keeps them as text and
   * notes them, `throw` fails the write, `coerce` stores what Sheets stores (typed-input coercion
   * in the workbook's locale, see inputCoercion.ts).
   */
  readonly riskyText: RiskyTextMode;
  /** Where Logger.log lines go besides the log array. */
  readonly logSink?: (line: string) => void;
  /** What the execution may call; default `FULL` (menu items, sidebar calls). */
  readonly authMode?: AuthModeName;
  /** `null`: LockService.getDocumentLock() returns null, as it may on the platform. */
  readonly documentLock?: 'available' | 'null';
}

export class ServiceEnv {
  readonly calls = new CallCounter();
  readonly ui: UiLog = { menus: [], sidebars: [], dialogs: [], alerts: [], toasts: [] };
  readonly log: string[] = [];
  readonly textWriteNotes: TextWriteNote[] = [];
  /** Identity of this execution for the document lock. */
  readonly lockOwner: object = {};
  realm: Realm = { Date, Error };
  /** >0 while a service method runs: nested internal calls are not counted. */
  depth = 0;

  constructor(
    readonly workbook: Workbook,
    readonly options: ServiceEnvOptions,
  ) {}

  /** An Error of the bundle's realm, so `e instanceof Error` holds inside the bundle. */
  error(message: string, name?: string): Error {
    const error = new this.realm.Error(message);
    if (name) error.name = name;
    return error;
  }

  /** A Date of the bundle's realm at an instant. */
  newDate(epochMillis: number): Date {
    return new this.realm.Date(epochMillis);
  }
}
