/**
 * Session: the user's locale and the script's zone. Identity calls (getActiveUser,
 * getEffectiveUser) are left unimplemented: Funnel KPI must not need them (design §7.2).
 */
import type { ServiceEnv } from '../sheets/env';
import { exposeAs, type ServiceObject } from '../sheets/expose';

export class SessionLocal implements ServiceObject {
  constructor(readonly env: ServiceEnv) {}

  getActiveUserLocale(): string {
    return this.env.options.userLocale;
  }

  getScriptTimeZone(): string {
    return this.env.options.scriptTimeZone;
  }
}
exposeAs('Session', SessionLocal);
