/**
 * `SpreadsheetApp`, the entry to the Spreadsheet service, plus the `Charts` global (for
 * `Charts.ChartType`).
 */
import { ConditionalFormatRuleBuilder } from './conditionalFormat';
import {
  BooleanCriteria,
  ChartPosition,
  ChartType,
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  ProtectionType,
  SheetType,
  type EnumMember,
} from './enums';
import type { ServiceEnv } from './env';
import { exposeAs, type ServiceObject } from './expose';
import { Sheet } from './sheet';
import { Spreadsheet } from './spreadsheet';
import { Ui } from './ui';

type Enum = Readonly<Record<string, EnumMember>>;

export class SpreadsheetAppLocal implements ServiceObject {
  readonly DeveloperMetadataVisibility: Enum = DeveloperMetadataVisibility;
  readonly DeveloperMetadataLocationType: Enum = DeveloperMetadataLocationType;
  readonly ProtectionType: Enum = ProtectionType;
  readonly SheetType: Enum = SheetType;
  readonly BooleanCriteria: Enum = BooleanCriteria;

  constructor(readonly env: ServiceEnv) {}

  getActive(): Spreadsheet {
    return new Spreadsheet(this.env);
  }

  getActiveSpreadsheet(): Spreadsheet {
    return new Spreadsheet(this.env);
  }

  getActiveSheet(): Sheet {
    return new Spreadsheet(this.env).getActiveSheet();
  }

  newConditionalFormatRule(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.env);
  }

  getUi(): Ui {
    return new Ui(this.env);
  }

  /** Writes are applied at once here; the call is only counted. */
  flush(): void {}
}
exposeAs('SpreadsheetApp', SpreadsheetAppLocal);

export class ChartsLocal implements ServiceObject {
  readonly ChartType: Enum = ChartType;
  readonly Position: Enum = ChartPosition;

  constructor(readonly env: ServiceEnv) {}
}
exposeAs('Charts', ChartsLocal);
