/**
 * One worksheet part of an .xlsx streamed into a {@link SheetData}: only the cells the file holds
 * are visited (the `<dimension>` a file declares is ignored, and nothing is allocated per row ×
 * column), so a sheet with one cell at XFD1048576 costs one cell. Limits are checked as cells
 * arrive (limits.ts).
 */
import type JSZip from 'jszip';
import { InputError } from '../inputError';
import { cellTooLong, SPREADSHEET_LIMITS, tooManyColumns, tooManyRows } from '../limits';
import type { LoadWarning } from '../loadWarning';
import { cellFromKey, cellKey, LocalDateTime, PIXELS_PER_CHARACTER, type CellValue, type SheetData } from '../model';
import { columnName, parseCellRef, readsExternalWorkbook, shiftFormula } from './a1';
import { decodeXString, parsePart, readRelationships } from './packageParts';
import type { CellStyleInfo } from './styles';

export interface SheetContext {
  readonly zip: JSZip;
  readonly part: string;
  /** The input file, for messages. */
  readonly file: string;
  readonly sharedStrings: readonly string[];
  readonly styles: readonly CellStyleInfo[];
  /** Index of the first file style of this workbook in `Workbook.fileStyles`, per style index. */
  readonly fileStyleIndex: ReadonlyMap<number, number>;
  readonly date1904: boolean;
  readonly warnings: LoadWarning[];
}

const MS_PER_DAY = 86_400_000;
/** Excel serial of 1970-01-01 (1900 date system). */
const UNIX_EPOCH_SERIAL = 25_569;
const DATE_1904_OFFSET = 1_462;

/** A serial date as a wall-clock reading (the same reading exceljs and Sheets give it). */
function serialToDate(serial: number, date1904: boolean): LocalDateTime | undefined {
  const millis = Math.round((serial - UNIX_EPOCH_SERIAL + (date1904 ? DATE_1904_OFFSET : 0)) * MS_PER_DAY);
  return Number.isFinite(millis) && Math.abs(millis) < 8.64e15 ? new LocalDateTime(millis) : undefined;
}

function isoToDate(text: string): LocalDateTime | undefined {
  const millis = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(text) ? text : `${text}Z`);
  return Number.isFinite(millis) ? new LocalDateTime(millis) : undefined;
}

function truthy(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

/**
 * A sheet that puts two values in one cell, or a cell in another row's element: no tool writes one
 * (Excel offers to repair it). Read as it stands, one value would silently replace the other.
 */
function damagedSheet(file: string, tab: string, cell: string, twice: boolean): InputError {
  const ja = twice ? `${cell} セルに値が2回書かれています` : `${cell} セルが別の行の中に書かれています`;
  const en = twice ? `cell ${cell} is written twice` : `cell ${cell} is written inside another row`;
  return new InputError('corrupt_xlsx', file, {
    ja: `${file} の「${tab}」は壊れています（${ja}）。Excel で開いて修復し、保存し直してください。`,
    en: `${file}: tab "${tab}" is damaged (${en}). Open it in Excel, let it repair the file and save it again.`,
  });
}

interface PendingCell {
  row: number;
  column: number;
  style: number;
  type: string;
  value: string | null;
  inline: string | null;
  formula: string | null;
  formulaType: string | null;
  formulaRef: string | null;
  sharedIndex: string | null;
}

interface SheetTally {
  lastRow: number;
  lastColumn: number;
  formulasWithoutResult: number;
  firstWithoutResult: string | null;
}

/**
 * Reads the worksheet part into `sheet`. Returns the used area (1-based last row and column with a
 * value or formula; 0 when empty). Throws InputError beyond the spreadsheet limits.
 */
export async function readSheet(context: SheetContext, sheet: SheetData): Promise<{ rows: number; columns: number }> {
  const { styles, sharedStrings, date1904, file } = context;
  const extras = sheet.fileExtras;
  const sharedMasters = new Map<string, { formula: string; row: number; column: number }>();
  const links = await readRelationships(context.zip, context.part);
  const tally: SheetTally = { lastRow: 0, lastColumn: 0, formulasWithoutResult: 0, firstWithoutResult: null };
  const blankStyled: { key: number; style: number }[] = [];

  let rowIndex = -1;
  /** The last row read so far: a row element at or above it may land on cells already read. */
  let lastRowRead = -1;
  let revisiting = false;
  let rowValues: (CellValue | undefined)[] = [];
  let rowFormulas: { column: number; formula: string; result: CellValue | undefined }[] = [];
  let rowFormulaColumns = new Set<number>();
  let nextColumn = 0;
  let cell: PendingCell | null = null;
  /** Where text goes: the cell's <v>, <f> or an inline string's <t> (not its phonetic <rPh>). */
  let textTarget: 'v' | 'f' | 't' | null = null;
  let inPhonetic = false;

  const flushRow = (): void => {
    if (rowIndex < 0) return;
    while (rowValues.length > 0 && rowValues[rowValues.length - 1] === undefined) rowValues.pop();
    if (rowValues.length > 0) sheet.setRowValues(rowIndex, rowValues);
    for (const f of rowFormulas) sheet.setFormula(rowIndex, f.column, f.formula, f.result);
    rowValues = [];
    rowFormulas = [];
    rowFormulaColumns = new Set<number>();
  };

  const cellValue = (c: PendingCell, info: CellStyleInfo | undefined): CellValue | undefined => {
    const raw = c.value;
    switch (c.type) {
      case 's': {
        const text = raw === null ? undefined : sharedStrings[Number(raw)];
        return text === undefined || text === '' ? undefined : text;
      }
      case 'inlineStr':
        return c.inline ? decodeXString(c.inline) : undefined;
      case 'str':
        return raw ? decodeXString(raw) : undefined;
      case 'b':
        return raw === null ? undefined : raw.trim() !== '0' && raw.trim() !== 'false';
      case 'e':
        return raw ?? undefined;
      case 'd':
        return raw ? isoToDate(raw.trim()) : undefined;
      default: {
        if (raw === null || raw.trim() === '') return undefined;
        const n = Number(raw);
        if (!Number.isFinite(n)) return undefined;
        return info?.isDate ? serialToDate(n, date1904) : n;
      }
    }
  };

  const finishCell = (c: PendingCell): void => {
    const { row, column } = c;
    const info = styles[c.style];
    let formula = c.formula;
    if (c.formulaType === 'shared' && c.sharedIndex !== null) {
      if (formula) sharedMasters.set(c.sharedIndex, { formula, row, column });
      else {
        const master = sharedMasters.get(c.sharedIndex);
        if (master) formula = shiftFormula(master.formula, row - master.row, column - master.column);
      }
    }
    const value = cellValue(c, info);
    const hasFormula = formula !== null && formula !== '';
    if (value === undefined && !hasFormula) {
      if (c.style > 0) blankStyled.push({ key: cellKey(row, column), style: c.style });
      return;
    }
    if (row + 1 > SPREADSHEET_LIMITS.rows) throw tooManyRows(file, sheet.name, row + 1);
    if (column + 1 > SPREADSHEET_LIMITS.columns) throw tooManyColumns(file, sheet.name, column + 1);
    if (typeof value === 'string' && value.length > SPREADSHEET_LIMITS.cellCharacters) throw cellTooLong(file, sheet.name, row + 1, column + 1, value.length);
    if (row !== rowIndex) throw damagedSheet(file, sheet.name, `${columnName(column)}${row + 1}`, false);
    const filled = rowValues[column] !== undefined || rowFormulaColumns.has(column) || (revisiting && (sheet.value(row, column) !== undefined || sheet.formula(row, column) !== null));
    if (filled) throw damagedSheet(file, sheet.name, `${columnName(column)}${row + 1}`, true);
    tally.lastRow = Math.max(tally.lastRow, row + 1);
    tally.lastColumn = Math.max(tally.lastColumn, column + 1);
    const key = cellKey(row, column);
    if (c.type === 'e') extras.errorCells.add(key);
    if (hasFormula && readsExternalWorkbook(formula as string)) {
      extras.externalLinkCells += 1;
      rowValues[column] = value;
    } else if (hasFormula) {
      if (c.formulaType === 'array' && c.formulaRef) extras.arrayFormulas.set(key, c.formulaRef);
      if (value === undefined) {
        tally.formulasWithoutResult += 1;
        tally.firstWithoutResult ??= `${columnName(column)}${row + 1}`;
      }
      rowFormulas.push({ column, formula: `=${formula as string}`, result: value });
      rowFormulaColumns.add(column);
    } else {
      rowValues[column] = value;
    }
    if (info) applyStyle(sheet, context, row, column, c.style, info);
  };

  await parsePart(context.zip, context.part, {
    open: ({ name, attributes }) => {
      const a = attributes as Record<string, string>;
      switch (name) {
        case 'row': {
          flushRow();
          // A row number that is not one (`-5`, `0`, `x`) is read as no number: the next row.
          const declared = a.r === undefined ? Number.NaN : Number(a.r);
          rowIndex = Number.isInteger(declared) && declared >= 1 ? declared - 1 : rowIndex + 1;
          revisiting = rowIndex <= lastRowRead;
          lastRowRead = Math.max(lastRowRead, rowIndex);
          nextColumn = 0;
          if (rowIndex < SPREADSHEET_LIMITS.rows) {
            if (truthy(a.hidden)) extras.hiddenRows.add(rowIndex);
            if (a.ht && truthy(a.customHeight)) extras.rowHeights.set(rowIndex, Number(a.ht));
          }
          break;
        }
        case 'c': {
          const parsed = a.r ? parseCellRef(a.r) : null;
          // A reference to row 0 (`A0`) names no cell: the cell is placed as if it had none.
          const at = parsed && parsed.row >= 0 ? parsed : null;
          const row = at ? at.row : rowIndex;
          const column = at ? at.column : nextColumn;
          nextColumn = column + 1;
          cell = { row, column, style: Number(a.s ?? 0) || 0, type: a.t ?? 'n', value: null, inline: null, formula: null, formulaType: null, formulaRef: null, sharedIndex: null };
          break;
        }
        case 'v':
          if (cell) {
            cell.value = '';
            textTarget = 'v';
          }
          break;
        case 'f':
          if (cell) {
            cell.formula = '';
            cell.formulaType = a.t ?? null;
            cell.formulaRef = a.ref ?? null;
            cell.sharedIndex = a.si ?? null;
            textTarget = 'f';
          }
          break;
        case 'rPh':
          inPhonetic = true;
          break;
        case 't':
          if (cell && !inPhonetic) {
            cell.inline ??= '';
            textTarget = 't';
          }
          break;
        case 'pane':
          if (a.state === 'frozen' || a.state === 'frozenSplit') {
            sheet.frozenRows = Number(a.ySplit ?? 0) || 0;
            sheet.frozenColumns = Number(a.xSplit ?? 0) || 0;
          }
          break;
        case 'col': {
          const min = Number(a.min);
          const max = Math.min(Number(a.max), SPREADSHEET_LIMITS.columns);
          const width = Number(a.width);
          for (let c = min; Number.isInteger(c) && c >= 1 && c <= max; c += 1) {
            if (Number.isFinite(width) && width > 0 && truthy(a.customWidth ?? '1')) sheet.columnWidths.set(c, Math.round(width * PIXELS_PER_CHARACTER));
            if (truthy(a.hidden)) extras.hiddenColumns.add(c - 1);
          }
          break;
        }
        case 'tabColor':
          if (a.rgb && /^[0-9a-f]{8}$/i.test(a.rgb)) sheet.tabColor = `#${a.rgb.slice(2).toLowerCase()}`;
          break;
        case 'mergeCell':
          if (a.ref) extras.merges.push(a.ref);
          break;
        case 'hyperlink': {
          const at = a.ref ? parseCellRef(a.ref.split(':')[0] ?? '') : null;
          if (!at) break;
          const rel = a['r:id'] ? links.get(a['r:id']) : undefined;
          extras.hyperlinks.push({ row: at.row, column: at.column, target: rel ? rel.target : null, location: a.location ?? null, tooltip: a.tooltip ?? null });
          break;
        }
        default:
          break;
      }
    },
    text: (text) => {
      if (!cell || textTarget === null) return;
      if (textTarget === 'v') cell.value += text;
      else if (textTarget === 'f') cell.formula += text;
      else cell.inline += text;
    },
    close: (name) => {
      if (name === 'v' || name === 'f' || name === 't') textTarget = null;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'c' && cell) {
        finishCell(cell);
        cell = null;
      } else if (name === 'row' || name === 'sheetData') flushRow();
    },
  });
  flushRow();

  // Formats of blank cells inside the used area are kept for the copy; a styled blank cell far
  // away does not make the area larger.
  for (const { key, style } of blankStyled) {
    const { row, column } = cellFromKey(key);
    const info = styles[style];
    if (info && row < tally.lastRow && column < tally.lastColumn) applyStyle(sheet, context, row, column, style, info);
  }
  if (tally.formulasWithoutResult > 0) context.warnings.push(formulaWithoutResult(sheet.name, tally));
  if (extras.externalLinkCells > 0) context.warnings.push(externalLinks(sheet.name, extras.externalLinkCells));
  return { rows: tally.lastRow, columns: tally.lastColumn };
}

function applyStyle(sheet: SheetData, context: SheetContext, row: number, column: number, style: number, info: CellStyleInfo): void {
  if (info.numberFormat !== 'General') sheet.setNumberFormat(row, column, info.numberFormat);
  if (info.bold) sheet.setFontWeight(row, column, 'bold');
  if (info.horizontal) sheet.setHorizontalAlignment(row, column, info.horizontal);
  if (info.wrap) sheet.setWrap(row, column, true);
  const fileStyle = context.fileStyleIndex.get(style);
  if (fileStyle !== undefined) sheet.fileExtras.cellStyles.set(cellKey(row, column), fileStyle);
}

function formulaWithoutResult(tab: string, tally: SheetTally): LoadWarning {
  const n = tally.formulasWithoutResult;
  const first = tally.firstWithoutResult ?? '';
  return {
    code: 'formula_without_result',
    tab,
    row: null,
    messages: {
      ja: `「${tab}」の数式 ${n} 件（最初は ${first}）は計算結果が保存されていないため、空欄として読みました。ファイルを書き出したツールが数式を計算していません。Excel か LibreOffice で開いて保存し直すと、結果も読み込めます。`,
      en: `Tab "${tab}": ${n === 1 ? `1 formula cell (${first}) has` : `${n} formula cells (the first is ${first}) have`} no saved result, so ${n === 1 ? 'it was' : 'they were'} read as empty. The tool that wrote the file did not compute its formulas; open and save it in Excel or LibreOffice to store the results.`,
    },
  };
}

function externalLinks(tab: string, n: number): LoadWarning {
  return {
    code: 'external_link_not_kept',
    tab,
    row: null,
    messages: {
      ja: `「${tab}」の ${n} 件の数式は別のブックを参照しています。最後に保存された値で読み、--out のコピーにも値として書き出します（リンクはコピーされません）。`,
      en: `Tab "${tab}": ${n === 1 ? '1 formula cell reads' : `${n} formula cells read`} another workbook. ${n === 1 ? 'It was read as its last saved value and is' : 'They were read as their last saved values and are'} copied into --out as values (the link is not copied).`,
    },
  };
}
