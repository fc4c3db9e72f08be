/**
 * Runs one robustness case through the BUILT bundle (dist/Code.js) and checks it: the JSON summary
 * (getFunnelSummary), then the report (generateFunnelReport) with the user's tabs snapshotted before
 * and after. Every case also gets the common checks: only typed errors, row warnings that name their
 * tab and row, report formulas free of user text, nothing written to the user's tabs.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { workbookFromTabs } from '../../src/local/workbook/fromTabs';
import { saveWorkbookToXlsx } from '../../src/local/workbook/saveXlsx';
import { InputError } from '../../src/local/workbook/inputError';
import { loadInput } from '../../src/local/workbook/loadInput';
import { withFileWarnings } from '../../src/local/workbook/loadWarning';
import type { Workbook } from '../../src/local/workbook/model';
import { EXIT, runReport } from '../../src/local/cli/runReport';
import { DIST, execute, sheetNames, snapshotInputTabs } from '../e2e/bundleRun';
import {
  TYPED_ERROR_CODES,
  type CliExpectation,
  type CaseInput,
  type ErrorExpectation,
  type Language,
  type RobustnessCase,
  type SummaryExpectation,
  type SummaryJson,
} from './corpusCase';
import { formulaProblem, literalCells, reportSheets, unsafeFormulas } from './reportCells';

/** Warning codes a case does not have to list unless it is about them (channel spelling hints). */
const IGNORED_BY_DEFAULT = ['channel_cost_without_leads', 'channel_leads_without_cost'];

let scratch: string | null = null;

function scratchFolder(): string {
  scratch ??= mkdtempSync(path.join(os.tmpdir(), 'funnel-robustness-'));
  const folder = mkdtempSync(path.join(scratch, 'case-'));
  mkdirSync(folder, { recursive: true });
  return folder;
}

/** A fresh workbook for the case: tabs as given, or CSV/.xlsx bytes written to disk and loaded as the CLI does. */
export async function buildWorkbook(input: CaseInput, timeZone = 'Asia/Tokyo'): Promise<Workbook> {
  if ('tabs' in input) return workbookFromTabs(input.tabs, { name: 'Robustness', timeZone });
  const folder = scratchFolder();
  if ('xlsx' in input) {
    const file = path.join(folder, 'input.xlsx');
    writeFileSync(file, await input.xlsx());
    return loadInput([file], { timeZone });
  }
  for (const file of input.files) writeFileSync(path.join(folder, file.name), file.bytes);
  return loadInput([folder], { timeZone });
}

export type EntryOutcome =
  | { readonly kind: 'result'; readonly value: unknown }
  | { readonly kind: 'typed_error'; readonly code: string; readonly message: string };

/**
 * Calls an entry point of the bundle. A typed engine error comes back as a value; anything else
 * thrown (a TypeError, a service refusing a write) is a crash and fails the test with its stack.
 */
export function callBundle(workbook: Workbook, entryPoint: string, language: Language, settings: object): EntryOutcome {
  try {
    const { result } = execute(workbook, entryPoint, [{ settings: { language, ...settings } }], undefined, language === 'ja' ? 'ja_JP' : 'en_US');
    return { kind: 'result', value: result };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && (TYPED_ERROR_CODES as readonly string[]).includes(code)) {
      return { kind: 'typed_error', code, message: String((error as Error).message) };
    }
    const detail = error instanceof Object && 'stack' in error ? String((error as Error).stack) : String(error);
    throw new Error(`CRASH in ${entryPoint}: not a typed engine error\n${detail}`);
  }
}

function warningKey(w: { code: string; tab: string | null; row: number | null; field: string | null }): string {
  return `${w.code} | tab=${w.tab ?? '∅'} | row=${w.row ?? '∅'} | field=${w.field ?? '∅'}`;
}

/** Where a row warning must say it is, in the language of the run. */
function placeWords(tabName: string, row: number, language: Language): string {
  return language === 'ja' ? `「${tabName}」${row}行目` : `"${tabName}" row ${row}`;
}

/** Notes that list the rows they are about (skipped totals and footers, deals matching no lead): their row is the first listed. */
const SKIPPED_ROWS_NOTES: ReadonlySet<string> = new Set(['total_rows_skipped', 'footer_rows_skipped', 'unlinked_deals']);

function checkWarnings(summary: SummaryJson, expected: SummaryExpectation, language: Language): void {
  const listed = new Set(expected.warnings.map((w) => w.code));
  const ignored = new Set((expected.ignoreCodes ?? IGNORED_BY_DEFAULT).filter((code) => !listed.has(code)));
  const actual = summary.warnings.filter((w) => !ignored.has(w.code));
  expect(actual.map(warningKey).sort()).toEqual(expected.warnings.map(warningKey).sort());
  for (const want of expected.warnings) {
    const found = actual.find((w) => warningKey(w) === warningKey(want));
    for (const word of want.words ?? []) expect({ warning: warningKey(want), message: found?.message }).toEqual({ warning: warningKey(want), message: expect.stringContaining(word) });
  }
  // Every warning about a row says which tab and which row, so the user can find it.
  for (const w of summary.warnings) {
    if (w.tab !== null && w.row !== null && SKIPPED_ROWS_NOTES.has(w.code)) {
      // A note about rows skipped on purpose lists them; its row is the first one it names.
      expect({ warning: warningKey(w), message: w.message }).toEqual({ warning: warningKey(w), message: expect.stringMatching(new RegExp(`[（(](?:rows? )?${w.row}\\b`)) });
    } else if (w.tab !== null && w.row !== null && w.code !== 'header_not_found') {
      expect({ warning: warningKey(w), message: w.message }).toEqual({ warning: warningKey(w), message: expect.stringContaining(placeWords(w.tab, w.row, language)) });
    }
  }
}

function closeTo(actual: unknown, expected: number | null): boolean {
  if (expected === null || actual === null) return actual === expected;
  return typeof actual === 'number' && Math.abs(actual - expected) <= 1e-6 * Math.max(1, Math.abs(expected));
}

function checkNumbers(label: string, actual: Readonly<Record<string, unknown>>, expected: Readonly<Record<string, number | null | undefined>>): void {
  const picked: Record<string, unknown> = {};
  const wanted: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(expected)) {
    if (value === undefined) continue;
    picked[key] = actual[key];
    // Money sums may differ in the last bit from the order of addition: equal within 1e-6 counts as equal.
    wanted[key] = closeTo(actual[key], value) ? actual[key] : value;
  }
  expect({ [label]: picked }).toEqual({ [label]: wanted });
}

function checkSummary(summary: SummaryJson, expected: SummaryExpectation, language: Language): void {
  if (expected.totals) checkNumbers('total', summary.total, expected.totals);
  if (expected.period) expect(summary.period).toEqual(expected.period);
  if (expected.asOf) expect(summary.asOf).toBe(expected.asOf);
  for (const { channel, ...numbers } of expected.byChannel ?? []) {
    const row = summary.byChannel.find((r) => r.channel === channel);
    expect({ channel, found: row !== undefined, labels: summary.byChannel.map((r) => r.channel.slice(0, 40)) }).toMatchObject({ channel, found: true });
    if (row) checkNumbers(`byChannel ${channel.slice(0, 40)}`, row, numbers);
  }
  checkWarnings(summary, expected, language);
  expected.check?.(summary);
}

function checkReport(workbook: Workbook, result: unknown, summary: SummaryJson, expected: SummaryExpectation): void {
  const generated = result as { sheets: string[]; warnings: unknown[]; period: unknown };
  const written = reportSheets(workbook).map((sheet) => sheet.name);
  expect(written).toEqual(generated.sheets);
  expect(generated.period).toEqual(summary.period);
  // The report's warnings are the engine's: those from reading the files are the CLI's to add.
  expect(generated.warnings).toHaveLength(summary.warnings.length - workbook.loadWarnings.length);
  expect(unsafeFormulas(workbook)).toEqual([]);
  for (const literal of expected.literals ?? []) {
    const sheets = reportSheets(workbook).filter((sheet) => literal.sheet === undefined || sheet.name === literal.sheet);
    expect({ literal: literal.text.slice(0, 60), sheet: literal.sheet ?? 'any report sheet', found: literalCells(sheets, literal.text).length > 0 }).toEqual({
      literal: literal.text.slice(0, 60),
      sheet: literal.sheet ?? 'any report sheet',
      found: true,
    });
  }
}

/**
 * The report as Excel users get it (`npm run report -- --out`): saved to .xlsx and read back, each
 * expected literal is a text cell of its sheet, and every formula still passes the whitelist.
 */
async function checkSavedXlsx(workbook: Workbook, expected: SummaryExpectation): Promise<void> {
  const file = path.join(scratchFolder(), 'report.xlsx');
  const { renamedSheets } = await saveWorkbookToXlsx(workbook, file);
  const saved = new ExcelJS.Workbook();
  await saved.xlsx.readFile(file);
  const texts = new Map<string, Set<string>>();
  const badFormulas: string[] = [];
  for (const sheet of reportSheets(workbook)) {
    const ws = saved.getWorksheet(renamedSheets.get(sheet.name) ?? sheet.name);
    const found = new Set<string>();
    ws?.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) {
          const problem = formulaProblem(`=${cell.formula}`);
          if (problem) badFormulas.push(`${sheet.name}!${cell.address} ${cell.formula}: ${problem}`);
        } else if (typeof cell.value === 'string') found.add(cell.value);
      }),
    );
    texts.set(sheet.name, found);
  }
  expect(badFormulas).toEqual([]);
  for (const literal of expected.literals ?? []) {
    const sheets = literal.sheet === undefined ? [...texts.keys()] : [literal.sheet];
    const present = sheets.some((name) => texts.get(name)?.has(literal.text));
    expect({ xlsx: literal.text.slice(0, 60), sheet: literal.sheet ?? 'any report sheet', present }).toEqual({
      xlsx: literal.text.slice(0, 60),
      sheet: literal.sheet ?? 'any report sheet',
      present: true,
    });
  }
}

function isErrorExpectation(expected: SummaryExpectation | ErrorExpectation): expected is ErrorExpectation {
  return 'error' in expected;
}

function checkError(outcome: EntryOutcome, expected: ErrorExpectation['error'], entryPoint: string): void {
  expect({ entryPoint, kind: outcome.kind, code: outcome.kind === 'typed_error' ? outcome.code : undefined }).toEqual({ entryPoint, kind: 'typed_error', code: expected.code });
  if (outcome.kind !== 'typed_error') return;
  for (const word of expected.words) expect(outcome.message).toContain(word);
}

/** The words the engine says to the user in an outcome: its warnings, notes and error message. */
function userWords(outcome: EntryOutcome): string[] {
  if (outcome.kind === 'typed_error') return [outcome.message];
  const value = outcome.value as { warnings?: readonly { message: string }[]; notes?: readonly string[] };
  return [...(value.warnings ?? []).map((warning) => warning.message), ...(value.notes ?? [])];
}

function checkNoPersonalData(personal: readonly string[], outcomes: readonly EntryOutcome[]): void {
  const said = outcomes.flatMap(userWords);
  for (const value of personal) expect({ value, quotedIn: said.filter((text) => text.includes(value)) }).toEqual({ value, quotedIn: [] });
}

/** A CLI case: the files written, the command run in this process, its exit, words and inputs checked. */
async function runCliCase(robustnessCase: RobustnessCase, expected: CliExpectation['cli']): Promise<void> {
  const input = robustnessCase.input;
  if (!('files' in input)) throw new Error(`${robustnessCase.name}: a CLI case gives its input as files`);
  const root = scratchFolder();
  const folder = path.join(root, 'input');
  const scratch = path.join(root, 'scratch');
  mkdirSync(folder);
  mkdirSync(scratch);
  for (const file of input.files) writeFileSync(path.join(folder, file.name), file.bytes);
  const argv = expected.argv.map((arg) => arg.replace('{input}', folder).replace('{scratch}', scratch));
  const lines: string[] = [];
  const exit = await runReport([...argv, '--lang', robustnessCase.language ?? 'ja'], { stdout: (line) => lines.push(line), stderr: (line) => lines.push(line), distDir: DIST });
  const output = lines.join('\n');
  expect({ exit, output }).toEqual({ exit: expected.exit, output: expect.any(String) as unknown as string });
  expect([EXIT.ok, EXIT.badInput, EXIT.noUsableTab]).toContain(exit);
  for (const word of expected.words) expect(output).toContain(word);
  for (const value of robustnessCase.personal ?? []) expect({ value, output: output.includes(value) }).toEqual({ value, output: false });
  for (const file of input.files) expect({ file: file.name, same: Buffer.compare(readFileSync(path.join(folder, file.name)), Buffer.from(file.bytes)) === 0 }).toEqual({ file: file.name, same: true });
}

/**
 * Runs and checks one case end to end.
 *
 * @example
 * await runCase({ name: 'one ad row', covers: [], input: { tabs: [tab('広告', [['日付', '費用'], ['2025-04-01', 1200]])] }, expect: { totals: { cost: 1200 }, warnings: [] } })
 * //=> undefined (or a failed expectation)
 */
export async function runCase(robustnessCase: RobustnessCase): Promise<void> {
  const language = robustnessCase.language ?? 'ja';
  const expected = robustnessCase.expect;
  if ('cli' in expected) return runCliCase(robustnessCase, expected.cli);
  if ('inputError' in expected) {
    // Refused while reading the files: the CLI exits 2 with this message; nothing reaches the add-on.
    const outcome = await buildWorkbook(robustnessCase.input, robustnessCase.timeZone).then(
      () => ({ code: 'loaded', message: '' }),
      (error: unknown) => (error instanceof InputError ? { code: error.code, message: error.messageIn(language) } : Promise.reject(error)),
    );
    expect(outcome.code).toBe(expected.inputError.code);
    for (const word of expected.inputError.words) expect(outcome.message).toContain(word);
    return;
  }
  const workbook = await buildWorkbook(robustnessCase.input, robustnessCase.timeZone);
  const namesBefore = sheetNames(workbook);
  const before = snapshotInputTabs(workbook);

  const settings = robustnessCase.settings ?? {};
  const summaryOutcome = callBundle(workbook, 'getFunnelSummary', language, settings);
  expect(snapshotInputTabs(workbook)).toEqual(before);
  expect(sheetNames(workbook)).toEqual(namesBefore);
  const reportOutcome = callBundle(workbook, 'generateFunnelReport', language, settings);
  expect(snapshotInputTabs(workbook)).toEqual(before);

  checkNoPersonalData(robustnessCase.personal ?? [], [summaryOutcome, reportOutcome]);
  if (isErrorExpectation(expected)) {
    checkError(summaryOutcome, expected.error, 'getFunnelSummary');
    checkError(reportOutcome, expected.error, 'generateFunnelReport');
    expect(sheetNames(workbook)).toEqual(namesBefore);
    return;
  }
  if (summaryOutcome.kind !== 'result') throw new Error(`getFunnelSummary failed with ${summaryOutcome.code}: ${summaryOutcome.message}`);
  if (reportOutcome.kind !== 'result') throw new Error(`generateFunnelReport failed with ${reportOutcome.code}: ${reportOutcome.message}`);
  // What reading the files noticed joins the warnings as the CLI joins them (JSON and console).
  const summary = withFileWarnings(summaryOutcome.value as SummaryJson, workbook.loadWarnings, [], language);
  checkSummary(summary, expected, language);
  checkReport(workbook, reportOutcome.value, summary, expected);
  if (expected.literals) await checkSavedXlsx(workbook, expected);
  expect(sheetNames(workbook).slice(0, namesBefore.length)).toEqual(namesBefore);
}

