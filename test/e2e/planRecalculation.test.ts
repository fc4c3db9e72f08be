/**
 * The plan sheet is a what-if model that works without the add-on (design §6.3): in the written
 * .xlsx, overwrite the target or a rate, let LibreOffice recalculate, and the required leads and the
 * budget follow in proportion.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { FunnelSummary } from '../../src/core/model/summary';
import { saveWorkbookToXlsx } from '../../src/local/workbook/saveXlsx';
import { sampleWorkbook } from '../../src/local/sampleWorkbook';
import { execute } from './bundleRun';
import { recalculate } from './recalculate';

const SETTINGS = { language: 'en' };

/** The value next to a label in the plan sheet's first column (the first such row). */
function valueOf(grid: readonly string[][], label: string): number {
  const row = grid.find((cells) => cells[0] === label);
  const text = row?.[1] ?? '';
  const value = Number(text.replace(/[¥,%]/g, ''));
  if (text === '' || !Number.isFinite(value)) throw new Error(`no number beside "${label}": "${text}"`);
  return text.endsWith('%') ? value / 100 : value;
}

/** Leads and budget of the Required table (the only rows labelled so in column A). */
function required(grid: readonly string[][]): { leads: number; budget: number } {
  return { leads: valueOf(grid, 'Leads'), budget: valueOf(grid, 'Budget (leads × CPL)') };
}

async function planAfterEdit(xlsx: string, label: string, scale: number): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(xlsx);
  const sheet = book.getWorksheet('Plan');
  if (!sheet) throw new Error('no Plan sheet');
  let edited = 0;
  sheet.eachRow((row) => {
    if (row.getCell(1).value === label) {
      row.getCell(2).value = (row.getCell(2).value as number) * scale;
      edited += 1;
    }
  });
  expect(edited).toBe(1);
  const copy = path.join(path.dirname(xlsx), `edited-${edited}-${scale}.xlsx`);
  await book.xlsx.writeFile(copy);
  return recalculate(copy, ['Plan']).get('Plan') ?? [];
}

describe('the plan sheet recalculated by LibreOffice', () => {
  let summary: FunnelSummary;
  let xlsx: string;
  let base: { leads: number; budget: number };

  beforeAll(async () => {
    const workbook = sampleWorkbook();
    summary = execute(workbook, 'getFunnelSummary', [{ settings: SETTINGS }], undefined, 'en_US').result as FunnelSummary;
    execute(workbook, 'generateFunnelReport', [{ settings: SETTINGS }], undefined, 'en_US');
    xlsx = path.join(mkdtempSync(path.join(os.tmpdir(), 'funnel-plan-')), 'report.xlsx');
    await saveWorkbookToXlsx(workbook, xlsx);
    base = required(recalculate(xlsx, ['Plan']).get('Plan') ?? []);
  }, 120000);

  it('computes the JSON plan as written', () => {
    // The sample's targets tab: ¥82,000,000 over its twelve months.
    expect(summary.plan.target).toMatchObject({ revenue: 82_000_000, customers: null, source: 'targets' });
    expect(base.leads).toBeCloseTo(summary.plan.required.leads ?? NaN, 6);
    expect(base.budget).toBeCloseTo(summary.plan.required.budget ?? NaN, 4);
  });

  it('doubles the required leads and budget when the target cell is doubled', async () => {
    const after = required(await planAfterEdit(xlsx, 'Target revenue', 2));
    expect(after.leads).toBeCloseTo(base.leads * 2, 6);
    expect(after.budget).toBeCloseTo(base.budget * 2, 4);
  }, 120000);

  it('doubles them again when the win rate cell is halved', async () => {
    const after = required(await planAfterEdit(xlsx, 'Opportunities → won (closed deals)', 0.5));
    expect(after.leads).toBeCloseTo(base.leads * 2, 6);
    expect(after.budget).toBeCloseTo(base.budget * 2, 4);
  }, 120000);
});
