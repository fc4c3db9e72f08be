/**
 * Shape of the custom-function catalog (SPEC §2.2): the single source of truth for the
 * implementation's metadata, the generated JSDoc wrappers, the README reference and the KPI guide.
 */
import type { Language } from '../model/types';

export type Bilingual = { readonly [L in Language]: string };

/** What a function returns, which also decides the suggested cell format. */
export type ResultKind = 'rate' | 'money' | 'ratio' | 'periods' | 'money_per_day' | 'table';

export interface ParameterSpec {
  /** Real parameter name shown by Sheets' formula help, e.g. `converted`. */
  readonly name: string;
  /** Short noun used in error messages, e.g. 費用 / cost. */
  readonly label: Bilingual;
  /** `@param` text: what to pass and in which shape (cell or range). */
  readonly description: Bilingual;
  readonly optional: boolean;
}

export interface CustomFunctionSpec {
  /** Upper-case name as typed in a cell, e.g. `CONVERSION_RATE`. */
  readonly name: string;
  /** One line, for autocomplete and the reference. */
  readonly summary: Bilingual;
  /** The formula in words, e.g. "converted ÷ total". */
  readonly formula: Bilingual;
  readonly parameters: readonly ParameterSpec[];
  readonly result: ResultKind;
  /** `@return` text. */
  readonly returns: Bilingual;
  /** A worked example: the call with literal arguments and what it gives. */
  readonly example: { readonly call: string; readonly args: readonly unknown[]; readonly result: unknown };
}
