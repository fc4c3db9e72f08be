/**
 * The server side of the sidebar (the functions of ServerApi in src/shared/rpc.ts) and the menu
 * actions. Results are JSON-safe; errors are thrown with messages written for the user.
 */
import { FIELDS_BY_KIND, REQUIRED_FIELDS, TAB_KINDS, type Language } from '../core/model/types';
import { resolveMappings, type ResolvedTab } from '../core/pipeline/resolveMappings';
import { recognizeTabAs, type TabRecognition } from '../core/recognition/recognizeTab';
import { fieldLabel, kindLabel } from '../core/vocabulary/fieldLabels';
import { FunnelError } from '../core/pipeline/errors';
import { readMappings } from '../core/settings/readSetup';
import { serverMessage } from '../core/text/messages';
import { asLanguage } from '../core/text/translate';
import type { ColumnView, GenerateResult, KindSuggestion, KindView, ResultText, SavedSetup, SettingsInput, SidebarState, TabView } from '../shared/rpc';
import { columnViews, type DateFormatter } from './columnViews';
import { APP_TITLE } from './menu';
import { resolveRequest, runFunnelOnSpreadsheet } from './funnelService';
import { readDataTabs, type RawTab } from './readTabs';
import { generateFunnelReport, generateReport, resultText, userLanguage } from './report/generateReport';
import { useProjectFiles } from './projectFiles';
import { payloadLanguage, readSetupPayload, readSheetNamePayload, requirePayload, savedSettings, type SetupPayload } from './rpcPayloads';
import { insertSampleTabs } from './sampleData';
import { loadSetup, saveSetup } from './setupStore';

function kindViews(language: Language): KindView[] {
  return TAB_KINDS.map((kind) => ({
    kind,
    label: kindLabel(kind, language),
    fields: FIELDS_BY_KIND[kind].map((field) => ({
      field: field,
      label: fieldLabel(field, language),
      // Email needs delivered or sent; delivered is the one the sidebar marks.
      required: (REQUIRED_FIELDS[kind] as readonly string[]).includes(field) || (kind === 'email' && field === 'delivered'),
    })),
  }));
}

/**
 * The sidebar reads a window of each tab — enough rows to find the header and show sample values —
 * and its row count, never every cell (design §8): a 100,000-row tab opens as fast as a small one.
 * Generate reads everything. Nothing the sidebar calls re-reads whole tabs: opening, saving and
 * inserting the sample all answer with this windowed state.
 */
export const SIDEBAR_WINDOW_ROWS = 100;

/** Data rows of a tab: counted in the window, plus every row below it (rows past the window are not read). */
function rowCount(tab: RawTab, windowDataRows: number): number {
  const unread = tab.lastRow === undefined ? 0 : Math.max(0, tab.lastRow - tab.values.length);
  return windowDataRows + unread;
}

function isBlankCell(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** The columns under a recognition's header row (its labels: a merged two-row header has its own). */
function columnsOf(recognition: TabRecognition, values: readonly (readonly unknown[])[], formatDate: DateFormatter): ColumnView[] {
  return columnViews(values, recognition.mapping.headerRow, recognition.headerLabels, formatDate);
}

/**
 * What automatic matching proposes for every kind, so that choosing another kind in the sidebar maps
 * its columns at once (design §8). Pure work on the window already read: no Sheets call.
 */
function suggestionsFor(resolved: ResolvedTab, formatDate: DateFormatter): KindSuggestion[] {
  const { tab, recognition } = resolved;
  return TAB_KINDS.map((kind) => {
    const matched = recognition.mapping.kind === kind ? recognition : recognizeTabAs(tab.name, tab.values, kind);
    const suggestion: KindSuggestion = { kind, mapping: matched.mapping };
    if (matched.mapping.headerRow === resolved.mapping.headerRow) return suggestion;
    return { ...suggestion, columns: columnsOf(matched, tab.values, formatDate) };
  });
}

/** The columns shown for the mapping in force: the detected header's labels, or the saved header row's cells. */
function mappingColumns(resolved: ResolvedTab, formatDate: DateFormatter): ColumnView[] {
  const { tab, recognition, mapping } = resolved;
  if (mapping.headerRow === recognition.mapping.headerRow) return columnsOf(recognition, tab.values, formatDate);
  const labels = (tab.values[mapping.headerRow] ?? []).map((cell) => (isBlankCell(cell) ? '' : String(cell as string | number)));
  return columnViews(tab.values, mapping.headerRow, labels, formatDate);
}

function tabView(resolved: ResolvedTab, raw: RawTab | undefined, formatDate: DateFormatter): TabView {
  const { tab, recognition, mapping } = resolved;
  const best = recognition.candidates[0];
  return {
    name: tab.name,
    rowCount: rowCount(raw ?? { name: tab.name, values: [] }, recognition.dataRowCount),
    detectedKind: recognition.mapping.kind,
    confidence: recognition.confidence,
    mapping,
    columns: mappingColumns(resolved, formatDate),
    suggestions: suggestionsFor(resolved, formatDate),
    closest: recognition.mapping.kind === null && best ? { kind: best.kind, missing: best.missingRequired } : null,
    empty: tab.values.every((row) => row.every(isBlankCell)),
  };
}

function sidebarState(language: Language | null): SidebarState {
  const saved = loadSetup();
  const settings: SettingsInput = savedSettings(saved?.settings);
  const shown: Language = language ?? asLanguage(settings.language) ?? userLanguage();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const zone = spreadsheet.getSpreadsheetTimeZone();
  const formatDate: DateFormatter = (date) => Utilities.formatDate(date, zone, 'yyyy-MM-dd');
  const tabsRead = readDataTabs(spreadsheet, { windowRows: SIDEBAR_WINDOW_ROWS });
  const resolved = resolveMappings(tabsRead, readMappings(saved?.mappings));
  const tabs = resolved.map((entry, index) => tabView(entry, tabsRead[index], formatDate));
  return { language: shown, tabs, settings: { ...settings, language: shown }, kinds: kindViews(shown), saved: saved !== null };
}

export function sidebarGetState(language: Language | null): SidebarState {
  useProjectFiles();
  return sidebarState(asLanguage(language));
}

/** The setup the sidebar sent, checked (sheets/rpcPayloads), and the language to answer in. */
function checkedSetup(input: unknown, language: Language | null): SetupPayload & { readonly language: Language } {
  const shown = language ?? payloadLanguage((input as { settings?: unknown } | null | undefined)?.settings) ?? userLanguage();
  return { ...requirePayload(readSetupPayload(input, shown), shown), language: shown };
}

/** Saves the setup; a store that refuses it (a setup beyond the quota) is a message, not a platform error. */
function saveOrExplain(setup: SetupPayload, language: Language): void {
  try {
    saveSetup(setup);
  } catch (error) {
    throw new FunnelError('setup_not_saved', serverMessage(language, 'setup.notSaved', { reason: errorMessage(error) }));
  }
}

export function sidebarSaveSetup(setup: SavedSetup): SidebarState {
  useProjectFiles();
  const checked = checkedSetup(setup, null);
  saveOrExplain(checked, checked.language);
  return sidebarState(asLanguage(checked.settings.language));
}

export function sidebarGenerate(setup: SavedSetup): GenerateResult {
  useProjectFiles();
  const { mappings, settings, language } = checkedSetup(setup, null);
  // Saving is a convenience for next time: a store that refuses it never stops this generation.
  const notices: string[] = [];
  try {
    saveSetup({ mappings, settings });
  } catch (error) {
    Logger.log(`Funnel KPI: the setup was not saved (${errorMessage(error)}); generating anyway.`);
    notices.push(serverMessage(language, 'sheets.setupNotSaved', { reason: errorMessage(error) }));
  }
  const result = generateReport({ settings, mappings }, notices);
  // The summary is what the user wants to see first (the swap leaves the last sheet written active).
  SpreadsheetApp.getActiveSpreadsheet().getSheetByName(result.summarySheet)?.activate();
  return result;
}

/**
 * The result of the last Generate worded in `language`, for the sidebar's language switch. The
 * warnings are written by the parser in one language, and wording them in both at every Generate
 * would double the parse; a switch with a result on screen is rare, so this reads the tabs again
 * (like Generate, read only: no lock, no sheet written).
 */
export function sidebarTranslateResult(setup: SavedSetup, language: Language): ResultText {
  useProjectFiles();
  const shown = asLanguage(language) ?? userLanguage();
  const checked = checkedSetup(setup, shown);
  const { settings, mappings } = resolveRequest({ settings: { ...checked.settings, language: shown }, mappings: checked.mappings }, shown);
  const { summary } = runFunnelOnSpreadsheet(SpreadsheetApp.getActiveSpreadsheet(), settings, mappings);
  return resultText(summary, shown);
}

/** Opens a sheet the result names; anything else (not a name, no such sheet, a hidden sheet) is ignored. */
export function sidebarActivateSheet(name: string): void {
  const valid = readSheetNamePayload(name);
  if (valid === null) return;
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(valid);
  if (sheet && !sheet.isSheetHidden()) sheet.activate();
}

export function sidebarInsertSampleData(language: Language): SidebarState {
  useProjectFiles();
  insertSampleTabs(SpreadsheetApp.getActiveSpreadsheet());
  return sidebarState(asLanguage(language) ?? userLanguage());
}

/** Menu: "Open Funnel KPI". */
export function showSidebar(): void {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(APP_TITLE[userLanguage()]));
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** How many warnings the menu's alert quotes; the sidebar lists them all. */
const ALERT_WARNINGS = 5;

/** The warnings for the menu's alert (shown to this user only, never written to a sheet). */
function warningLines(warnings: GenerateResult['warnings'], language: Language): string[] {
  if (warnings.length === 0) return [];
  const heading = serverMessage(language, 'sheets.alertWarnings', { count: warnings.length });
  const shown = warnings.slice(0, ALERT_WARNINGS).map((warning) => `・${warning.message}`);
  const rest = warnings.length - shown.length;
  const more = rest > 0 ? [serverMessage(language, 'sheets.alertMoreWarnings', { count: rest })] : [];
  return [heading, ...shown, ...more];
}

/** Menu: "Generate funnel report" with the saved setup (or the detected one). */
export function generateFunnelReportFromMenu(): void {
  useProjectFiles();
  const ui = SpreadsheetApp.getUi();
  const language = userLanguage();
  try {
    const result = generateFunnelReport();
    SpreadsheetApp.getActiveSpreadsheet().getSheetByName(result.summarySheet)?.activate();
    const lines = result.headline.map((kpi) => `${kpi.label}: ${kpi.value}`);
    ui.alert(serverMessage(language, 'sheets.reportGenerated'), [...lines, ...warningLines(result.warnings, language)].join('\n'), ui.ButtonSet.OK);
  } catch (error) {
    ui.alert(serverMessage(language, 'sheets.reportFailed'), errorMessage(error), ui.ButtonSet.OK);
  }
}

/** Menu: "Insert sample data". */
export function insertSampleData(): void {
  useProjectFiles();
  const names = insertSampleTabs(SpreadsheetApp.getActiveSpreadsheet());
  const language = userLanguage();
  SpreadsheetApp.getActiveSpreadsheet().toast(
    serverMessage(language, 'sheets.sampleAdded', { count: names.length }),
    APP_TITLE[language]
  );
}
