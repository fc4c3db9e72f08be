/**
 * The one call surface between the sidebar (browser) and the add-on (Apps Script). Types only: the
 * sidebar imports them with `import type`, so no server code lands in the sidebar bundle.
 * Everything crossing google.script.run is JSON-safe: no Date (dates are ISO strings), no undefined
 * inside arrays, no Set or Map.
 */
import type { ChannelList } from '../core/channels/channelList';
import type { AnyField, FunnelView, Language, TabKind, TabMapping } from '../core/model/types';

export type { ChannelList, ChannelListEntry } from '../core/channels/channelList';

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
  /** The user's channel mapping, raw value → group id (design §4.6); only the overrides are kept. */
  readonly channelGroups?: Readonly<Record<string, string>> | null;
  /** Leads columns picked as attributes (design §4.7). */
  readonly attributeColumns?: readonly string[] | null;
  /** The plan's target (design §6.3): a number or text such as ¥84,000,000 or 8400万. */
  readonly targetRevenue?: number | string | null;
  readonly targetCustomers?: number | string | null;
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

/**
 * One column of a tab as the sidebar shows it. The samples are the user's own values, for their own
 * screen: they are never logged, stored or written anywhere (design §7.2).
 */
export interface ColumnView {
  /** The header as the user wrote it (trimmed); `''` for a blank header cell. */
  readonly label: string;
  /** Up to three distinct non-blank values below the header, as text (dates as ISO days). */
  readonly samples: readonly string[];
}

/** What automatic matching proposes when the tab is read as one kind. */
export interface KindSuggestion {
  readonly kind: TabKind;
  readonly mapping: TabMapping;
  /** The columns of this mapping's header row, when it is not the tab's `headerRow`. */
  readonly columns?: readonly ColumnView[];
}

export interface TabView {
  readonly name: string;
  /** Data rows below the header row. */
  readonly rowCount: number;
  readonly detectedKind: TabKind | null;
  /** 0..1: how sure recognition is of the detected kind. */
  readonly confidence: number;
  /** The mapping in force: the saved one when present, else the detected one. */
  readonly mapping: TabMapping;
  /** The columns of the mapping's header row, by column index, with sample values. */
  readonly columns: readonly ColumnView[];
  /** Automatic matching for every kind (for the detected kind, the detected mapping). */
  readonly suggestions: readonly KindSuggestion[];
  /** No kind detected: the closest kind and the required fields it lacks (null when nothing matched). */
  readonly closest: { readonly kind: TabKind; readonly missing: readonly AnyField[] } | null;
  /** The tab holds no value at all. */
  readonly empty: boolean;
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
  /** The engine's warning code; null for a notice of the run itself (setup not saved, an old sheet kept). */
  readonly code: string | null;
  readonly message: string;
}

/** The parts of a result that are worded in a language (re-worded when the user switches). */
export interface ResultText {
  readonly language: Language;
  readonly headline: readonly HeadlineKpi[];
  /** Which key linked each deals tab to the leads (design §3.2.1), one sentence per deals tab. */
  readonly links?: readonly string[];
  readonly warnings: readonly WarningView[];
  /** What the report could not compute and why (e.g. LTV without its inputs). */
  readonly notes: readonly string[];
  /** `undated`: no tab has a dated row; the days are placeholders and the sidebar says so. */
  readonly period: { readonly from: string; readonly to: string; readonly undated?: true };
  readonly asOf: string;
}

export interface GenerateResult extends ResultText {
  /** The report sheets written, in order (their names are in the language they were written in). */
  readonly sheets: readonly string[];
  readonly summarySheet: string;
  /**
   * Every channel of the report with its group and rule, for the チャネルの対応づけ section (design
   * §4.6). From the generation's full read, not the sidebar's window of rows.
   */
  readonly channels: ChannelList;
}

/** Server functions the sidebar may call, by their top-level name in dist/Code.js. */
export interface ServerApi {
  sidebarGetState(language: Language | null): SidebarState;
  sidebarSaveSetup(setup: SavedSetup): SidebarState;
  /** Generates the report and activates its summary sheet. */
  sidebarGenerate(setup: SavedSetup): GenerateResult;
  /**
   * The last result worded in another language, for a language switch: reads every row again (as
   * Generate does) but writes nothing.
   */
  sidebarTranslateResult(setup: SavedSetup, language: Language): ResultText;
  sidebarActivateSheet(name: string): void;
  sidebarInsertSampleData(language: Language): SidebarState;
}
