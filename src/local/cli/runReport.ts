/**
 * `npm run report`: loads the input into the in-memory spreadsheet, runs the BUILT add-on on it
 * through gas-local, and writes the JSON summary (and the report workbook). Exit codes (design §9):
 * 0 success, 2 bad arguments or unreadable input, 3 no tab could be used.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { dealLinkNotes } from '../../core/pipeline/dealLinkNotes';
import { headlineKpis } from '../../core/pipeline/headline';
import type { FunnelSummary } from '../../core/model/summary';
import type { Language } from '../../core/model/types';
import { callEntryPoint, loadBundle } from '../runtime';
import { createLocalServices } from '../services/createLocalServices';
import { InputError } from '../workbook/inputError';
import { loadInput } from '../workbook/loadInput';
import type { Workbook } from '../workbook/model';
import { saveWorkbookToXlsx } from '../workbook/saveXlsx';
import { parseReportArgs, USAGE, type ReportOptions } from './args';

export const EXIT = { ok: 0, badInput: 2, noUsableTab: 3 } as const;

export interface CliIo {
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
  /** Folder of the built add-on. */
  readonly distDir: string;
}

interface EngineError {
  readonly code?: unknown;
  readonly message?: unknown;
}

/** The bundle's typed errors cross the vm realm boundary, so they are recognised by `code`. */
function engineErrorCode(error: unknown): string | null {
  return typeof error === 'object' && error !== null && typeof (error as EngineError).code === 'string' ? ((error as EngineError).code as string) : null;
}

function writeFileCreatingFolder(file: string, content: string | Buffer): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  writeFileSync(file, content);
}

export function printHeadline(summary: FunnelSummary, language: Language, io: Pick<CliIo, 'stdout'>): void {
  const ja = language === 'ja';
  io.stdout(ja ? `期間: ${summary.period.from} 〜 ${summary.period.to}（基準日: ${summary.asOf}）` : `Period: ${summary.period.from} to ${summary.period.to} (as of ${summary.asOf})`);
  for (const kpi of headlineKpis(summary, language)) io.stdout(`  ${kpi.label}: ${kpi.value}`);
  for (const note of dealLinkNotes(summary, language)) io.stdout(`  ${note}`);
  if (summary.warnings.length > 0) io.stdout(ja ? `  確認が必要な点: ${summary.warnings.length}件（内容は --json で書き出した JSON の warnings を参照）` : `  Warnings: ${summary.warnings.length} (see "warnings" in --json)`);
}

/**
 * Runs the add-on on a loaded workbook: the JSON summary, and the report sheets when `out` is set.
 * Returns the summary; throws the bundle's errors.
 */
export async function runOnWorkbook(workbook: Workbook, options: Omit<ReportOptions, 'inputs' | 'timeZone' | 'locale'>, io: CliIo): Promise<FunnelSummary> {
  const language: Language = options.settings.language === 'en' ? 'en' : 'ja';
  // One execution = fresh services and a fresh context, as in Apps Script.
  const execute = (name: string, ...args: unknown[]): unknown => {
    const services = createLocalServices(workbook, { distDir: io.distDir, userLocale: language === 'en' ? 'en_US' : 'ja_JP' });
    return callEntryPoint(loadBundle(services, { distDir: io.distDir }), name, ...args);
  };
  // With --out, one generation gives both the sheets and the JSON (they come from one computation).
  const summary = JSON.parse(
    JSON.stringify(
      options.out
        ? (execute('generateFunnelReport', { settings: options.settings, withSummary: true }) as { summary: FunnelSummary }).summary
        : execute('getFunnelSummary', { settings: options.settings })
    )
  ) as FunnelSummary;
  if (options.json) writeFileCreatingFolder(options.json, `${JSON.stringify(summary, null, 2)}\n`);
  if (options.out) {
    mkdirSync(path.dirname(path.resolve(options.out)), { recursive: true });
    await saveWorkbookToXlsx(workbook, options.out);
  }
  return summary;
}

export async function runReport(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const parsed = parseReportArgs(argv);
  if (!parsed.ok) {
    for (const problem of parsed.problems) io.stderr(`report: ${problem}`);
    io.stderr('');
    io.stderr(USAGE);
    return EXIT.badInput;
  }
  const { options } = parsed;
  const language: Language = options.settings.language === 'en' ? 'en' : 'ja';
  let workbook: Workbook;
  try {
    workbook = await loadInput(options.inputs, { timeZone: options.timeZone, locale: options.locale });
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(`report: ${error.messageIn(language)}`);
      return EXIT.badInput;
    }
    throw error;
  }
  try {
    const summary = await runOnWorkbook(workbook, options, io);
    printHeadline(summary, language, io);
    if (options.json) io.stdout(`JSON: ${options.json}`);
    if (options.out) io.stdout(language === 'ja' ? `レポート: ${options.out}` : `Report: ${options.out}`);
    return EXIT.ok;
  } catch (error) {
    const code = engineErrorCode(error);
    if (code === 'no_usable_tab' || code === 'invalid_settings') {
      io.stderr(`report: ${String((error as EngineError).message)}`);
      return code === 'no_usable_tab' ? EXIT.noUsableTab : EXIT.badInput;
    }
    throw error;
  }
}
