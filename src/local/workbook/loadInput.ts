/**
 * The runner's `--input` (design §9): one .xlsx, or CSV/TSV files, or folders of them (files sorted
 * by name). Each CSV becomes an input tab named after its file.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fillSheet } from './fromTabs';
import { InputError } from './inputError';
import { loadCsv, type CsvTable } from './loadCsv';
import { cellBudget, cellTooLong, SPREADSHEET_LIMITS, tooManyColumns, tooManyRows } from './limits';
import type { LoadWarning } from './loadWarning';
import { loadWorkbookFromXlsx, type LoadWorkbookOptions } from './loadXlsx';
import { Workbook } from './model';
import { xlsxSafeSheetName } from './sheetNames';

/** The files an input folder's reading takes: each becomes a tab. */
export const CSV_EXTENSIONS: ReadonlySet<string> = new Set(['.csv', '.tsv', '.txt']);

function extensionOf(file: string): string {
  return path.extname(file).toLowerCase();
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function statOrThrow(input: string): { isDirectory(): boolean } {
  try {
    return statSync(input);
  } catch {
    throw new InputError('not_found', input, {
      ja: `入力に指定した ${input} が見つかりません。パスを確認してください。`,
      en: `Input ${input} was not found. Check the path.`,
    });
  }
}

function unsupported(file: string): InputError {
  return new InputError('unsupported_type', file, {
    ja: `${file} は読み込めない形式です。.xlsx または .csv で保存してから指定してください。`,
    en: `${file} is not a supported format. Save it as .xlsx or .csv and try again.`,
  });
}

/** Where an input file came from: named itself, or found in a folder named. */
type Origin = { readonly file: string; readonly folder: string | null };

function describeOrigin(origin: Origin): Readonly<Record<'ja' | 'en', string>> {
  if (origin.folder === null) return { ja: origin.file, en: origin.file };
  const name = path.basename(origin.file);
  return { ja: `フォルダ ${origin.folder} の ${name}`, en: `${name} in the folder ${origin.folder}` };
}

function givenTwice(origin: Origin, earlier: Origin): InputError {
  const [now, before] = [describeOrigin(origin), describeOrigin(earlier)];
  return new InputError('duplicate_input', origin.file, {
    ja: `${now.ja} は、入力の ${before.ja} と同じファイルです。同じファイルを2回読むと件数が重複するため、1回だけ指定してください。`,
    en: `${now.en} is the same file as ${before.en} among the inputs. Reading it twice would count its rows twice; give it once.`,
  });
}

/**
 * Refuses a file that is already among the inputs (the same file named twice, through a link, or
 * inside a folder also given): compared by device and inode.
 */
function refuseRepeats(origins: readonly Origin[]): void {
  const seen = new Map<string, Origin>();
  for (const origin of origins) {
    const { file } = origin;
    let key: string;
    try {
      const stats = statSync(file);
      key = `${stats.dev}:${stats.ino}`;
    } catch {
      continue;
    }
    const earlier = seen.get(key);
    if (earlier !== undefined) throw givenTwice(origin, earlier);
    seen.set(key, origin);
  }
}

/** Expands folders (their CSV files, sorted by name) and sorts the inputs into .xlsx and CSV. */
function classify(inputs: readonly string[]): { xlsx: string[]; csv: string[]; origins: Origin[] } {
  const xlsx: string[] = [];
  const csv: string[] = [];
  const origins: Origin[] = [];
  for (const input of inputs) {
    if (statOrThrow(input).isDirectory()) {
      const files = readdirSync(input)
        .filter((name) => CSV_EXTENSIONS.has(extensionOf(name)) && !name.startsWith('.'))
        .sort(byName)
        .map((name) => path.join(input, name));
      if (files.length === 0) {
        throw new InputError('empty_folder', input, {
          ja: `フォルダ ${input} に CSV ファイル（.csv / .tsv / .txt）がありません。CSV ファイルを入れたフォルダか、ファイルそのものを指定してください。`,
          en: `Folder ${input} contains no CSV files (.csv / .tsv / .txt). Pass a folder that holds them, or the files themselves.`,
        });
      }
      for (const file of files) origins.push({ file, folder: input });
      csv.push(...files);
    } else if (extensionOf(input) === '.xlsx') {
      xlsx.push(input);
      origins.push({ file: input, folder: null });
    } else if (CSV_EXTENSIONS.has(extensionOf(input))) {
      csv.push(input);
      origins.push({ file: input, folder: null });
    } else {
      throw unsupported(input);
    }
  }
  return { xlsx, csv, origins };
}

function workbookName(inputs: readonly string[], csvFiles: readonly string[]): string {
  const only = inputs.length === 1 ? inputs[0] : undefined;
  if (only !== undefined) return path.basename(only, path.extname(only)) || 'CSV';
  const first = csvFiles[0];
  return first ? path.basename(first, path.extname(first)) : 'CSV';
}

/** Checks a CSV table against the spreadsheet limits; returns its widest row. */
function checkCsvLimits(table: CsvTable, tab: string): number {
  if (table.rows.length > SPREADSHEET_LIMITS.rows) throw tooManyRows(table.file, tab, table.rows.length);
  let widest = 0;
  table.rows.forEach((row, r) => {
    if (row.length > widest) widest = row.length;
    if (row.length > SPREADSHEET_LIMITS.columns) throw tooManyColumns(table.file, tab, row.length);
    for (let c = 0; c < row.length; c += 1) {
      const length = row[c]?.length ?? 0;
      if (length > SPREADSHEET_LIMITS.cellCharacters) throw cellTooLong(table.file, tab, r + 1, c + 1, length);
    }
  });
  return widest;
}

/** How many rows a warning about unreadable bytes names before summing up the rest. */
const ROWS_NAMED = 5;

function invalidBytesWarning(tab: string, rows: readonly (readonly string[])[]): LoadWarning {
  const affected: number[] = [];
  rows.forEach((row, r) => {
    if (row.some((cell) => cell.includes('\uFFFD'))) affected.push(r + 1);
  });
  const named = affected.slice(0, ROWS_NAMED).join(', ');
  const more = affected.length - Math.min(affected.length, ROWS_NAMED);
  return {
    code: 'invalid_text_bytes',
    tab,
    row: affected[0] ?? null,
    messages: {
      ja: `「${tab}」${affected[0] ?? 1}行目: 文字として読めないバイトがあり、� に置き換えて読みました（${named}行目${more > 0 ? `ほか${more}行` : ''}）。元のファイルをUTF-8で保存し直すと正しく読めます。`,
      en: `"${tab}" row ${affected[0] ?? 1}: some bytes are not valid text and were read as � (rows ${named}${more > 0 ? ` and ${more} more` : ''}). Save the file as UTF-8 again to read them correctly.`,
    },
  };
}

/**
 * Loads the runner's input into a workbook. Throws {@link InputError} for missing paths,
 * unsupported types, more than one .xlsx, or an .xlsx mixed with CSV files.
 *
 * @example
 * (await loadInput(['exports/'])).sheets.map((s) => s.name)
 * //=> ['GA4', 'Google広告', 'リード']
 */
export async function loadInput(inputs: readonly string[], options: LoadWorkbookOptions = {}): Promise<Workbook> {
  if (inputs.length === 0) {
    throw new InputError('no_input', null, {
      ja: '入力ファイルが指定されていません。--input に .xlsx、.csv、または CSV のフォルダを指定してください。',
      en: 'No input given. Pass an .xlsx file, .csv files or a folder of CSV files with --input.',
    });
  }
  const { xlsx, csv, origins } = classify(inputs);
  refuseRepeats(origins);
  if (xlsx.length > 1 || (xlsx.length === 1 && csv.length > 0)) {
    throw new InputError('mixed_inputs', null, {
      ja: '入力は .xlsx ファイル1つか、CSV ファイル（複数可）のどちらかにしてください。',
      en: 'Give either one .xlsx file or CSV files (one or more), not both or several workbooks.',
    });
  }
  const onlyXlsx = xlsx[0];
  if (onlyXlsx !== undefined) return loadWorkbookFromXlsx(onlyXlsx, options);
  const workbook = new Workbook({ name: workbookName(inputs, csv), timeZone: options.timeZone, locale: options.locale });
  const taken = new Set<string>();
  const budget = cellBudget(csv[0] ?? '');
  for (const file of csv) {
    const table = loadCsv(file);
    const tabName = xlsxSafeSheetName(table.baseName, taken);
    const widest = checkCsvLimits(table, tabName);
    budget.add(tabName, table.rows.length, widest);
    if (table.invalidBytes) workbook.loadWarnings.push(invalidBytesWarning(tabName, table.rows));
    const sheet = workbook.addSheet(tabName, {
      origin: 'input',
      rows: Math.max(1000, table.rows.length),
      columns: Math.max(26, widest),
    });
    fillSheet(sheet, table.rows);
  }
  return workbook;
}
