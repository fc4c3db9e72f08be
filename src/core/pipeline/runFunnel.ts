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
import { fieldLabel, kindLabel } from '../vocabulary/fieldLabels';
import { serverMessage } from '../text/messages';
import { quoteSafely } from '../text/safeQuote';
import { joinList, joinQuoted } from '../text/wording';
import { FunnelError } from './errors';
import { resolveMappings, type ResolvedTab } from './resolveMappings';

export interface FunnelRun {
  readonly resolved: readonly ResolvedTab[];
  readonly workbook: ParsedWorkbook;
  readonly summary: FunnelSummary;
}

/** What recognition made of a tab, for the "no usable tab" message. */
export function describeTab(resolved: ResolvedTab, language: Language, rowProblemsListed = false): string {
  const { tab, recognition, mapping } = resolved;
  if (tab.values.length === 0 || tab.values.every((row) => row.every((cell) => cell === '' || cell === null))) {
    return serverMessage(language, 'pipeline.emptyTab', { tab: tab.name });
  }
  if (mapping.kind !== null) {
    const kind = kindLabel(mapping.kind, language);
    if (recognition.dataRowCount === 0) return serverMessage(language, 'pipeline.headerOnly', { tab: tab.name, kind });
    const rows = formatCount(recognition.dataRowCount);
    return serverMessage(language, rowProblemsListed ? 'pipeline.noUsableRows' : 'pipeline.noUsableRowsMapping', { tab: tab.name, kind, rows });
  }
  const best = recognition.candidates[0];
  if (!best) {
    // A headerless export's first row is data: each cell is quoted only when it cannot be personal data.
    const headers = joinList(recognition.headerLabels.filter(Boolean).slice(0, 8).map((label) => quoteSafely(label, language)), language);
    return serverMessage(language, 'pipeline.noKnownHeader', { tab: tab.name, headers: headers || serverMessage(language, 'pipeline.noHeaders') });
  }
  const missing = joinQuoted(best.missingRequired.map((field) => fieldLabel(field, language)), language);
  return serverMessage(language, 'pipeline.missingRequired', { tab: tab.name, kind: kindLabel(best.kind, language), fields: missing });
}

/** Row problems quoted per unusable tab in the "no usable tab" message; the rest are counted. */
const QUOTED_ROW_PROBLEMS = 3;

/**
 * Why a tab gave no rows, one sentence per problem (design §3.2.1 "never silent"): what recognition
 * made of it, then the first row problems of the parser — each names the row and quotes the value
 * safely ("abc", 2025/02/30) — and how many more there were.
 *
 * @example
 * explainTab(resolvedLeadsTab, workbook.warnings, 'en')
 * //=> ['"リード": read as Leads data, but none of its 2 rows could be used. …', '"リード" row 2: created date "abc" is not a date. …', '"リード" row 3: …']
 */
export function explainTab(resolved: ResolvedTab, warnings: readonly Warning[], language: Language): string[] {
  if (resolved.mapping.kind === null) return [describeTab(resolved, language)];
  const name = resolved.tab.name;
  const ofTab = warnings.filter((warning) => warning.tab === name);
  const rowProblems = ofTab.filter((warning) => warning.row !== null);
  const lines = [describeTab(resolved, language, rowProblems.length > 0)];
  lines.push(...rowProblems.slice(0, QUOTED_ROW_PROBLEMS).map((warning) => warning.message));
  const unquoted = rowProblems.length - QUOTED_ROW_PROBLEMS;
  if (unquoted > 0) lines.push(serverMessage(language, 'pipeline.moreRowProblems', { tab: name, count: formatCount(unquoted) }));
  // Tab-level lines (counts past the per-column cap, unreadable flag values) say the rest.
  lines.push(...ofTab.filter((warning) => warning.row === null).map((warning) => warning.message));
  return [...new Set(lines)];
}

const FUNNEL_KINDS = new Set(['ads', 'traffic', 'leads', 'deals']);

function hasFunnelRows(workbook: ParsedWorkbook): boolean {
  return workbook.ads.length + workbook.traffic.length + workbook.leads.length + workbook.deals.length > 0;
}

/**
 * Runs the engine. Throws {@link FunnelError} `no_usable_tab` when no ads, traffic, leads or deals
 * tab yields a single row, listing what was recognised in each tab.
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
  const workbook = parseWorkbook(
    resolved.map((r) => r.tab),
    resolved.map((r) => r.mapping),
    {
      zoneOffset,
      language: settings.language,
      ...(today !== undefined ? { today } : {}),
      ...(settings.attributeColumns !== undefined ? { attributeColumns: settings.attributeColumns } : {}),
    }
  );
  if (!hasFunnelRows(workbook)) {
    const language = settings.language;
    const details = resolved.length > 0 ? resolved.flatMap((r) => explainTab(r, workbook.warnings, language)) : [serverMessage(language, 'pipeline.noTabs')];
    const usedKinds = resolved.some((r) => r.mapping.kind !== null && FUNNEL_KINDS.has(r.mapping.kind));
    const message = serverMessage(language, usedKinds ? 'pipeline.noUsableRow' : 'pipeline.noUsableTab');
    throw new FunnelError('no_usable_tab', message, details);
  }
  return { resolved, workbook, summary: computeFunnelSummary(workbook, settings) };
}
