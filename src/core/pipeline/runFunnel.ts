/**
 * The whole engine in one call: tabs → mappings → parsed rows → funnel summary. Pure; the Sheets
 * adapter and the tests call it alike.
 */
import { computeFunnelSummary } from '../funnel';
import type { DayNumber, FunnelSettings, Language, ParsedWorkbook, TabMapping } from '../model/types';
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
export function describeTab(resolved: ResolvedTab, language: Language): string {
  const { tab, recognition, mapping } = resolved;
  if (tab.values.length === 0 || tab.values.every((row) => row.every((cell) => cell === '' || cell === null))) {
    return serverMessage(language, 'pipeline.emptyTab', { tab: tab.name });
  }
  if (mapping.kind !== null) {
    return serverMessage(language, 'pipeline.noUsableRows', { tab: tab.name, kind: kindLabel(mapping.kind, language) });
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

const FUNNEL_KINDS = new Set(['ads', 'traffic', 'leads', 'deals']);

function hasFunnelRows(workbook: ParsedWorkbook): boolean {
  return workbook.ads.length + workbook.traffic.length + workbook.leads.length + workbook.deals.length > 0;
}

/**
 * Runs the engine. `today` and `locale` are the spreadsheet's (the adapter reads them, as it reads
 * the time zone behind `zoneOffset`): dates after today are typos, and the locale orders date
 * columns whose values could be read day first or month first. Throws {@link FunnelError}
 * `no_usable_tab` when no ads, traffic, leads or deals tab yields a single row, listing what was
 * recognised in each tab.
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
  const workbook = parseWorkbook(
    resolved.map((r) => r.tab),
    resolved.map((r) => r.mapping),
    { zoneOffset, language: settings.language, ...(today !== undefined ? { today } : {}), ...(locale !== undefined ? { locale } : {}) }
  );
  if (!hasFunnelRows(workbook)) {
    const language = settings.language;
    const details = resolved.length > 0 ? resolved.map((r) => describeTab(r, language)) : [serverMessage(language, 'pipeline.noTabs')];
    const usedKinds = resolved.some((r) => r.mapping.kind !== null && FUNNEL_KINDS.has(r.mapping.kind));
    const message = serverMessage(language, usedKinds ? 'pipeline.noUsableRow' : 'pipeline.noUsableTab');
    throw new FunnelError('no_usable_tab', message, details);
  }
  return { resolved, workbook, summary: computeFunnelSummary(workbook, settings) };
}
