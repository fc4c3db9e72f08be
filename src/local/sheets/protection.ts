/**
 * Sheet protection (design §7.1: report sheets get warning-only protection).
 */
import type { ProtectionRecord, SheetData } from '../workbook/model';
import { ProtectionType, type EnumMember } from './enums';
import type { ServiceEnv } from './env';
import { exposeAs, type ServiceObject } from './expose';
import { isRestrictedFromUser, PROTECTED_EDIT_MESSAGE } from './platformState';

export class Protection implements ServiceObject {
  constructor(
    readonly env: ServiceEnv,
    private readonly sheet: SheetData,
    private readonly record: ProtectionRecord,
  ) {}

  private live_(): ProtectionRecord {
    if (!this.sheet.protections.includes(this.record)) throw new Error('This protection was removed.');
    return this.record;
  }

  /** The protection, when this user may change it (a restricted one set by an owner may not be). */
  private editable_(): ProtectionRecord {
    const record = this.live_();
    if (isRestrictedFromUser(record)) throw new Error(PROTECTED_EDIT_MESSAGE);
    return record;
  }

  setWarningOnly(warningOnly: unknown): Protection {
    if (typeof warningOnly !== 'boolean') throw new Error('Protection.setWarningOnly: expected true or false');
    this.editable_().warningOnly = warningOnly;
    return this;
  }

  isWarningOnly(): boolean {
    return this.live_().warningOnly;
  }

  setDescription(description: unknown): Protection {
    if (typeof description !== 'string') throw new Error('Protection.setDescription: expected a string');
    this.editable_().description = description;
    return this;
  }

  getDescription(): string {
    return this.live_().description;
  }

  getProtectionType(): EnumMember {
    return ProtectionType[this.live_().type];
  }

  /** False for a restricted protection that leaves this user out (platformState.restrictSheetProtection). */
  canEdit(): boolean {
    return !isRestrictedFromUser(this.live_());
  }

  remove(): void {
    this.editable_();
    const index = this.sheet.protections.indexOf(this.record);
    if (index >= 0) this.sheet.protections.splice(index, 1);
  }
}
exposeAs('Protection', Protection);
