/**
 * "Generate funnel report" end to end: the built bundle on the in-memory spreadsheet (design §6, §7).
 */
import type { FunnelSummary } from '../../src/core/model/summary';
import { buildSampleWorkbook } from '../../src/core/sample';
import { sampleWorkbook } from '../../src/local/sampleWorkbook';
import { workbookFromTabs, type TabInput } from '../../src/local/workbook/fromTabs';
import type { SheetData, Workbook } from '../../src/local/workbook/model';
import { execute, sheetNames, snapshotInputTabs, snapshotSheet } from './bundleRun';

const REPORT_NAMES_JA = ['ファネル概要', 'チャネル別', '月次推移', 'リードタイム', '目標逆算', 'KPIガイド'];

/** Two channels, four leads: every expected count below is worked out by hand in the comments. */
function smallTabs(): TabInput[] {
  return [
    {
      name: '広告',
      rows: [
        ['日付', '媒体', '費用', '表示回数', 'クリック数'],
        ['2025-04-01', 'Google広告', 10000, 1000, 100],
        ['2025-04-02', '展示会', '¥50,000', '', ''],
      ],
    },
    {
      name: 'リード',
      rows: [
        ['リードID', '作成日', '流入元', 'MQL日', '商談日', '受注日', '金額'],
        ['L1', '2025-04-01', 'Google広告', '2025-04-03', '2025-04-05', '2025-04-20', 300000],
        ['L2', '2025-04-02', 'Google広告', '2025-04-04', '', '', ''],
        ['L3', '2025-04-02', '展示会', '', '', '', ''],
        ['L4', '2025-04-03', '展示会', '2025-04-05', '2025-04-10', '', ''],
      ],
    },
  ];
}

function smallWorkbook(): Workbook {
  return workbookFromTabs(smallTabs(), { name: 'Small', timeZone: 'Asia/Tokyo' });
}

function sheet(workbook: Workbook, name: string): SheetData {
  const found = workbook.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name} in ${sheetNames(workbook).join(', ')}`);
  return found;
}

const isBlank = (value: unknown): boolean => value === '' || value === null || value === undefined;

/**
 * The headers of the table whose header row is `r`, each prefixed with the name of its column group
 * when a group row stands above (商談 over 目標 / 実績（発生日） → 商談目標, 商談実績（発生日）): a row
 * with an empty first cell and names further right, each name over its column and those after it.
 */
function headersAt(target: SheetData, r: number): string[] {
  const columns = Array.from({ length: target.lastColumn() }, (_, c) => c);
  const above = r > 0 ? columns.map((c) => target.value(r - 1, c)) : [];
  const grouped = above.length > 0 && isBlank(above[0]) && above.some((value) => !isBlank(value));
  let group = '';
  return columns.map((c) => {
    if (grouped && !isBlank(above[c])) group = String(above[c]);
    const header = target.value(r, c);
    return isBlank(header) ? '' : `${group}${String(header)}`;
  });
}

/**
 * The row whose first cell is `label` in every table headed `headerLabel` (a core table and the
 * secondary tables below it repeat the row labels), merged into one record keyed by the headers.
 */
function tableRow(target: SheetData, headerLabel: string, label: string): Record<string, unknown> {
  let header: unknown[] | null = null;
  const merged: Record<string, unknown> = {};
  for (let r = 0; r < target.lastRow(); r += 1) {
    const first = target.value(r, 0);
    if (first === headerLabel) header = headersAt(target, r);
    // A blank row ends a table: a later table under another header (見込み) is not read with this one's names.
    else if (first === '' || first === null || first === undefined) header = null;
    else if (header && first === label) {
      header.forEach((name, c) => {
        if (name !== '' && name !== null && name !== undefined) merged[String(name)] = target.formula(r, c) ?? target.value(r, c);
      });
    }
  }
  if (Object.keys(merged).length === 0) throw new Error(`no row ${label} under ${headerLabel} in ${target.name}`);
  return merged;
}

describe('generateFunnelReport through the bundle', () => {
  it('writes the report sheets with the expected counts', () => {
    const workbook = smallWorkbook();
    const { result } = execute(workbook, 'generateFunnelReport', [{ settings: { language: 'ja' } }]);
    expect(sheetNames(workbook)).toEqual(['広告', 'リード', ...REPORT_NAMES_JA]);
    const channels = sheet(workbook, 'チャネル別');
    // Channels are indented under their group's row. Google広告: L1 (won ⇒ 商談 ⇒ SQL ⇒ MQL) and L2 (MQL only); cost 10,000.
    expect(tableRow(channels, 'チャネル', '    Google広告')).toMatchObject({ リード: 2, MQL: 2, SQL: 1, 商談: 1, 受注: 1, 費用: 10000, 受注金額: 300000, 表示回数: 1000, クリック数: 100 });
    // 展示会: L3 (lead only) and L4 (商談 ⇒ SQL ⇒ MQL); cost ¥50,000; no impressions in its ad row → 0.
    expect(tableRow(channels, 'チャネル', '    展示会')).toMatchObject({ リード: 2, MQL: 1, SQL: 1, 商談: 1, 受注: 0, 費用: 50000, 表示回数: 0 });
    expect(tableRow(channels, 'チャネル', '合計')).toMatchObject({ リード: 4, MQL: 3, SQL: 2, 商談: 2, 受注: 1 });
    expect(result).toMatchObject({ summarySheet: 'ファネル概要', sheets: REPORT_NAMES_JA, period: { from: '2025-04-01', to: '2025-04-03' } });
  });

  it('reports 受注率 of closed deals, the pipeline, and March attainment by event date on the sample workbook', () => {
    const workbook = sampleWorkbook();
    const summary = execute(workbook, 'getFunnelSummary', [{}]).result as FunnelSummary;
    const { total } = summary;
    // 受注率 = won ÷ (won + lost); 商談→受注率 = won ÷ opportunities; won + lost + open = opportunities.
    expect(total.winRate).toBeCloseTo((total.won ?? 0) / ((total.won ?? 0) + (total.lost ?? 0)), 12);
    expect(total.opportunityToWinRate).toBeCloseTo((total.won ?? 0) / (total.opportunities ?? 1), 12);
    expect((total.won ?? 0) + (total.lost ?? 0) + (total.openOpportunities ?? 0)).toBe(total.opportunities);
    expect(total.winRate).toBeGreaterThan(total.opportunityToWinRate ?? 1);
    expect(total.openOpportunities).toBeGreaterThan(0);
    expect(total.pipelineAmount).toBeGreaterThan(0);
    // March 2026 in the cohort view: 3 opportunities from March's leads so far, but the target of 15
    // compares with the 11 opportunities that happened in March.
    const march = summary.byMonth.find((row) => row.month === '2026-03')!;
    expect(march.opportunities).toBe(3);
    expect(march.targets.find((target) => target.metric === 'opportunities')).toEqual({ metric: 'opportunities', target: 15, actual: 11, attainment: 11 / 15 });

    execute(workbook, 'generateFunnelReport', [{}]);
    const monthly = sheet(workbook, '月次推移');
    expect(tableRow(monthly, '月', '2026-03')).toMatchObject({ 商談: 3, '商談目標': 15, '商談実績（発生日）': 11 });
    const dashboard = sheet(workbook, 'ファネル概要');
    expect(tableRow(dashboard, '状態', '進行中の商談')).toMatchObject({ 件数: total.openOpportunities, 金額: total.pipelineAmount });
  });

  it('writes every ratio as a formula over cells of the same sheet', () => {
    const workbook = smallWorkbook();
    execute(workbook, 'generateFunnelReport', [{ settings: { language: 'en' } }], undefined, 'en_US');
    const byChannel = sheet(workbook, 'By channel');
    const formulas = byChannel.formulaCells();
    expect(formulas.length).toBeGreaterThan(10);
    for (const { formula } of formulas) {
      expect(formula).not.toMatch(/!/); // no reference to another sheet
      expect(formula).toMatch(/^=[A-Z0-9$:()+\-*/,."—<>= ]+$|^=IFERROR|^=IF|^=SUM|^=AVERAGE/);
    }
  });

  it('leaves the user tabs exactly as they were (values, formats, names, order)', () => {
    const workbook = sampleWorkbook();
    const before = snapshotInputTabs(workbook);
    execute(workbook, 'generateFunnelReport', [{}]);
    execute(workbook, 'generateFunnelReport', [{ settings: { view: 'period' } }]);
    expect(snapshotInputTabs(workbook)).toEqual(before);
    expect(sheetNames(workbook).slice(0, before.length)).toEqual(buildSampleWorkbook().map((tab) => tab.name));
  });

  it('leaves a user sheet that holds a report name untouched and writes the report beside it', () => {
    const workbook = workbookFromTabs([...smallTabs(), { name: 'ファネル概要', rows: [['私のメモ'], ['消さないで']] }], { timeZone: 'Asia/Tokyo' });
    const mine = snapshotSheet(workbook, sheet(workbook, 'ファネル概要'));
    const { result } = execute(workbook, 'generateFunnelReport', [{}]);
    expect(snapshotSheet(workbook, sheet(workbook, 'ファネル概要'))).toEqual(mine);
    expect(sheetNames(workbook)).toContain('ファネル概要 (2)');
    expect(result).toMatchObject({ summarySheet: 'ファネル概要 (2)' });
    // Regenerating keeps the same names: the tagged sheet is replaced, the user's stays.
    execute(workbook, 'generateFunnelReport', [{}]);
    expect(sheetNames(workbook).filter((n) => n.startsWith('ファネル概要'))).toEqual(['ファネル概要', 'ファネル概要 (2)']);
    expect(snapshotSheet(workbook, sheet(workbook, 'ファネル概要'))).toEqual(mine);
  });

  it('regeneration replaces only tagged sheets, even ones the user renamed', () => {
    const workbook = smallWorkbook();
    execute(workbook, 'generateFunnelReport', [{}]);
    sheet(workbook, 'チャネル別').name = '営業向け';
    const before = sheetNames(workbook).length;
    execute(workbook, 'generateFunnelReport', [{}]);
    expect(sheetNames(workbook)).toEqual(['広告', 'リード', ...REPORT_NAMES_JA]);
    expect(sheetNames(workbook)).toHaveLength(before);
  });

  it.each([
    ['Range.setValues', 4],
    ['Sheet.insertChart', 2],
    ['Spreadsheet.insertSheet', 3],
    ['Protection.setWarningOnly', 5],
  ])('a failure at %s #%i leaves the previous report intact and no partial sheets', (method, call) => {
    const workbook = smallWorkbook();
    execute(workbook, 'generateFunnelReport', [{}]);
    const before = workbook.sheets.map((s) => snapshotSheet(workbook, s));
    expect(() => execute(workbook, 'generateFunnelReport', [{ settings: { view: 'period' } }], (services) => services.calls.failOn(method, call))).toThrow(
      /Injected failure/
    );
    expect(workbook.sheets.map((s) => snapshotSheet(workbook, s))).toEqual(before);
  });

  it('a second generation while the document lock is held gets the busy message and changes nothing', () => {
    const workbook = smallWorkbook();
    workbook.documentLock.holdElsewhere();
    const before = sheetNames(workbook);
    expect(() => execute(workbook, 'generateFunnelReport', [{}])).toThrow('別のファネルレポートを作成中です');
    expect(sheetNames(workbook)).toEqual(before);
    workbook.documentLock.releaseElsewhere();
    execute(workbook, 'generateFunnelReport', [{}]);
    expect(sheetNames(workbook)).toContain('ファネル概要');
  });

  it('makes the same number of Sheets calls, method by method, for 1,000 and 5,000 leads', () => {
    const small = sampleWorkbook({ leads: 1000 });
    const large = sampleWorkbook({ leads: 5000 });
    const smallRun = execute(small, 'generateFunnelReport', [{}]);
    const largeRun = execute(large, 'generateFunnelReport', [{}]);
    expect(largeRun.services.calls.snapshot()).toEqual(smallRun.services.calls.snapshot());
    expect(smallRun.services.calls.get('Range.getValues')).toBe(buildSampleWorkbook().length);
  });
});
