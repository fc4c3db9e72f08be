/** "Insert sample data" through the bundle: new tagged tabs, never overwriting, ready to generate from. */
import { SAMPLE_TAB_NAMES } from '../../src/core/sample';
import { workbookFromTabs } from '../../src/local/workbook/fromTabs';
import { execute, sheetNames, snapshotSheet } from './bundleRun';

describe('insertSampleData', () => {
  it('adds the sample tabs to an empty spreadsheet, tagged, and the report can be generated from them', () => {
    const workbook = workbookFromTabs([{ name: 'シート1', rows: [] }], { timeZone: 'Asia/Tokyo' });
    // Sample cells such as "¥1,200,000" or "20250401" are text Sheets would turn into numbers: allowed here.
    const { services } = execute(workbook, 'insertSampleData', [], undefined, 'ja_JP', 'note');
    expect(sheetNames(workbook)).toEqual(['シート1', ...SAMPLE_TAB_NAMES]);
    expect(workbook.developerMetadata.filter((m) => m.key === 'funnelKpi.sample')).toHaveLength(SAMPLE_TAB_NAMES.length);
    expect(services.ui.toasts.at(-1)?.message).toBe(`サンプルデータのタブを${SAMPLE_TAB_NAMES.length}個追加しました。`);
    const { result } = execute(workbook, 'generateFunnelReport', [{}]);
    expect(result).toMatchObject({ summarySheet: 'ファネル概要', period: { from: '2025-04-01', to: '2026-03-31' } });
  });

  it('never overwrites: a tab already named like a sample tab stays and the sample gets "(2)"', () => {
    const workbook = workbookFromTabs([{ name: 'リード', rows: [['私のリスト']] }], { timeZone: 'Asia/Tokyo' });
    const mine = snapshotSheet(workbook, workbook.sheets[0]!);
    execute(workbook, 'insertSampleData', [], undefined, 'ja_JP', 'note');
    expect(snapshotSheet(workbook, workbook.sheets[0]!)).toEqual(mine);
    expect(sheetNames(workbook)).toContain('リード (2)');
  });
});
