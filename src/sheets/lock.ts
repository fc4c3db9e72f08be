/**
 * One generation per document at a time (design §7.1): the document lock, with a clear message for the
 * second person who clicks Generate.
 */
import { FunnelError } from '../core/pipeline/errors';
import type { Language } from '../core/model/types';

const WAIT_MILLISECONDS = 3000;

export function withDocumentLock<T>(language: Language, work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(WAIT_MILLISECONDS)) {
    throw new FunnelError(
      'busy',
      language === 'ja'
        ? 'このスプレッドシートでは、別のファネルレポートを作成中です。完了してから（通常は1分以内）もう一度お試しください。'
        : 'Another funnel report is being generated in this spreadsheet. Try again when it has finished (usually within a minute).'
    );
  }
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
