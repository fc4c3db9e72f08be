/**
 * The server half of the preview's google.script.run: each call runs a top-level function of the
 * built bundle in a FRESH gas-local context (global code re-runs, as in Apps Script), on the same
 * in-memory workbook and the same user properties across calls. Results cross as JSON, with the
 * platform's rules: no Date, no functions, undefined in arrays becomes null.
 */
import { loadBundle, callEntryPoint } from '../runtime';
import { createLocalServices } from '../services/createLocalServices';
import { PropertyStore, type Workbook } from '../workbook/model';

export interface RpcRunnerOptions {
  readonly workbook: Workbook;
  readonly distDir: string;
  readonly locale?: string;
  /** Where the bundle's console goes; default: this process's console. */
  readonly console?: Console;
}

export type RpcOutcome =
  | { readonly ok: true; readonly value: unknown; readonly changed: boolean }
  | { readonly ok: false; readonly error: string; readonly changed: boolean; readonly stack?: string };

export type RpcRunner = (name: unknown, args: unknown) => RpcOutcome;

/** Services whose calls never change the workbook or its stored state. */
const NON_WORKBOOK_CLASSES = new Set(['Session', 'Logger', 'ScriptApp', 'HtmlOutput', 'HtmlService', 'Lock', 'LockService', 'Utilities', 'Menu', 'Ui', 'Charts', 'ChartOptions']);
const READER = /^(?:get|is|has|find|can|with|create\w*Finder$)/;
/** What google.script.run can call: a plain identifier not ending in `_` (those are private). */
const CALLABLE_NAME = /^[A-Za-z$][\w$]*$/;

/**
 * True when a `Class.method` call may have changed the workbook (when unsure: true).
 *
 * @example
 * [mayChangeWorkbook('Range.setValues'), mayChangeWorkbook('Range.getValues'), mayChangeWorkbook('Ui.showSidebar')]
 * //=> [true, false, false]
 */
export function mayChangeWorkbook(call: string): boolean {
  const dot = call.indexOf('.');
  const className = call.slice(0, dot);
  const method = call.slice(dot + 1);
  return !NON_WORKBOOK_CLASSES.has(className) && !READER.test(method);
}

function kindOf(value: unknown): string | null {
  if (typeof value === 'function') return 'a function';
  if (Object.prototype.toString.call(value) === '[object Date]') return 'a Date';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (typeof value === 'bigint' || typeof value === 'symbol') return `a ${typeof value}`;
  return null;
}

/**
 * Copies a server result the way google.script.run returns it, or throws naming what is illegal.
 *
 * @example
 * toWireValue({ a: [1, undefined], b: undefined })
 * //=> { a: [1, null] }
 * toWireValue({ when: new Date() })
 * // throws Error('the result holds a Date at .when; return dates as ISO strings')
 */
export function toWireValue(value: unknown, where = ''): unknown {
  const illegal = kindOf(value);
  if (illegal !== null) {
    const hint = illegal === 'a Date' ? 'return dates as ISO strings' : 'return only primitives, plain objects and arrays';
    throw new Error(`the result holds ${illegal} at ${where || '(top level)'}; ${hint}`);
  }
  if (Array.isArray(value)) return value.map((item, index) => (item === undefined ? null : toWireValue(item, `${where}[${index}]`)));
  if (typeof value === 'object' && value !== null) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined) copy[key] = toWireValue(item, `${where}.${key}`);
    }
    return copy;
  }
  return value;
}

function errorText(error: unknown): { message: string; stack?: string } {
  if (typeof error === 'object' && error !== null && typeof (error as Error).message === 'string') {
    return { message: (error as Error).message, stack: (error as Error).stack };
  }
  return { message: String(error) };
}

/**
 * Creates the runner. Arguments arrive as parsed JSON; the result is JSON-safe.
 *
 * @example
 * const run = createRpcRunner({ workbook, distDir: 'dist' });
 * run('sidebarGetState', ['ja'])
 * //=> { ok: true, value: { language: 'ja', tabs: [ … ], … }, changed: false }
 */
export function createRpcRunner(options: RpcRunnerOptions): RpcRunner {
  const userProperties = new PropertyStore();
  return (name, args) => {
    if (typeof name !== 'string' || !CALLABLE_NAME.test(name) || name.endsWith('_')) {
      return { ok: false, error: `ScriptError: Script function not found: ${String(name)}`, changed: false };
    }
    if (!Array.isArray(args)) return { ok: false, error: 'ScriptError: the arguments must be a list', changed: false };
    const services = createLocalServices(options.workbook, { distDir: options.distDir, userLocale: options.locale ?? 'ja', userProperties });
    const changed = (): boolean => Object.keys(services.calls.snapshot()).some(mayChangeWorkbook);
    try {
      const context = loadBundle(services, { distDir: options.distDir, console: options.console });
      // Own properties only: `constructor`, `toString`… come from Object.prototype, not the script.
      if (!Object.prototype.hasOwnProperty.call(context, name) || typeof context[name] !== 'function') return { ok: false, error: `ScriptError: Script function not found: ${name}`, changed: false };
      const value = callEntryPoint(context, name, ...(args as unknown[]));
      return { ok: true, value: toWireValue(value), changed: changed() };
    } catch (error) {
      const { message, stack } = errorText(error);
      return { ok: false, error: `Exception: ${message}`, changed: changed(), stack };
    }
  };
}
