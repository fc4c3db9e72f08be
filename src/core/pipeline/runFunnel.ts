/**
 * The whole engine in one call: tabs → mappings → parsed rows → funnel summary. Pure; the Sheets
 * adapter and the tests call it alike.
 */
import { computeFunnelSummary } from '../funnel';
import type { DayNumber, FunnelSettings, Language, ParsedWorkbook, TabMapping, Warning } from '../model/types';
import { formatCount } from '../funnel/format';
import type { FunnelSummary } from '../model/summary';
import type { ZoneOffsetResolver } from '../model/zone';
import { parseWorkbook, type SheetTab } from '../parse/parseWorkbook';
import { serverMessage } from '../text/messages';
import { FunnelError } from './errors';
import { resolveMappings, type ResolvedTab } from './resolveMappings';
import { explainTabs, type TabVerdict } from './tabVerdicts';
import { kindLabel } from '../vocabulary/fieldLabels';

export interface FunnelRun {
  readonly resolved: readonly ResolvedTab[];
  readonly workbook: ParsedWorkbook;
  readonly summary: FunnelSummary;
}

/** Row problems quoted per unusable tab in the "no usable tab" message; the rest are counted. */
const QUOTED_ROW_PROBLEMS = 3;
/** Notes about rows skipped on purpose (totals, footers): they carry their first row but are about the tab. */
const SKIPPED_ROWS_NOTES: ReadonlySet<string> = new Set(['total_rows_skipped', 'footer_rows_skipped']);
const isRowProblem = (warning: Warning): boolean => warning.row !== null && !SKIPPED_ROWS_NOTES.has(warning.code);

/**
 * The parser's own sentences about an unused tab (design §3.2.1 "never silent"), for the "no usable
 * tab" message under the tab's verdict: the first row problems — each names the row and quotes the
 * value safely ("abc", 2025/02/30) — how many more there were, then its tab-level lines.
 *
 * @example
 * rowProblemLines('リード', workbook.warnings, 'en')
 * //=> ['"リード" row 2: created date "abc" is not a date. …', '"リード" row 3: …']
 */
function rowProblemLines(tab: string, warnings: readonly Warning[], language: Language): string[] {
  const ofTab = warnings.filter((warning) => warning.tab === tab);
  const rowProblems = ofTab.filter(isRowProblem);
  const lines = rowProblems.slice(0, QUOTED_ROW_PROBLEMS).map((warning) => warning.message);
  const unquoted = rowProblems.length - QUOTED_ROW_PROBLEMS;
  if (unquoted > 0) lines.push(serverMessage(language, 'pipeline.moreRowProblems', { tab, count: formatCount(unquoted) }));
  // Tab-level lines (counts past the per-column cap, unreadable flag values) say the rest.
  lines.push(...ofTab.filter((warning) => !isRowProblem(warning)).map((warning) => warning.message));
  return lines;
}

/**
 * A tab's lines in the "no usable tab" message: its verdict, or — for a tab none of whose rows could
 * be read — its row count, then the parser's sentences about the rows (each names the row).
 */
function failureLines(verdict: TabVerdict, parsed: ParsedWorkbook, language: Language): string[] {
  if (verdict.used) return [verdict.line];
  const problems = rowProblemLines(verdict.tab, parsed.warnings, language);
  const kind = verdict.unreadableKind;
  if (kind === undefined || problems.length === 0) return [verdict.line, ...problems];
  const rows = formatCount(verdict.source.rowsRead + verdict.source.rowsSkipped);
  return [serverMessage(language, 'pipeline.noUsableRows', { tab: verdict.tab, kind: kindLabel(kind, language), rows }), ...problems];
}

/** Kinds whose rows make a report on their own (targets alone have nothing to compare with). */
function hasReportableRows(workbook: ParsedWorkbook): boolean {
  return workbook.ads.length + workbook.traffic.length + workbook.leads.length + workbook.deals.length + workbook.email.length > 0;
}

/**
 * Runs the engine. `today` and `locale` are the spreadsheet's (the adapter reads them, as it reads
 * the time zone behind `zoneOffset`): dates after today are typos, and the locale orders date
 * columns whose values could be read day first or month first. Every tab that is not used gets a
 * warning saying why (design §3.2.1). Throws
 * {@link FunnelError} `no_usable_tab` when no ads, traffic, leads, deals or email tab yields a
 * single row, with one line per tab saying what became of it.
 *
 * @example
 * runFunnel([{ name: '広告', values: [['日付', '費用'], ['2025-04-01', 1200]] }], { view: 'cohort', language: 'ja', currency: 'JPY' }, () => 540).summary.total.cost
 * //=> 1200
 */
export function runFunnel(
  tabs: readonly SheetTab[],
  settings: FunnelSettings,
  zoneOffset: ZoneOffsetResolver,
  savedMappings: readonly TabMapping[] = [],
  today?: DayNumber,
  locale?: string
): FunnelRun {
  const resolved = resolveMappings(tabs, savedMappings);
  const parsed = parseWorkbook(
    resolved.map((r) => r.tab),
    resolved.map((r) => r.mapping),
    {
      zoneOffset,
      language: settings.language,
      ...(today !== undefined ? { today } : {}),
      ...(locale !== undefined ? { locale } : {}),
      ...(settings.attributeColumns !== undefined ? { attributeColumns: settings.attributeColumns } : {}),
    }
  );
  const language = settings.language;
  const verdicts = explainTabs(resolved, parsed, language);
  if (!hasReportableRows(parsed)) {
    const details = verdicts.length > 0 ? [...new Set(verdicts.flatMap((verdict) => failureLines(verdict, parsed, language)))] : [serverMessage(language, 'pipeline.noTabs')];
    const recognised = parsed.sources.some((source) => source.kind !== null && source.kind !== 'targets');
    throw new FunnelError('no_usable_tab', serverMessage(language, recognised ? 'pipeline.noUsableRow' : 'pipeline.noUsableTab'), details);
  }
  // Unused tabs first: they change what the numbers mean more than any row-level problem.
  const tabWarnings = verdicts.map((verdict) => verdict.warning).filter((warning): warning is Warning => warning !== null);
  const workbook: ParsedWorkbook = {
    ...parsed,
    sources: verdicts.map((verdict) => verdict.source),
    warnings: [...tabWarnings, ...parsed.warnings],
  };
  return { resolved, workbook, summary: computeFunnelSummary(workbook, settings) };
}
