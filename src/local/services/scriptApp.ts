/**
 * ScriptApp: only the AuthMode enum. Triggers, OAuth tokens and service URLs are unimplemented
 * (Funnel KPI uses none of them).
 */
import { AuthMode, type EnumMember } from '../sheets/enums';
import type { ServiceEnv } from '../sheets/env';
import { exposeAs, type ServiceObject } from '../sheets/expose';

export class ScriptAppLocal implements ServiceObject {
  readonly AuthMode: Readonly<Record<string, EnumMember>> = AuthMode;

  constructor(readonly env: ServiceEnv) {}
}
exposeAs('ScriptApp', ScriptAppLocal);
