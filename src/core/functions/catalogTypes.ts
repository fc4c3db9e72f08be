/**
 * Shape of the custom-function catalog (design §2.2). It comes in two layers so the Apps Script
 * bundle carries only what the engine needs: the signatures (names, labels, optional flags, result
 * kind) run on every call; the documentation (summaries, descriptions, examples) is added on top
 * for the build's JSDoc wrappers, the README reference and the tests, and never reaches the bundle.
 */
export type { Bilingual } from '../text/translate';
import type { Bilingual } from '../text/translate';

/**
 * What a function returns, which also decides the suggested cell format. The two tables differ in
 * shape: FUNNEL's has three columns (count, from the previous stage, from the first), FUNNEL_PLAN's
 * one column of required counts (two with a CPL, the budget beside the top stage).
 */
export type ResultKind = 'rate' | 'money' | 'ratio' | 'periods' | 'money_per_day' | 'funnel_table' | 'plan_table';

/** Result kinds that spill a table whose shape the function decides (not the shape of its inputs). */
export const TABLE_RESULTS: ReadonlySet<ResultKind> = new Set<ResultKind>(['funnel_table', 'plan_table']);

/** A parameter as the engine sees it: enough to check arguments and word error messages. */
export interface ParameterSignature {
  /** Real parameter name shown by Sheets' formula help, e.g. `converted`. */
  readonly name: string;
  /** Short noun used in error messages, e.g. 費用 / cost. */
  readonly label: Bilingual;
  readonly optional: boolean;
}

/** A custom function as the engine sees it. */
export interface FunctionSignature {
  /** Upper-case name as typed in a cell, e.g. `CONVERSION_RATE`. */
  readonly name: string;
  readonly result: ResultKind;
  readonly parameters: readonly ParameterSignature[];
}

export interface ParameterSpec extends ParameterSignature {
  /** `@param` text: what to pass and in which shape (cell or range). */
  readonly description: Bilingual;
}

export interface CustomFunctionSpec extends FunctionSignature {
  /** One line, for autocomplete and the reference. */
  readonly summary: Bilingual;
  /** The formula in words, e.g. "converted ÷ total". */
  readonly formula: Bilingual;
  readonly parameters: readonly ParameterSpec[];
  /** `@return` text. */
  readonly returns: Bilingual;
  /** A worked example: the call with literal arguments and what it gives. */
  readonly example: { readonly call: string; readonly args: readonly unknown[]; readonly result: unknown };
}
