/**
 * Public surface of the sample workbook: the builder, its tab names and the cell helpers runtimes
 * need to write date cells.
 */
export { buildSampleWorkbook, DEFAULT_SAMPLE_SEED, SAMPLE_TAB_NAMES } from './buildSampleWorkbook';
export type { SampleTabName, SampleWorkbookOptions } from './buildSampleWorkbook';
export { dayCell, dayCellToEpochMilliseconds, dayCellToSerial, isDayCell, sampleCellToValue } from './cells';
export type { DayCell, SampleCell, SampleTab } from './cells';
export { PLAIN_TEXT, storedInSheets } from './storedCells';
export type { StoredCell } from './storedCells';
