/**
 * Logger: lines are kept in the execution's log (tests check that no row contents are logged,
 * design §7.2) and optionally forwarded.
 */
import { format } from 'node:util';
import type { ServiceEnv } from '../sheets/env';
import { exposeAs, type ServiceObject } from '../sheets/expose';

export class LoggerLocal implements ServiceObject {
  constructor(readonly env: ServiceEnv) {}

  log(data: unknown, ...values: unknown[]): LoggerLocal {
    const line = values.length === 0 && typeof data === 'string' ? data : format(data, ...values);
    this.env.log.push(line);
    this.env.options.logSink?.(line);
    return this;
  }

  getLog(): string {
    return this.env.log.join('\n');
  }

  clear(): void {
    this.env.log.length = 0;
  }
}
exposeAs('Logger', LoggerLocal);
