/**
 * The shape of one robustness case: an input workbook (tabs in code, or CSV/TSV bytes loaded the way
 * the CLI loads them) and what must happen when the BUILT add-on reads it. The harness
 * (`runCase.ts`) adds the checks every case gets: no crash, user tabs unchanged, safe report cells.
 */
import type { TabInput } from '../../src/local/workbook/fromTabs';

export type Language = 'ja' | 'en';

/** The engine's typed error codes (src/core/pipeline/errors.ts); anything else thrown is a crash. */
export const TYPED_ERROR_CODES = ['no_usable_tab', 'invalid_settings', 'busy'] as const;
export type TypedErrorCode = (typeof TYPED_ERROR_CODES)[number];

/** Totals of the JSON summary (design §9.1) a case may pin; `null` = "no tab provides it". */
export type TotalKey =
  | 'impressions'
  | 'clicks'
  | 'sessions'
  | 'leads'
  | 'mql'
  | 'sql'
  | 'opportunities'
  | 'won'
  | 'lost'
  | 'cost'
  | 'revenue'
  | 'engagedSessions';

/**
 * One warning the summary must carry. `tab`, `row` and `field` are compared exactly (`null` for a
 * workbook- or tab-level warning); every string in `words` must occur in the message.
 */
export interface ExpectedWarning {
  readonly code: string;
  readonly tab: string | null;
  readonly row: number | null;
  readonly field: string | null;
  readonly words?: readonly string[];
}

/** A CSV/TSV file written byte for byte into a temporary folder, then loaded with `loadInput`. */
export interface InputFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** An .xlsx workbook built in the case (exceljs) and loaded from disk with `loadInput`. */
export interface XlsxInput {
  readonly xlsx: () => Promise<Uint8Array>;
}

export type CaseInput = { readonly tabs: readonly TabInput[] } | { readonly files: readonly InputFile[] } | XlsxInput;

/** Text that must appear on a report sheet as a literal cell value (never inside a formula). */
export interface LiteralText {
  readonly text: string;
  /** The report sheet it must be on; any report sheet when omitted. */
  readonly sheet?: string;
}

/** A channel row of the summary, matched by its exact label. */
export type ExpectedChannel = { readonly channel: string } & Partial<Record<TotalKey, number | null>>;

export interface SummaryExpectation {
  readonly totals?: Partial<Record<TotalKey, number | null>>;
  readonly period?: { readonly from: string; readonly to: string };
  readonly asOf?: string;
  readonly byChannel?: readonly ExpectedChannel[];
  /**
   * The warnings, exactly (compared by code, tab, row and field, in any order). Warnings whose code
   * is in `ignoreCodes` are left out of the comparison; by default the channel-spelling warnings are
   * ignored unless the case lists one of them.
   */
  readonly warnings: readonly ExpectedWarning[];
  readonly ignoreCodes?: readonly string[];
  readonly literals?: readonly LiteralText[];
  /** Case-specific checks on the JSON summary (e.g. a month's target). */
  readonly check?: (summary: SummaryJson) => void;
}

export interface ErrorExpectation {
  readonly error: { readonly code: TypedErrorCode; readonly words: readonly string[] };
}

/**
 * The input itself is refused before the add-on runs (the CLI exits 2): an InputError with this
 * code whose message (in the case's language) holds every word.
 */
export interface InputErrorExpectation {
  readonly inputError: { readonly code: string; readonly words: readonly string[] };
}

/**
 * The case run through the CLI (`npm run report`) on its files: the exit code, words its output must
 * hold, and every input file unchanged byte for byte. In `argv`, `{input}` is the folder the files
 * were written to and `{scratch}` an empty folder beside it.
 */
export interface CliExpectation {
  readonly cli: { readonly argv: readonly string[]; readonly exit: 0 | 2 | 3; readonly words: readonly string[] };
}

export interface RobustnessCase {
  readonly name: string;
  /** Which forms of the brief this case covers (checked for completeness by the corpus test). */
  readonly covers: readonly string[];
  readonly input: CaseInput;
  readonly language?: Language;
  /** Settings passed to both entry points besides `language` (design §8 settings). */
  readonly settings?: Readonly<Record<string, unknown>>;
  /** The spreadsheet's time zone (default Asia/Tokyo). */
  readonly timeZone?: string;
  readonly expect: SummaryExpectation | ErrorExpectation | InputErrorExpectation | CliExpectation;
  /**
   * Personal data in the input (e-mail addresses, names, companies) that no warning, note or error
   * message may repeat — in the JSON, the sidebar's result or the CLI (design §7.2, issue 16 class 7).
   */
  readonly personal?: readonly string[];
}

/** The parts of the JSON summary the corpus reads (design §9.1). */
export interface SummaryJson {
  readonly period: { readonly from: string; readonly to: string };
  readonly asOf: string;
  readonly total: Readonly<Record<string, number | null>>;
  readonly byChannel: readonly (Readonly<Record<string, number | null>> & { readonly channel: string })[];
  readonly byMonth: readonly (Readonly<Record<string, unknown>> & {
    readonly month: string;
    readonly targets: readonly { readonly metric: string; readonly target: number; readonly actual: number | null }[];
  })[];
  readonly email: readonly (Readonly<Record<string, unknown>> & { readonly campaign?: string })[];
  readonly warnings: readonly {
    readonly tab: string | null;
    readonly row: number | null;
    readonly field: string | null;
    readonly code: string;
    readonly message: string;
  }[];
}

/** Shorthand for an expected warning. */
export function warning(
  code: string,
  tab: string | null,
  row: number | null,
  field: string | null,
  ...words: string[]
): ExpectedWarning {
  return { code, tab, row, field, words };
}

/** One tab from rows (the usual case input). */
export function tab(name: string, rows: TabInput['rows']): TabInput {
  return { name, rows };
}
