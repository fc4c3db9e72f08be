/**
 * What reading the input files noticed without refusing them (design §3.3: nothing is dropped
 * silently): bytes that are not text, formulas without results, characters a file cannot hold.
 * The CLI puts these before the engine's warnings in the JSON summary and on the console.
 */
import type { Language } from '../../core/model/types';

export type LoadWarningCode =
  /** CSV bytes that are not valid in the file's encoding, shown as U+FFFD. */
  | 'invalid_text_bytes'
  /** .xlsx formula cells saved without a result: the add-on reads them as empty. */
  | 'formula_without_result'
  /** .xlsx formulas that read another workbook: copied into --out as their last value. */
  | 'external_link_not_kept'
  /** Characters XML cannot hold (U+FFFE, U+FFFF, control characters) replaced when writing the .xlsx. */
  | 'illegal_character_replaced';

export interface LoadWarning {
  readonly code: LoadWarningCode;
  readonly tab: string | null;
  /** 1-based row as the user sees it, or `null`. */
  readonly row: number | null;
  readonly messages: Readonly<Record<Language, string>>;
}

/** The warning in the JSON summary's shape (design §9.1). */
export function warningEntry(warning: LoadWarning, language: Language): { tab: string | null; row: number | null; field: null; code: string; message: string } {
  return { tab: warning.tab, row: warning.row, field: null, code: warning.code, message: warning.messages[language] };
}

type SummaryWarning = ReturnType<typeof warningEntry>;

/**
 * The summary's warnings with what reading the files noticed first and what writing them noticed
 * last (one place, so the CLI and the robustness corpus agree).
 *
 * @example
 * withFileWarnings({ warnings: [] }, [invalidBytes], [], 'ja').warnings[0].code
 * //=> 'invalid_text_bytes'
 */
export function withFileWarnings<S extends { readonly warnings: readonly unknown[] }>(summary: S, read: readonly LoadWarning[], written: readonly LoadWarning[], language: Language): S {
  const entries = (list: readonly LoadWarning[]): SummaryWarning[] => list.map((w) => warningEntry(w, language));
  return { ...summary, warnings: [...entries(read), ...summary.warnings, ...entries(written)] };
}
