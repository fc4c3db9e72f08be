/**
 * The one call surface between the sidebar (browser) and the add-on (Apps Script). Types only: the
 * sidebar imports them with `import type`, so no server code lands in the sidebar bundle.
 * Everything crossing google.script.run is JSON-safe: no Date (dates are ISO strings), no undefined
 * inside arrays, no Set or Map.
 */
import type { AnyField, FunnelView, Language, TabKind, TabMapping } from '../core/model/types';

/** Settings as the sidebar edits them (validated on the server by readSettings). */
export interface SettingsInput {
  readonly view?: FunnelView;
  readonly language?: Language;
  readonly currency?: string;
  readonly from?: string;
  readonly to?: string;
  readonly grossMargin?: number | null;
  readonly expectedPurchases?: number | null;
  readonly scoreBands?: readonly number[] | null;
}

/** What the user confirmed in the sidebar; saved per spreadsheet and reused by the menu. */
export interface SavedSetup {
  readonly mappings: readonly TabMapping[];
  readonly settings: SettingsInput;
}

export interface FieldView {
  readonly field: AnyField;
  readonly label: string;
  readonly required: boolean;
}

export interface KindView {
  readonly kind: TabKind;
  readonly label: string;
  readonly fields: readonly FieldView[];
}

export interface TabView {
  readonly name: string;
  /** Data rows below the header row. */
  readonly rowCount: number;
  readonly detectedKind: TabKind | null;
  /** 0..1: how sure recognition is of the detected kind. */
  readonly confidence: number;
  /** Header labels by column index, as the user wrote them. */
  readonly headers: readonly string[];
  /** The mapping in force: the saved one when present, else the detected one. */
  readonly mapping: TabMapping;
  /** Required fields of the mapping's kind that no column is mapped to, in plain words. */
  readonly missing: readonly string[];
}

export interface SidebarState {
  readonly language: Language;
  readonly tabs: readonly TabView[];
  readonly settings: SettingsInput;
  readonly kinds: readonly KindView[];
  /** True when the setup shown was saved by the user (false: freshly detected). */
  readonly saved: boolean;
}

export interface HeadlineKpi {
  readonly label: string;
  /** Already formatted for display, e.g. "12.3%" or "¥45,000". */
  readonly value: string;
}

export interface WarningView {
  readonly tab: string | null;
  readonly row: number | null;
  readonly field: string | null;
  readonly message: string;
}

export interface GenerateResult {
  readonly headline: readonly HeadlineKpi[];
  /** Which key linked each deals tab to the leads (design §3.2.1), one sentence per deals tab. */
  readonly links?: readonly string[];
  readonly sheets: readonly string[];
  readonly summarySheet: string;
  readonly warnings: readonly WarningView[];
  readonly period: { readonly from: string; readonly to: string };
  readonly asOf: string;
}

/** Server functions the sidebar may call, by their top-level name in dist/Code.js. */
export interface ServerApi {
  sidebarGetState(language: Language | null): SidebarState;
  sidebarSaveSetup(setup: SavedSetup): SidebarState;
  sidebarGenerate(setup: SavedSetup): GenerateResult;
  sidebarActivateSheet(name: string): void;
  sidebarInsertSampleData(language: Language): SidebarState;
}
