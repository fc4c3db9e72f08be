/**
 * Turns plain classes into Apps Script look-alikes: every public method is counted as
 * `Class.method`, errors cross into the bundle's realm, and touching any method the local runtime
 * does not implement throws "not implemented in the local runtime: Class.method" instead of
 * quietly returning `undefined`.
 */
import { requirePermission } from './authMode';
import type { ServiceEnv } from './env';

/** Every service object carries the execution's environment. */
export interface ServiceObject {
  readonly env: ServiceEnv;
}

/**
 * Property names that JavaScript machinery (promises, JSON, jest, util.inspect) probes on any
 * object; answering `undefined` for them keeps the strict trap from breaking test tooling.
 */
const PROBED_BY_TOOLING = new Set([
  'then',
  'toJSON',
  'asymmetricMatch',
  'nodeType',
  'tagName',
  'inspect',
  'constructor',
  'prototype',
  'length',
  'env',
]);

function isProbe(prop: string | symbol): boolean {
  return typeof prop === 'symbol' || PROBED_BY_TOOLING.has(prop) || !/^[a-z][A-Za-z0-9]*$/.test(prop);
}

/**
 * The message for a method the runtime lacks.
 *
 * @example
 * notImplementedMessage('Range.setBorder')
 * //=> 'not implemented in the local runtime: Range.setBorder'
 */
export function notImplementedMessage(member: string): string {
  return `not implemented in the local runtime: ${member}`;
}

function toRealmError(env: ServiceEnv, error: unknown): unknown {
  if (error instanceof env.realm.Error) return error;
  if (error instanceof Error) {
    const converted = env.error(error.message, error.name === 'Error' ? undefined : error.name);
    if (error.stack) converted.stack = error.stack;
    return converted;
  }
  return error;
}

/**
 * A prototype placed at the end of a class's chain: lookups that miss the class land here and
 * throw. Object.prototype members (`toString`, `hasOwnProperty`…) still resolve normally.
 */
function unimplementedTrap(className: string): object {
  return new Proxy(Object.prototype, {
    get(target, prop, receiver) {
      if (prop in target || isProbe(prop)) return Reflect.get(target, prop, receiver) as unknown;
      const message = notImplementedMessage(`${className}.${String(prop)}`);
      const env = (receiver as Partial<ServiceObject>).env;
      throw env ? env.error(message, 'NotImplementedError') : new Error(message);
    },
  });
}

type AnyMethod = (this: ServiceObject, ...args: unknown[]) => unknown;

/**
 * Instruments a service class in place under its Apps Script name. Call once per class, right
 * after its declaration.
 *
 * @example
 * class Lock { constructor(readonly env: ServiceEnv) {} hasLock() { return false; } }
 * exposeAs('Lock', Lock); new Lock(env).hasLock(); env.calls.get('Lock.hasLock')
 * //=> 1
 */
export function exposeAs(className: string, cls: { prototype: object }): void {
  const proto = cls.prototype as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(proto)) {
    // Names ending in `_` are the runtime's own helpers (Apps Script's convention for private).
    if (name === 'constructor' || name.endsWith('_')) continue;
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (!descriptor || typeof descriptor.value !== 'function') continue;
    const impl = descriptor.value as AnyMethod;
    const key = `${className}.${name}`;
    const counted = function (this: ServiceObject, ...args: unknown[]): unknown {
      const env = this.env;
      if (env.depth > 0) return impl.apply(this, args);
      env.calls.record(key);
      env.depth += 1;
      try {
        requirePermission(env.options.authMode ?? 'FULL', className, name);
        return impl.apply(this, args);
      } catch (error) {
        throw toRealmError(env, error);
      } finally {
        env.depth -= 1;
      }
    };
    Object.defineProperty(counted, 'name', { value: name });
    Object.defineProperty(proto, name, { ...descriptor, value: counted });
  }
  Object.setPrototypeOf(proto, unimplementedTrap(className));
}

/**
 * A stand-in for a service the add-on must not use: any member access throws.
 *
 * @example
 * try { forbiddenService(env, 'DriveApp', 'service DriveApp is not allowed').getFiles } catch (e) { e.message }
 * //=> 'service DriveApp is not allowed (touched DriveApp.getFiles)'
 */
export function forbiddenService(env: ServiceEnv, serviceName: string, reason: string): object {
  const fail = (member: string): never => {
    throw env.error(`${reason} (touched ${serviceName}.${member})`, 'ForbiddenServiceError');
  };
  return new Proxy(Object.create(null) as object, {
    get(_target, prop) {
      if (isProbe(prop) && prop !== 'env') return undefined;
      return fail(String(prop));
    },
    set(_target, prop) {
      return fail(String(prop));
    },
    has(_target, prop) {
      return fail(String(prop));
    },
    ownKeys() {
      return fail('(enumerate)');
    },
  });
}
