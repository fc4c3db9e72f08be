/**
 * Reads an .xlsx workbook into the model (design §9): values (dates as calendar readings), formulas
 * with their cached results, number formats, bold, alignment, frozen panes, column widths and
 * hidden state, plus what only the copy in --out needs (fileExtras.ts). Sheets are streamed cell by
 * cell (xlsx/readSheet.ts), so memory follows the cells the file holds, not its declared size.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type JSZip from 'jszip';
import { InputError } from './inputError';
import { cellBudget } from './limits';
import { SheetData, Workbook } from './model';
import { applyRuntimeState, isRuntimeStateSheet, type RuntimeStateRows } from './runtimeState';
import { decodeXString, openPackage, parsePart, PartTooLargeError, readRelationships } from './xlsx/packageParts';
import { readSheet } from './xlsx/readSheet';
import { readCellStyles } from './xlsx/styles';
import type { LoadWarning } from './loadWarning';
import type { FileCellStyle } from './fileExtras';

export { PIXELS_PER_CHARACTER } from './model';

export interface LoadWorkbookOptions {
  /** The spreadsheet's zone (an .xlsx has none); default Asia/Tokyo. */
  readonly timeZone?: string;
  /** Default ja_JP. */
  readonly locale?: string;
}

interface SheetEntry {
  readonly name: string;
  readonly part: string;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
}

function corrupt(file: string, reason: string): InputError {
  return new InputError('corrupt_xlsx', file, {
    ja: `${file} を Excel ブック（.xlsx）として読み込めません（${reason}）。ファイルが壊れていないか、別の形式（.xls や .csv）ではないか確認してください。`,
    en: `Cannot read ${file} as an Excel workbook (.xlsx): ${reason}. Check that the file is not damaged and is not another format (.xls or .csv).`,
  });
}

/** The workbook part named by the package's root relationships (normally xl/workbook.xml). */
async function workbookPart(zip: JSZip): Promise<string | null> {
  const rels = await readRelationships(zip, '');
  for (const rel of rels.values()) if (/\/workbook\.xml$|^workbook\.xml$/.test(rel.target) || rel.target.endsWith('workbook.xml')) return rel.target;
  return zip.file('xl/workbook.xml') ? 'xl/workbook.xml' : null;
}

async function readWorkbookPart(zip: JSZip, part: string): Promise<{ sheets: SheetEntry[]; date1904: boolean; styles: string | null; sharedStrings: string | null }> {
  const rels = await readRelationships(zip, part);
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  await parsePart(zip, part, {
    open: ({ name, attributes }) => {
      const a = attributes as Record<string, string>;
      if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
      else if (name === 'sheet') {
        const rel = rels.get(a['r:id'] ?? '');
        if (!rel || rel.external || !a.name) return;
        sheets.push({ name: a.name, part: rel.target, state: a.state === 'hidden' || a.state === 'veryHidden' ? a.state : 'visible' });
      }
    },
  });
  let styles: string | null = null;
  let sharedStrings: string | null = null;
  for (const rel of rels.values()) {
    if (rel.target.endsWith('styles.xml')) styles = rel.target;
    else if (rel.target.endsWith('sharedStrings.xml')) sharedStrings = rel.target;
  }
  return { sheets, date1904, styles, sharedStrings };
}

/** Shared strings: each `<si>`'s text runs joined, without phonetic guides (`<rPh>`, furigana). */
async function readSharedStrings(zip: JSZip, part: string | null): Promise<string[]> {
  const strings: string[] = [];
  if (!part) return strings;
  let current: string | null = null;
  let inText = false;
  let inPhonetic = false;
  await parsePart(zip, part, {
    open: ({ name }) => {
      if (name === 'si') current = '';
      else if (name === 'rPh') inPhonetic = true;
      else if (name === 't' && !inPhonetic) inText = true;
    },
    text: (text) => {
      if (inText && current !== null) current += text;
    },
    close: (name) => {
      if (name === 't') inText = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'si') {
        strings.push(decodeXString(current ?? ''));
        current = null;
      }
    },
  });
  return strings;
}

/** The very hidden state sheet's rows as text (it holds text cells only). */
function stateRowsOf(sheet: SheetData, rows: number): RuntimeStateRows {
  const out: string[][] = [];
  for (let r = 0; r < rows; r += 1) out.push((sheet.rowValues(r) ?? []).map((v) => (v === undefined ? '' : String(v))));
  return out;
}

function readBytes(file: string): Buffer {
  try {
    statSync(file);
    return readFileSync(file);
  } catch {
    throw new InputError('not_found', file, { ja: `ファイル ${file} が見つかりません。パスを確認してください。`, en: `File ${file} was not found. Check the path.` });
  }
}

/**
 * Loads an .xlsx file. Throws {@link InputError} when it is missing, not a readable workbook, or
 * beyond the spreadsheet limits (limits.ts).
 *
 * @example
 * (await loadWorkbookFromXlsx('sample.xlsx')).sheets.map((s) => s.name)
 * //=> ['広告', 'リード', '商談']
 */
export async function loadWorkbookFromXlsx(file: string, options: LoadWorkbookOptions = {}): Promise<Workbook> {
  const bytes = readBytes(file);
  const workbook = new Workbook({ name: path.basename(file, path.extname(file)), timeZone: options.timeZone, locale: options.locale });
  try {
    await readInto(workbook, file, bytes);
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (error instanceof PartTooLargeError) throw corrupt(file, 'a part of the file inflates to more than 2 GB');
    throw corrupt(file, error instanceof Error ? error.message.split('\n')[0] ?? 'unknown error' : String(error));
  }
  if (workbook.sheets.length === 0) {
    throw new InputError('corrupt_xlsx', file, { ja: `${file} にはシートがありません。データのシートがあるブックを指定してください。`, en: `${file} contains no sheets. Pass a workbook with your data sheets.` });
  }
  const firstVisible = workbook.sheets.find((s) => !s.hidden);
  if (firstVisible) workbook.activeSheetId = firstVisible.id;
  return workbook;
}

async function readInto(workbook: Workbook, file: string, bytes: Buffer): Promise<void> {
  const zip = await openPackage(bytes);
  const part = await workbookPart(zip);
  if (!part || !zip.file(part)) throw corrupt(file, 'no workbook part (xl/workbook.xml)');
  const book = await readWorkbookPart(zip, part);
  const styles = await readCellStyles(zip, book.styles);
  const sharedStrings = await readSharedStrings(zip, book.sharedStrings);
  const fileStyles: FileCellStyle[] = [];
  const fileStyleIndex = new Map<number, number>();
  styles.forEach((info, index) => {
    if (info.fileStyle) {
      fileStyleIndex.set(index, fileStyles.length);
      fileStyles.push(info.fileStyle);
    }
  });
  workbook.fileStyles = fileStyles;
  const warnings: LoadWarning[] = [];
  const budget = cellBudget(file);
  let state: RuntimeStateRows | null = null;
  for (const entry of book.sheets) {
    if (workbook.sheetByName(entry.name)) continue;
    const context = { zip, part: entry.part, file, sharedStrings, styles, fileStyleIndex, date1904: book.date1904, warnings };
    if (entry.state === 'veryHidden' && state === null) {
      // Read apart first: only a very hidden sheet with the state header is the runner's state.
      const probe = new SheetData(-1, entry.name, 'input');
      const probeArea = await readSheet({ ...context, warnings: [] }, probe);
      if (isRuntimeStateSheet(entry.state, probe)) {
        state = stateRowsOf(probe, probeArea.rows);
        continue;
      }
    }
    const sheet = workbook.addSheet(entry.name, { origin: 'input', rows: 1000, columns: 26 });
    const area = await readSheet(context, sheet);
    budget.add(entry.name, area.rows, area.columns);
    sheet.maxRows = Math.max(1000, area.rows);
    sheet.maxColumns = Math.max(26, area.columns);
    sheet.hidden = entry.state !== 'visible';
  }
  if (state) applyRuntimeState(workbook, state);
  // The runner writes its report's formulas without results (saveXlsx): on its own sheets, found
  // by their state, that is not another tool's doing and says nothing about the data.
  const ownSheets = new Set<string | null>();
  for (const m of workbook.developerMetadata) if (m.sheetId !== null) ownSheets.add(workbook.sheetById(m.sheetId)?.name ?? null);
  workbook.loadWarnings.push(...warnings.filter((w) => !(w.code === 'formula_without_result' && w.tab !== null && ownSheets.has(w.tab))));
}
