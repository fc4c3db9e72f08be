/**
 * `npm run report`: loads the input into the in-memory spreadsheet, runs the BUILT add-on on it
 * through gas-local, and writes the JSON summary (and the report workbook). Exit codes (design §9):
 * 0 success, 2 bad arguments or unreadable input, 3 no tab could be used.
 */
import { existsSync, mkdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { dealLinkNotes } from '../../core/pipeline/dealLinkNotes';
import { headlineKpis } from '../../core/pipeline/headline';
import type { FunnelSummary } from '../../core/model/summary';
import type { Language, Warning } from '../../core/model/types';
import { useAssetReader } from '../../core/text/assets';
import { callEntryPoint, loadBundle } from '../runtime';
import { createLocalServices } from '../services/createLocalServices';
import { readProjectHtml } from '../services/html';
import { InputError } from '../workbook/inputError';
import { loadInput } from '../workbook/loadInput';
import type { Workbook } from '../workbook/model';
import { withFileWarnings, type LoadWarning } from '../workbook/loadWarning';
import { saveWorkbookToXlsx } from '../workbook/saveXlsx';
import { collectGarbageIfLarge } from './memory';
import { readChannelMapping } from './channelMapping';
import { CHANNEL_MAPPING_MESSAGES, CLI_MESSAGES, writeFailureReason } from './messages';
import { outputPathProblem } from './outputPaths';
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

/** A file the CLI could not write (a folder, no permission, a full disk): exit 2 with its reason. */
class OutputError extends Error {
  constructor(readonly messages: Readonly<Record<Language, string>>) {
    super(messages.en);
  }
}

function outputError(option: string, file: string, error: unknown): OutputError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'EISDIR') return new OutputError({ ja: CLI_MESSAGES.outputIsFolder.ja(option, file), en: CLI_MESSAGES.outputIsFolder.en(option, file) });
  return new OutputError({ ja: CLI_MESSAGES.cannotWrite.ja(file, writeFailureReason(code, 'ja')), en: CLI_MESSAGES.cannotWrite.en(file, writeFailureReason(code, 'en')) });
}

function writeFileCreatingFolder(option: string, file: string, content: string | Buffer): void {
  try {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    writeFileSync(file, content);
  } catch (error) {
    throw outputError(option, file, error);
  }
}

/**
 * The files and folders a run's outputs will create, noted before anything is written, so that a run
 * that fails half-way (the .xlsx written, the JSON refused by a full disk) takes them back and
 * leaves the disk as it found it. Files that were there before are not touched by this.
 */
class CreatedOutputs {
  private readonly files: string[] = [];
  /** Deepest first. */
  private readonly folders: string[] = [];

  constructor(outputs: readonly (string | null)[]) {
    for (const output of outputs) {
      if (output === null) continue;
      const target = path.resolve(output);
      if (!existsSync(target)) this.files.push(target);
      for (let folder = path.dirname(target); !existsSync(folder) && path.dirname(folder) !== folder; folder = path.dirname(folder)) {
        if (!this.folders.includes(folder)) this.folders.push(folder);
      }
    }
    this.folders.sort((a, b) => b.length - a.length);
  }

  takeBack(): void {
    for (const file of this.files) rmSync(file, { force: true });
    for (const folder of this.folders) {
      try {
        rmdirSync(folder);
      } catch {
        // Not empty (something else was put there meanwhile) or already gone: left as it is.
      }
    }
  }
}

/** Warnings the console quotes before pointing to the JSON for the rest (design §9). */
export const CONSOLE_WARNINGS = 20;

/**
 * A warning's text for the console, with its tab in front unless the text already names it.
 *
 * @example
 * consoleWarning({ tab: '商談', row: null, field: null, code: 'unlinked_deals', message: 'このタブの商談3件が…' }, 'ja')
 * //=> '「商談」: このタブの商談3件が…'
 */
export function consoleWarning(warning: Warning, language: Language): string {
  const { tab, message } = warning;
  if (tab === null || message.includes(`「${tab}」`) || message.includes(`"${tab}"`)) return message;
  return CLI_MESSAGES.warningInTab[language](tab, message);
}

export function printHeadline(summary: FunnelSummary, language: Language, io: Pick<CliIo, 'stdout' | 'distDir'>): void {
  // The headline and the deal-link notes are worded here, by the core in this process, from the
  // built add-on's message files (design §10), as the add-on words them.
  useAssetReader((name) => readProjectHtml(io.distDir, name));
  io.stdout(summary.period.undated ? CLI_MESSAGES.periodUndated[language] : CLI_MESSAGES.period[language](summary.period.from, summary.period.to, summary.asOf));
  for (const kpi of headlineKpis(summary, language)) io.stdout(`  ${kpi.label}: ${kpi.value}`);
  for (const note of dealLinkNotes(summary, language)) io.stdout(`  ${note}`);
  if (summary.warnings.length === 0) return;
  io.stdout(CLI_MESSAGES.warningsHeading[language](summary.warnings.length));
  for (const warning of summary.warnings.slice(0, CONSOLE_WARNINGS)) io.stdout(`    ${CLI_MESSAGES.warningBullet[language]}${consoleWarning(warning, language)}`);
  if (summary.warnings.length > CONSOLE_WARNINGS) io.stdout(CLI_MESSAGES.warningsMore[language](summary.warnings.length - CONSOLE_WARNINGS, summary.warnings.length));
}

/**
 * Runs the add-on on a loaded workbook: the JSON summary, and the report sheets when `out` is set.
 * Returns the summary; throws the bundle's errors.
 */
export async function runOnWorkbook(workbook: Workbook, options: Omit<ReportOptions, 'inputs' | 'timeZone' | 'channels' | 'locale'>, io: CliIo): Promise<FunnelSummary> {
  const language: Language = options.settings.language === 'en' ? 'en' : 'ja';
  // One execution = fresh services and a fresh context, as in Apps Script.
  const execute = (name: string, ...args: unknown[]): unknown => {
    const services = createLocalServices(workbook, { distDir: io.distDir, userLocale: language === 'en' ? 'en_US' : 'ja_JP' });
    return callEntryPoint(loadBundle(services, { distDir: io.distDir }), name, ...args);
  };
  // With --out, one generation gives both the sheets and the JSON (they come from one computation).
  const engine = JSON.parse(
    JSON.stringify(
      options.out
        ? (execute('generateFunnelReport', { settings: options.settings, withSummary: true }) as { summary: FunnelSummary }).summary
        : execute('getFunnelSummary', { settings: options.settings })
    )
  ) as FunnelSummary;
  collectGarbageIfLarge();
  const written: LoadWarning[] = [];
  const created = new CreatedOutputs([options.out, options.json]);
  try {
    if (options.out) {
      try {
        const saved = await saveWorkbookToXlsx(workbook, options.out, { onPause: collectGarbageIfLarge });
        written.push(...saved.warnings);
        for (const [from, to] of saved.renamedSheets) io.stdout(CLI_MESSAGES.renamedSheet[language](from, to));
      } catch (error) {
        throw outputError('--out', options.out, error);
      }
    }
    // What reading and writing the files noticed comes first, then the engine's own warnings.
    const summary = withFileWarnings(engine, workbook.loadWarnings, written, language);
    if (options.json) writeFileCreatingFolder('--json', options.json, `${JSON.stringify(summary, null, 2)}\n`);
    return summary;
  } catch (error) {
    created.takeBack();
    throw error;
  }
}

/** The `--channels` file as settings, `{}` without the option, or `null` after printing its problems. */
function readMappingOption(options: ReportOptions, language: Language, io: CliIo): { channelGroups?: Readonly<Record<string, string>> } | null {
  if (options.channels === null) return {};
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(options.channels);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? CHANNEL_MAPPING_MESSAGES.noSuchFile[language] : code === 'EISDIR' ? CHANNEL_MAPPING_MESSAGES.isFolder[language] : writeFailureReason(code, language);
    io.stderr(`report: ${CHANNEL_MAPPING_MESSAGES.unreadable[language](options.channels, reason)}`);
    return null;
  }
  const result = readChannelMapping(bytes, options.channels, language);
  if (result.ok) return { channelGroups: result.channelGroups };
  for (const problem of result.problems) io.stderr(`report: ${problem}`);
  return null;
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
  const language: Language = parsed.options.settings.language === 'en' ? 'en' : 'ja';
  const mapping = readMappingOption(parsed.options, language, io);
  if (mapping === null) return EXIT.badInput;
  const options: ReportOptions = { ...parsed.options, settings: { ...parsed.options.settings, ...mapping } };
  const outputs = [
    ...(options.out ? [{ option: '--out', file: options.out }] : []),
    ...(options.json ? [{ option: '--json', file: options.json }] : []),
  ];
  const pathProblem = outputPathProblem(options.inputs, outputs, language);
  if (pathProblem) {
    io.stderr(`report: ${pathProblem}`);
    return EXIT.badInput;
  }
  let workbook: Workbook;
  try {
    workbook = await loadInput(options.inputs, { timeZone: options.timeZone, locale: options.locale });
    collectGarbageIfLarge();
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
    if (options.out) io.stdout(CLI_MESSAGES.reportWritten[language](options.out));
    if (options.out && options.inputs.some((input) => input.toLowerCase().endsWith('.xlsx'))) io.stdout(CLI_MESSAGES.copyLimits[language]);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof OutputError) {
      io.stderr(`report: ${error.messages[language]}`);
      return EXIT.badInput;
    }
    const code = engineErrorCode(error);
    if (code === 'no_usable_tab' || code === 'invalid_settings') {
      io.stderr(`report: ${String((error as EngineError).message)}`);
      return code === 'no_usable_tab' ? EXIT.noUsableTab : EXIT.badInput;
    }
    throw error;
  }
}
