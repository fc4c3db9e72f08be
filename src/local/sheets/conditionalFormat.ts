/**
 * Conditional formatting: `SpreadsheetApp.newConditionalFormatRule()`, its builder, the built rule
 * and its `BooleanCondition`, and `Sheet.setConditionalFormatRules` / `getConditionalFormatRules`.
 * Only the number conditions the report uses are modelled, with background and font colour; other
 * builder methods throw "not implemented in the local runtime".
 */
import type { ConditionalFormatRecord, NumberCondition, SheetData } from '../workbook/model';
import { BooleanCriteria, type EnumMember } from './enums';
import type { ServiceEnv } from './env';
import { exposeAs, type ServiceObject } from './expose';
import { colorOf, liveSheet, Range } from './range';

function numberOf(value: unknown, method: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`The parameters (${typeof value}) don't match the method signature for ${method}: expected a number`);
  return value;
}

export class ConditionalFormatRuleBuilder implements ServiceObject {
  private condition: NumberCondition | null = null;
  private background: string | null = null;
  private fontColor: string | null = null;
  private ranges: Range[] = [];

  constructor(readonly env: ServiceEnv) {}

  whenNumberLessThan(n: unknown): ConditionalFormatRuleBuilder {
    this.condition = { kind: 'NUMBER_LESS_THAN', values: [numberOf(n, 'ConditionalFormatRuleBuilder.whenNumberLessThan')] };
    return this;
  }

  whenNumberGreaterThan(n: unknown): ConditionalFormatRuleBuilder {
    this.condition = { kind: 'NUMBER_GREATER_THAN', values: [numberOf(n, 'ConditionalFormatRuleBuilder.whenNumberGreaterThan')] };
    return this;
  }

  whenNumberGreaterThanOrEqualTo(n: unknown): ConditionalFormatRuleBuilder {
    this.condition = { kind: 'NUMBER_GREATER_THAN_OR_EQUAL_TO', values: [numberOf(n, 'ConditionalFormatRuleBuilder.whenNumberGreaterThanOrEqualTo')] };
    return this;
  }

  /** Both ends included, as in Sheets ("is between"). */
  whenNumberBetween(start: unknown, end: unknown): ConditionalFormatRuleBuilder {
    const method = 'ConditionalFormatRuleBuilder.whenNumberBetween';
    this.condition = { kind: 'NUMBER_BETWEEN', values: [numberOf(start, method), numberOf(end, method)] };
    return this;
  }

  setBackground(color: unknown): ConditionalFormatRuleBuilder {
    this.background = colorOf(color, 'ConditionalFormatRuleBuilder.setBackground');
    return this;
  }

  setFontColor(color: unknown): ConditionalFormatRuleBuilder {
    this.fontColor = colorOf(color, 'ConditionalFormatRuleBuilder.setFontColor');
    return this;
  }

  setRanges(ranges: unknown): ConditionalFormatRuleBuilder {
    if (!Array.isArray(ranges) || !ranges.every((range) => range instanceof Range)) {
      throw new Error("The parameters don't match the method signature for ConditionalFormatRuleBuilder.setRanges: expected Range[]");
    }
    this.ranges = ranges;
    return this;
  }

  /** Sheets refuses a rule without a condition or without a range (assumed: at build, not at set). */
  build(): ConditionalFormatRule {
    if (this.condition === null) throw new Error('ConditionalFormatRuleBuilder.build: the rule has no condition (call a when… method first)');
    if (this.ranges.length === 0) throw new Error('ConditionalFormatRuleBuilder.build: the rule has no range (call setRanges first)');
    const where = this.ranges.map((range) => Range.whereOf_(range));
    return new ConditionalFormatRule(this.env, {
      ranges: where.map(({ rect }) => rect),
      condition: this.condition,
      background: this.background,
      fontColor: this.fontColor,
    }, where.map(({ data }) => data));
  }
}
exposeAs('ConditionalFormatRuleBuilder', ConditionalFormatRuleBuilder);

export class ConditionalFormatRule implements ServiceObject {
  constructor(
    readonly env: ServiceEnv,
    private readonly record: ConditionalFormatRecord,
    private readonly sheets: readonly SheetData[],
  ) {}

  static recordOf_(rule: ConditionalFormatRule): { readonly record: ConditionalFormatRecord; readonly sheets: readonly SheetData[] } {
    return { record: rule.record, sheets: rule.sheets };
  }

  getRanges(): Range[] {
    return this.record.ranges.map((rect, index) => new Range(this.env, this.sheets[index] as SheetData, rect));
  }

  getBooleanCondition(): BooleanCondition {
    return new BooleanCondition(this.env, this.record);
  }
}
exposeAs('ConditionalFormatRule', ConditionalFormatRule);

export class BooleanCondition implements ServiceObject {
  constructor(
    readonly env: ServiceEnv,
    private readonly record: ConditionalFormatRecord,
  ) {}

  getCriteriaType(): EnumMember {
    return BooleanCriteria[this.record.condition.kind];
  }

  getCriteriaValues(): number[] {
    return [...this.record.condition.values];
  }

  /** `#rrggbb`, or null when the rule leaves the fill alone. */
  getBackground(): string | null {
    return this.record.background;
  }

  getFontColor(): string | null {
    return this.record.fontColor;
  }
}
exposeAs('BooleanCondition', BooleanCondition);

/** `Sheet.setConditionalFormatRules`: replaces all of the sheet's rules; a rule over another sheet's range throws. */
export function setConditionalFormatRules(sheet: SheetData, rules: unknown): void {
  if (!Array.isArray(rules) || !rules.every((rule) => rule instanceof ConditionalFormatRule)) {
    throw new Error("The parameters don't match the method signature for Sheet.setConditionalFormatRules: expected ConditionalFormatRule[]");
  }
  sheet.conditionalFormats = (rules).map((rule) => {
    const { record, sheets } = ConditionalFormatRule.recordOf_(rule);
    if (sheets.some((other) => liveSheet(other) !== sheet)) throw new Error(`Sheet.setConditionalFormatRules: a rule's ranges must be on the sheet "${sheet.name}" itself`);
    return record;
  });
}

export function conditionalFormatRulesOf(env: ServiceEnv, sheet: SheetData): ConditionalFormatRule[] {
  return sheet.conditionalFormats.map((record) => new ConditionalFormatRule(env, record, record.ranges.map(() => sheet)));
}
