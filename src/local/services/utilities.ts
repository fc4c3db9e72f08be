/**
 * Utilities: formatDate with real time zones; the rest of the service is not modelled.
 */
import { randomUUID } from 'node:crypto';
import { isAnyRealmDate } from '../sheets/cellValues';
import type { ServiceEnv } from '../sheets/env';
import { exposeAs, type ServiceObject } from '../sheets/expose';
import { formatDate } from '../time/formatDate';
import { isKnownTimeZone } from '../time/zone';

export class UtilitiesLocal implements ServiceObject {
  constructor(readonly env: ServiceEnv) {}

  formatDate(date: unknown, timeZone: unknown, format: unknown): string {
    if (!isAnyRealmDate(date)) throw new Error('Utilities.formatDate: the first argument must be a Date');
    if (typeof timeZone !== 'string' || !isKnownTimeZone(timeZone)) throw new Error(`Utilities.formatDate: unknown time zone ${JSON.stringify(timeZone)}`);
    if (typeof format !== 'string') throw new Error('Utilities.formatDate: the format must be a string');
    return formatDate(date, timeZone, format);
  }

  getUuid(): string {
    return randomUUID();
  }

  /** Nothing to wait for in a single-threaded run. */
  sleep(milliseconds: unknown): void {
    if (typeof milliseconds !== 'number' || milliseconds < 0) throw new Error('Utilities.sleep: expected milliseconds ≥ 0');
  }
}
exposeAs('Utilities', UtilitiesLocal);
