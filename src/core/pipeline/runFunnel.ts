/**
 * The whole engine in one call: tabs → mappings → parsed rows → funnel summary. Pure; the Sheets
 * adapter and the tests call it alike.
 */
import { computeFunnelSummary } from '../funnel';
import type { DayNumber, FunnelSettings, ParsedWorkbook, TabMapping, Warning } from '../model/types';
import type { FunnelSummary } from '../model/summary';
import type { ZoneOffsetResolver } from '../model/zone';
import { parseWorkbook, type SheetTab } from '../parse/parseWorkbook';
import { serverMessage } from '../text/messages';
import { FunnelError } from './errors';
import { resolveMappings, type ResolvedTab } from './resolveMappings';
import { explainTabs } from './tabVerdicts';

export interface FunnelRun {
  readonly resolved: readonly ResolvedTab[];
  readonly workbook: ParsedWorkbook;
  readonly summary: FunnelSummary;
}

/** Kinds whose rows make a report on their own (targets alone have nothing to compare with). */
function hasReportableRows(workbook: ParsedWorkbook): boolean {
  return workbook.ads.length + workbook.traffic.length + workbook.leads.length + workbook.deals.length + workbook.email.length > 0;
}

/**
 * Runs the engine. Every tab that is not used gets a warning saying why (design §3.2.1). Throws
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
  today?: DayNumber
): FunnelRun {
  const resolved = resolveMappings(tabs, savedMappings);
  const parsed = parseWorkbook(
    resolved.map((r) => r.tab),
    resolved.map((r) => r.mapping),
    { zoneOffset, language: settings.language, ...(today !== undefined ? { today } : {}) }
  );
  const language = settings.language;
  const verdicts = explainTabs(resolved, parsed, language);
  if (!hasReportableRows(parsed)) {
    const details = verdicts.length > 0 ? verdicts.map((verdict) => verdict.line) : [serverMessage(language, 'pipeline.noTabs')];
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
