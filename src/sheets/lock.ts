/**
 * One generation per document at a time (design §7.1): the document lock, with a clear message for the
 * second person who clicks Generate. The platform may give no document lock at all (getDocumentLock
 * returns null): then the generation runs without one and says so in the execution log, rather than
 * reporting a "busy" that would never clear.
 */
import { FunnelError } from '../core/pipeline/errors';
import type { Language } from '../core/model/types';
import { serverMessage } from '../core/text/messages';

const WAIT_MILLISECONDS = 3000;

export function withDocumentLock<T>(language: Language, work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock) {
    Logger.log('Funnel KPI: no document lock is available here (getDocumentLock returned null); generating without one.');
    return work();
  }
  if (!lock.tryLock(WAIT_MILLISECONDS)) {
    throw new FunnelError('busy', serverMessage(language, 'sheets.busy'));
  }
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
