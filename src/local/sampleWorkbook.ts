/**
 * The sample workbook (src/core/sample) as an in-memory spreadsheet: what `npm start`, the preview
 * and the tests run on when no input is given.
 */
import { buildSampleWorkbook, isDayCell, type SampleCell, type SampleWorkbookOptions } from '../core/sample';
import { LocalDateTime, type Workbook } from './workbook/model';
import { workbookFromTabs, type CellInput } from './workbook/fromTabs';

/** A sample cell as a workbook cell: day cells become real dates (midnight, spreadsheet time). */
function toCellInput(cell: SampleCell): CellInput {
  if (!isDayCell(cell)) return cell;
  return LocalDateTime.fromUtcFields(new Date(`${cell.iso}T00:00:00Z`));
}

export function sampleWorkbook(options: SampleWorkbookOptions & { timeZone?: string } = {}): Workbook {
  const tabs = buildSampleWorkbook(options).map((tab) => ({ name: tab.name, rows: tab.values.map((row) => row.map(toCellInput)) }));
  return workbookFromTabs(tabs, { name: 'ファネルKPI サンプル', timeZone: options.timeZone ?? 'Asia/Tokyo' });
}
