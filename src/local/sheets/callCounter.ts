/**
 * Counts service calls by `Class.method`, the measure design §10 uses ("the number of Sheets service
 * calls is the same for 1,000 and 100,000 leads"). Only calls made by the bundle are counted; the
 * runtime's own internal calls are not.
 */

/** Classes of the Spreadsheet service (what "Sheets service calls" means in design §10). */
export const SHEETS_SERVICE_CLASSES: ReadonlySet<string> = new Set([
  'SpreadsheetApp',
  'Spreadsheet',
  'Sheet',
  'Range',
  'RangeList',
  'DeveloperMetadata',
  'DeveloperMetadataFinder',
  'DeveloperMetadataLocation',
  'Protection',
  'EmbeddedChartBuilder',
  'EmbeddedChart',
  'ChartOptions',
  'ContainerInfo',
]);

/**
 * True for a `Class.method` key of the Spreadsheet service.
 *
 * @example
 * isSheetsServiceCall('Range.setValues')
 * //=> true
 */
export function isSheetsServiceCall(key: string): boolean {
  return SHEETS_SERVICE_CLASSES.has(key.slice(0, key.indexOf('.')));
}

export class CallCounter {
  private readonly counts = new Map<string, number>();
  /** Cells handed to the bundle by value reads (getValues, getDisplayValues…): what a read costs in real Sheets. */
  cellsRead = 0;
  private readonly faults = new Map<string, { readonly call: number; readonly error: () => Error }>();

  /** Adds one call of `key` (`Class.method`); throws when a fault was planted on this call. */
  record(key: string): void {
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    const fault = this.faults.get(key);
    if (fault && fault.call === count) {
      this.faults.delete(key);
      throw fault.error();
    }
  }

  /**
   * Tests: makes the `call`-th call of `key` (counted from now on, 1-based) throw, as a Sheets
   * service failing part-way through a generation would.
   */
  failOn(key: string, call: number, error: () => Error = () => new Error(`Injected failure at ${key} #${call}`)): void {
    this.faults.set(key, { call: this.get(key) + call, error });
  }

  /**
   * Calls of one `Class.method` so far.
   *
   * @example
   * const calls = new CallCounter(); calls.record('Range.setValues'); calls.get('Range.setValues')
   * //=> 1
   */
  get(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  /** All counts, keys sorted, as a plain object (stable for snapshots and the bench report). */
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }

  /** Sum of the counts whose key passes `filter` (all when omitted). */
  total(filter: (key: string) => boolean = () => true): number {
    let sum = 0;
    for (const [key, count] of this.counts) if (filter(key)) sum += count;
    return sum;
  }

  /** Total Spreadsheet-service calls. */
  sheetsTotal(): number {
    return this.total(isSheetsServiceCall);
  }

  reset(): void {
    this.counts.clear();
    this.cellsRead = 0;
  }
}
