/**
 * `RangeList`: one call that formats several ranges (Google's advice for scattered cells).
 */
import type { ServiceEnv } from './env';
import { exposeAs, type ServiceObject } from './expose';
import type { Range } from './range';

export class RangeList implements ServiceObject {
  constructor(
    readonly env: ServiceEnv,
    private readonly ranges: readonly Range[],
  ) {}

  getRanges(): Range[] {
    return [...this.ranges];
  }

  setNumberFormat(format: unknown): RangeList {
    for (const range of this.ranges) range.setNumberFormat(format);
    return this;
  }

  setFontWeight(weight: unknown): RangeList {
    for (const range of this.ranges) range.setFontWeight(weight);
    return this;
  }

  setHorizontalAlignment(alignment: unknown): RangeList {
    for (const range of this.ranges) range.setHorizontalAlignment(alignment);
    return this;
  }

  setWrap(wrap: unknown): RangeList {
    for (const range of this.ranges) range.setWrap(wrap);
    return this;
  }

  setValue(value: unknown): RangeList {
    for (const range of this.ranges) range.setValue(value);
    return this;
  }

  setFormula(formula: unknown): RangeList {
    for (const range of this.ranges) range.setFormula(formula);
    return this;
  }

  clear(options?: unknown): RangeList {
    for (const range of this.ranges) range.clear(options);
    return this;
  }

  clearContent(): RangeList {
    for (const range of this.ranges) range.clearContent();
    return this;
  }

  clearFormat(): RangeList {
    for (const range of this.ranges) range.clearFormat();
    return this;
  }
}
exposeAs('RangeList', RangeList);
