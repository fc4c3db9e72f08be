/**
 * The bench's input: the sample workbook (src/core/sample) scaled to a lead count, with fixed ad
 * and traffic volumes. Generating the data is slow at 100,000 leads, so the tabs are generated once
 * and every timed run gets a fresh in-memory copy: no report sheets from an earlier run, and no date
 * cell whose per-zone instant an earlier run already memoised.
 */
import { buildSampleWorkbook, isDayCell, type SampleCell, type SampleTab } from '../../core/sample';
import { workbookFromTabs, type CellInput } from '../workbook/fromTabs';
import { LocalDateTime, type Workbook } from '../workbook/model';

/** Ad rows (Google広告 + Yahoo!広告) and GA4 rows of every bench workbook (design §10). */
export const BENCH_AD_ROWS = 20_000;
export const BENCH_TRAFFIC_ROWS = 20_000;
export const BENCH_TIME_ZONE = 'Asia/Tokyo';

export interface SyntheticWorkbook {
  readonly leads: number;
  readonly tabs: readonly SampleTab[];
  /** A new workbook holding the tabs (fresh cells, nothing else). */
  fresh(): Workbook;
  /** Cells over every tab, header rows included. */
  readonly cellCount: number;
  /** Rows over every tab, header and comment rows included (what a row-by-row reader visits). */
  readonly rows: number;
}

/** A sample cell as a workbook cell; day cells become midnight date cells, as in sampleWorkbook.ts. */
function toCellInput(cell: SampleCell): CellInput {
  return isDayCell(cell) ? LocalDateTime.fromUtcFields(new Date(`${cell.iso}T00:00:00Z`)) : cell;
}

/**
 * Builds the tabs of a bench workbook once.
 *
 * @example
 * syntheticWorkbook(1000).fresh().sheets.map((sheet) => sheet.name)
 * //=> ['Google広告', 'Yahoo!広告', '展示会・イベント', 'GA4', 'リード', '商談', '目標', 'メール']
 */
export function syntheticWorkbook(leads: number, volumes: { adRows?: number; trafficRows?: number } = {}): SyntheticWorkbook {
  const tabs = buildSampleWorkbook({ leads, adRows: volumes.adRows ?? BENCH_AD_ROWS, trafficRows: volumes.trafficRows ?? BENCH_TRAFFIC_ROWS });
  let cellCount = 0;
  let rows = 0;
  for (const tab of tabs) {
    for (const row of tab.values) cellCount += row.length;
    rows += tab.values.length;
  }
  return {
    leads,
    tabs,
    cellCount,
    rows,
    fresh: () =>
      workbookFromTabs(
        tabs.map((tab) => ({ name: tab.name, rows: tab.values.map((row) => row.map(toCellInput)) })),
        { name: `ファネルKPI ベンチ ${leads}`, timeZone: BENCH_TIME_ZONE },
      ),
  };
}
