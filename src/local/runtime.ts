/**
 * Runs the BUILT add-on (`dist/Code.js`) the way Apps Script would: a fresh global context per
 * execution (global code re-runs every time), the modelled services as globals, and Dates created
 * in the bundle's own realm so `instanceof Date` holds inside it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import gasLocal from 'gas-local';
import type { MenuRecord } from './sheets/env';
import type { LocalServices } from './services/createLocalServices';

export interface LoadBundleOptions {
  /** Folder holding the built `Code.js` (every `.js` file in it is loaded, as clasp would push it). */
  readonly distDir: string;
  /** The bundle's `console`; default: this process's console. */
  readonly console?: Console;
  /**
   * Freezes the bundle's clock (`new Date()`, `Date.now()`) at this instant, for reproducible
   * reports ("generated at"). Dates built from arguments are unaffected.
   */
  readonly fixedNow?: Date | number;
}

/** The gas-local context: the bundle's globals (`AddOn` and the top-level wrapper functions). */
export type BundleContext = vm.Context & { readonly [name: string]: unknown };

const FREEZE_CLOCK = `(function (fixed) {
  var RealDate = Date;
  class FixedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(fixed);
      else super(...args);
    }
    static now() {
      return fixed;
    }
  }
  globalThis.Date = new Proxy(FixedDate, {
    apply: function () {
      return new RealDate(fixed).toString();
    },
  });
})`;

/**
 * Loads the bundle in a new context on `services` and returns that context.
 *
 * @example
 * const ctx = loadBundle(createLocalServices(workbook, { distDir: 'dist' }), { distDir: 'dist' });
 * typeof ctx.onOpen
 * //=> 'function'
 */
export function loadBundle(services: LocalServices, options: LoadBundleOptions): BundleContext {
  const distDir = path.resolve(options.distDir);
  if (!existsSync(path.join(distDir, 'Code.js'))) {
    throw new Error(`No built add-on at ${path.join(distDir, 'Code.js')}; run "npm run build" first`);
  }
  const context = vm.createContext({ ...services.globals, console: options.console ?? console });
  if (options.fixedNow !== undefined) {
    const fixed = typeof options.fixedNow === 'number' ? options.fixedNow : options.fixedNow.getTime();
    (vm.runInContext(FREEZE_CLOCK, context) as (ms: number) => void)(fixed);
  }
  services.bindRealm({
    Date: vm.runInContext('Date', context) as DateConstructor,
    Error: vm.runInContext('Error', context) as ErrorConstructor,
  });
  gasLocal.require(distDir, context);
  return context;
}

/**
 * Copies a value into the bundle's realm: Dates become the context's Dates (arrays are walked), so
 * arguments built in tests behave like the platform's inside the bundle.
 *
 * @example
 * toContextValue(ctx, [[new Date('2025-04-01')]])[0][0] instanceof Date
 * //=> false (it is an instance of the context's Date)
 */
export function toContextValue<T>(context: BundleContext, value: T): T {
  const ContextDate = vm.runInContext('Date', context) as DateConstructor;
  const convert = (v: unknown): unknown => {
    if (Object.prototype.toString.call(v) === '[object Date]') return new ContextDate(Date.prototype.getTime.call(v));
    if (Array.isArray(v)) return v.map(convert);
    return v;
  };
  return convert(value) as T;
}

/** A global function of the bundle, or a clear error naming what is missing. */
function entryPoint(context: BundleContext, name: string): (...args: unknown[]) => unknown {
  let target: unknown = context;
  let owner: unknown = undefined;
  for (const part of name.split('.')) {
    owner = target;
    target = target === null || target === undefined ? undefined : (target as Record<string, unknown>)[part];
  }
  if (typeof target !== 'function') throw new Error(`The bundle has no function ${name}`);
  return (target as (...args: unknown[]) => unknown).bind(owner);
}

/**
 * Calls a top-level (or dotted, like `AddOn.x`) function of the bundle; Dates among the
 * arguments are moved into the bundle's realm first.
 *
 * @example
 * callEntryPoint(ctx, 'CONVERSION_RATE', 5, 10)
 * //=> 0.5
 */
export function callEntryPoint(context: BundleContext, name: string, ...args: unknown[]): unknown {
  return entryPoint(context, name)(...toContextValue(context, args));
}

function findItem(menu: MenuRecord, caption: string): string | null {
  for (const item of menu.items) {
    if ('caption' in item && item.caption === caption) return item.functionName;
    if ('subMenu' in item) {
      const found = findItem(item.subMenu, caption);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Runs the function behind a recorded menu item, as clicking it would (resolved by name at run
 * time, dotted names allowed). The newest menu with that caption wins.
 *
 * @example
 * callEntryPoint(ctx, 'onOpen'); runMenuItem(ctx, services, 'ファネルKPIを開く'); services.ui.sidebars.length
 * //=> 1
 */
export function runMenuItem(context: BundleContext, services: LocalServices, caption: string): unknown {
  for (let i = services.ui.menus.length - 1; i >= 0; i -= 1) {
    const menu = services.ui.menus[i];
    const functionName = menu ? findItem(menu, caption) : null;
    if (functionName) return entryPoint(context, functionName)();
  }
  const known = services.ui.menus.flatMap((m) => m.items.flatMap((item) => ('caption' in item ? [item.caption] : [])));
  throw new Error(`No menu item "${caption}" was added (menu items: ${known.join(', ') || 'none'})`);
}
