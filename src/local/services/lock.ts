/**
 * LockService: the document lock is the workbook's, shared by every execution on that workbook,
 * so a second run's `tryLock` fails while the first holds it (design §7.1). Nothing actually waits:
 * with one thread, a held lock cannot be released during the wait.
 */
import type { ServiceEnv } from '../sheets/env';
import { exposeAs, type ServiceObject } from '../sheets/expose';

function requireTimeout(timeout: unknown, method: string): number {
  if (typeof timeout !== 'number' || !Number.isFinite(timeout) || timeout < 0) {
    throw new Error(`${method}: the timeout must be a number of milliseconds ≥ 0`);
  }
  return timeout;
}

export class Lock implements ServiceObject {
  constructor(readonly env: ServiceEnv) {}

  tryLock(timeoutInMillis: unknown): boolean {
    requireTimeout(timeoutInMillis, 'Lock.tryLock');
    return this.env.workbook.documentLock.acquire(this.env.lockOwner);
  }

  waitLock(timeoutInMillis: unknown): void {
    requireTimeout(timeoutInMillis, 'Lock.waitLock');
    if (!this.env.workbook.documentLock.acquire(this.env.lockOwner)) {
      throw new Error('Lock timeout: another process was holding the lock for too long.');
    }
  }

  hasLock(): boolean {
    return this.env.workbook.documentLock.isHeldBy(this.env.lockOwner);
  }

  releaseLock(): void {
    this.env.workbook.documentLock.release(this.env.lockOwner);
  }
}
exposeAs('Lock', Lock);

export class LockServiceLocal implements ServiceObject {
  constructor(readonly env: ServiceEnv) {}

  /** Null when the run was started with `documentLock: 'null'`: the platform may return null. */
  getDocumentLock(): Lock | null {
    if (this.env.options.documentLock === 'null') return null;
    return new Lock(this.env);
  }
}
exposeAs('LockService', LockServiceLocal);
