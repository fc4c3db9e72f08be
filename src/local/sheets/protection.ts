/**
 * Sheet protection (design §7.1: report sheets get warning-only protection).
 */
import type { ProtectionRecord, SheetData } from '../workbook/model';
import { ProtectionType, type EnumMember } from './enums';
import type { ServiceEnv } from './env';
import { exposeAs, type ServiceObject } from './expose';

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

  setWarningOnly(warningOnly: unknown): Protection {
    if (typeof warningOnly !== 'boolean') throw new Error('Protection.setWarningOnly: expected true or false');
    this.live_().warningOnly = warningOnly;
    return this;
  }

  isWarningOnly(): boolean {
    return this.live_().warningOnly;
  }

  setDescription(description: unknown): Protection {
    if (typeof description !== 'string') throw new Error('Protection.setDescription: expected a string');
    this.live_().description = description;
    return this;
  }

  getDescription(): string {
    return this.live_().description;
  }

  getProtectionType(): EnumMember {
    return ProtectionType[this.live_().type];
  }

  /** The runner's user owns the workbook. */
  canEdit(): boolean {
    return true;
  }

  remove(): void {
    const index = this.sheet.protections.indexOf(this.record);
    if (index >= 0) this.sheet.protections.splice(index, 1);
  }
}
exposeAs('Protection', Protection);
