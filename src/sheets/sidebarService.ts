/**
 * The server side of the sidebar (the functions of ServerApi in src/shared/rpc.ts) and the menu
 * actions. Results are JSON-safe; errors are thrown with messages written for the user.
 */
import { FIELDS_BY_KIND, REQUIRED_FIELDS, TAB_KINDS, type AnyField, type Language, type TabKind } from '../core/model/types';
import { missingFields } from '../core/parse/parseWorkbook';
import { resolveMappings } from '../core/pipeline/resolveMappings';
import { fieldLabel, kindLabel } from '../core/vocabulary/fieldLabels';
import { readMappings } from '../core/settings/readSetup';
import { serverMessage } from '../core/text/messages';
import { asLanguage } from '../core/text/translate';
import type { GenerateResult, KindView, SavedSetup, SettingsInput, SidebarState, TabView } from '../shared/rpc';
import { readDataTabs, type RawTab } from './readTabs';
import { generateFunnelReport, userLanguage } from './report/generateReport';
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

function missingText(kind: TabKind | null, fields: readonly AnyField[], language: Language): string[] {
  if (kind === null) return [];
  return fields.map((field) => serverMessage(language, 'sheets.chooseColumn', { kind: kindLabel(kind, language), field: fieldLabel(field, language) }));
}

/**
 * The sidebar reads a window of each tab — enough rows to find the header and show sample values —
 * and its row count, never every cell (design §8): a 100,000-row tab opens as fast as a small one.
 * Generate reads everything.
 */
export const SIDEBAR_WINDOW_ROWS = 100;

/** Data rows of a tab: counted in the window, plus every row below it (rows past the window are not read). */
function rowCount(tab: RawTab, windowDataRows: number): number {
  const unread = tab.lastRow === undefined ? 0 : Math.max(0, tab.lastRow - tab.values.length);
  return windowDataRows + unread;
}

function sidebarState(language: Language | null): SidebarState {
  const saved = loadSetup();
  const settings: SettingsInput = saved?.settings ?? {};
  const shown: Language = language ?? asLanguage(settings.language) ?? userLanguage();
  const tabsRead = readDataTabs(SpreadsheetApp.getActiveSpreadsheet(), { windowRows: SIDEBAR_WINDOW_ROWS });
  const resolved = resolveMappings(tabsRead, readMappings(saved?.mappings));
  const tabs: TabView[] = resolved.map(({ tab, recognition, mapping }, index) => {
    const best = recognition.candidates[0];
    const missing =
      mapping.kind !== null
        ? missingText(mapping.kind, missingFields(mapping, mapping.kind), shown)
        : best
          ? missingText(best.kind, best.missingRequired, shown)
          : [];
    return {
      name: tab.name,
      rowCount: rowCount(tabsRead[index] ?? { name: tab.name, values: [] }, recognition.dataRowCount),
      detectedKind: recognition.mapping.kind,
      confidence: recognition.confidence,
      headers: recognition.headerLabels,
      mapping,
      missing,
    };
  });
  return { language: shown, tabs, settings: { ...settings, language: shown }, kinds: kindViews(shown), saved: saved !== null };
}

export function sidebarGetState(language: Language | null): SidebarState {
  return sidebarState(asLanguage(language));
}

export function sidebarSaveSetup(setup: SavedSetup): SidebarState {
  const language = asLanguage(setup?.settings?.language);
  saveSetup({ mappings: readMappings(setup?.mappings), settings: setup?.settings ?? {} });
  return sidebarState(language);
}

export function sidebarGenerate(setup: SavedSetup): GenerateResult {
  const mappings = readMappings(setup?.mappings);
  const settings = setup?.settings ?? {};
  // Saving is a convenience for next time: a store that refuses it never stops this generation.
  const notices: string[] = [];
  try {
    saveSetup({ mappings, settings });
  } catch (error) {
    Logger.log(`Funnel KPI: the setup was not saved (${errorMessage(error)}); generating anyway.`);
    notices.push(serverMessage(asLanguage(settings.language) ?? userLanguage(), 'sheets.setupNotSaved', { reason: errorMessage(error) }));
  }
  return generateFunnelReport({ settings, mappings, notices });
}

export function sidebarActivateSheet(name: string): void {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(String(name));
  if (sheet) sheet.activate();
}

export function sidebarInsertSampleData(language: Language): SidebarState {
  insertSampleTabs(SpreadsheetApp.getActiveSpreadsheet());
  return sidebarState(language === 'en' ? 'en' : 'ja');
}

/** Menu: "Open Funnel KPI". */
export function showSidebar(): void {
  const title = serverMessage(userLanguage(), 'sheets.appTitle');
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(title));
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
  const names = insertSampleTabs(SpreadsheetApp.getActiveSpreadsheet());
  const language = userLanguage();
  SpreadsheetApp.getActiveSpreadsheet().toast(
    serverMessage(language, 'sheets.sampleAdded', { count: names.length }),
    serverMessage(language, 'sheets.appTitle')
  );
}
