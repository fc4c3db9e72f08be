/**
 * Reading the corpus for the independent counts: a real CSV parser (csv-parse), never the engine's
 * reader, and small explicit date and number helpers whose formats are stated per data set.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';

export const CORPUS = path.resolve(__dirname, '../../fixtures/real-exports');

export interface ReadOptions {
  /** The file is UTF-16LE with a byte-order mark (Google Ads "CSV (Excel)"). */
  readonly utf16?: boolean;
  readonly delimiter?: string;
}

/** The file's text, decoded, without a byte-order mark. */
export function readText(file: string, options: ReadOptions = {}): string {
  const bytes = readFileSync(path.join(CORPUS, file));
  const text = options.utf16 ? iconv.decode(bytes, 'utf16le') : bytes.toString('utf8');
  return text.replace(/^\uFEFF/, '');
}

/** Every row as an array of cells, ragged rows and blank lines kept (positions matter for preambles). */
export function readRows(file: string, options: ReadOptions = {}): string[][] {
  return parse(readText(file, options), { relax_column_count: true, skip_empty_lines: false, delimiter: options.delimiter ?? ',' }) as string[][];
}

/** Rows below a header row as objects keyed by the header's cells. */
export function recordsBelow(rows: readonly string[][], headerIndex: number): Record<string, string>[] {
  const header = rows[headerIndex] ?? [];
  return rows.slice(headerIndex + 1).map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])));
}

/** The records of a plain export whose first line is the header. */
export function readRecords(file: string, options: ReadOptions = {}): Record<string, string>[] {
  return recordsBelow(readRows(file, options), 0);
}

/** `1,234.56` → 1234.56; blank and `--` → null (export blank markers, design §3.2.1). */
export function amount(text: string | undefined): number | null {
  const trimmed = (text ?? '').trim();
  if (trimmed === '' || trimmed === '--' || trimmed === '-') return null;
  const value = Number(trimmed.replace(/,/g, ''));
  if (!Number.isFinite(value)) throw new Error(`not a number: "${text}"`);
  return value;
}

export function sum(values: readonly (number | null)[]): number {
  return values.reduce<number>((total, value) => total + (value ?? 0), 0);
}

/** Money sums are compared to the cent. */
export function cents(value: number): number {
  return Math.round(value * 100) / 100;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const day = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;

/** `2025-07-21` or `2025-07-21 13:45:00` → `2025-07-21`. */
export function isoDay(text: string): string {
  const match = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})/.exec(text.trim());
  if (!match) throw new Error(`not a Y-M-D date: "${text}"`);
  return day(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** `31-08-2023` (day first) → `2023-08-31`; a two-digit year is 20xx (design §3.2.1). */
export function dayFirst(text: string): string {
  const match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/.exec(text.trim());
  if (!match) throw new Error(`not a D-M-Y date: "${text}"`);
  const year = Number(match[3]) < 100 ? 2000 + Number(match[3]) : Number(match[3]);
  return day(year, Number(match[2]), Number(match[1]));
}

/** `01-14-2020` or `9/6/2018 0:06:16` (month first) → `2020-01-14`. */
export function monthFirst(text: string): string {
  const match = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})/.exec(text.trim());
  if (!match) throw new Error(`not an M-D-Y date: "${text}"`);
  return day(Number(match[3]), Number(match[1]), Number(match[2]));
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** `July 8, 2025` or `Jun 01, 2023 09:46 pm` → `2025-07-08`. */
export function monthName(text: string): string {
  const match = /^([A-Za-z]{3})[a-z]*\.? (\d{1,2}), (\d{4})/.exec(text.trim());
  if (!match) throw new Error(`not a "Month D, YYYY" date: "${text}"`);
  return day(Number(match[3]), MONTHS.indexOf((match[1] ?? '').toLowerCase()) + 1, Number(match[2]));
}

/** `15 Apr, 2021 00:03:00` (Zoho CRM) → `2021-04-15`. */
export function dayMonthName(text: string): string {
  const match = /^(\d{1,2}) ([A-Za-z]{3})[a-z]*,? (\d{4})/.exec(text.trim());
  if (!match) throw new Error(`not a "D Mon, YYYY" date: "${text}"`);
  const month = MONTHS.indexOf((match[2] ?? '').toLowerCase()) + 1;
  if (month === 0) throw new Error(`not a month name: "${text}"`);
  return day(Number(match[3]), month, Number(match[1]));
}

/** `$1,77,000.00 ` (a dollar amount, any digit grouping) → 177000; blank and `N/A` → null. */
export function dollars(text: string | undefined): number | null {
  const trimmed = (text ?? '').trim();
  if (trimmed === '' || trimmed === 'N/A') return null;
  if (!/^\$?\d[\d,]*(\.\d+)?$/.test(trimmed)) throw new Error(`not a dollar amount: "${text}"`);
  return Number(trimmed.replace(/[$,]/g, ''));
}

/** `20230625` → `2023-06-25`. */
export function compactDay(text: string): string {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(text.trim());
  if (!match) throw new Error(`not a YYYYMMDD date: "${text}"`);
  return day(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** `2025年7月8日` → `2025-07-08`. */
export function japaneseDay(text: string): string {
  const match = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(text.trim());
  if (!match) throw new Error(`not a 年月日 date: "${text}"`);
  return day(Number(match[1]), Number(match[2]), Number(match[3]));
}

export function span(days: readonly string[]): { from: string; to: string } {
  const sorted = [...days].sort();
  const from = sorted[0];
  const to = sorted[sorted.length - 1];
  if (from === undefined || to === undefined) throw new Error('no dates');
  return { from, to };
}

export function count<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  return items.filter(predicate).length;
}
