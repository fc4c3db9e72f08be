/**
 * Reads one CSV/TSV export into a table of strings. Cells stay exactly as written in the file (no
 * number or date guessing): the engine's parsers read `¥1,200`, `2025/4/1` and friends from text
 * anyway, and guessing here would differ from what a paste into Sheets does per locale.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeCsvBytes, type CsvEncoding } from './csv/decode';
import { CsvSyntaxError, detectDelimiter, parseDelimited, type Delimiter } from './csv/parse';
import { InputError } from './inputError';

export interface CsvTable {
  /** The file as given. */
  readonly file: string;
  /** File name without its extension (the tab name before making it unique and .xlsx-safe). */
  readonly baseName: string;
  readonly rows: string[][];
  readonly encoding: CsvEncoding;
  readonly delimiter: Delimiter;
  /** True when some bytes were not valid text in `encoding` (they read as U+FFFD). */
  readonly invalidBytes: boolean;
}

function readBytes(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new InputError('not_found', file, { ja: `ファイル ${file} が見つかりません。パスを確認してください。`, en: `File ${file} was not found. Check the path.` });
    }
    throw new InputError('unreadable', file, {
      ja: `ファイル ${file} を読み込めません（${code ?? 'error'}）。読み取りの権限があるか確認してください。`,
      en: `Cannot read ${file} (${code ?? 'error'}). Check that you have permission to read it.`,
    });
  }
}

function looksBinary(bytes: Buffer, encoding: CsvEncoding): boolean {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return true;
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return false;
  return bytes.subarray(0, 4096).includes(0);
}

/**
 * Loads a CSV or TSV file: encoding and delimiter detected, BOM removed, RFC 4180 quoting.
 * Throws {@link InputError} when the file is missing, unreadable, binary or badly quoted.
 *
 * @example
 * loadCsv('exports/広告.csv').rows[0]
 * //=> ['日付', '媒体', '費用']
 */
export function loadCsv(file: string): CsvTable {
  const bytes = readBytes(file);
  const { text, encoding, invalidBytes } = decodeCsvBytes(bytes);
  if (looksBinary(bytes, encoding)) {
    throw new InputError('bad_csv', file, {
      ja: `${file} は CSV ではなくバイナリファイルのようです。Excel ファイルなら拡張子を .xlsx にしてください。`,
      en: `${file} looks like a binary file, not CSV. If it is an Excel workbook, give it the .xlsx extension.`,
    });
  }
  const delimiter = detectDelimiter(text);
  let rows: string[][];
  try {
    rows = parseDelimited(text, delimiter);
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      throw new InputError('bad_csv', file, {
        ja: `${file} の${error.line}行目から始まる、引用符（"）で囲まれた値が閉じられていません。引用符の対応を確認してください。`,
        en: `${file}: the quoted field starting on line ${error.line} is never closed. Check the double quotes.`,
      });
    }
    throw error;
  }
  return { file, baseName: path.basename(file, path.extname(file)), rows, encoding, delimiter, invalidBytes };
}
