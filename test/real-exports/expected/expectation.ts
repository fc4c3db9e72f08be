/** What a corpus case should produce, worked out from the files by the counting modules here. */

export type Kind = 'ads' | 'traffic' | 'leads' | 'deals' | 'email' | 'targets';

/** The headline totals a case asserts (JSON `total`); `null` = no tab provides the field (design §5). */
export interface Totals {
  readonly impressions?: number | null;
  readonly clicks?: number | null;
  readonly sessions?: number | null;
  readonly cost?: number | null;
  readonly leads?: number | null;
  readonly mql?: number | null;
  readonly sql?: number | null;
  readonly opportunities?: number | null;
  readonly won?: number | null;
  readonly lost?: number | null;
  readonly openOpportunities?: number | null;
  readonly revenue?: number | null;
}

export interface EmailTotals {
  /** Campaign rows read. */
  readonly campaigns: number;
  readonly delivered: number;
  readonly opens?: number | null;
  readonly clicks?: number | null;
}

/** One tab's expected fate: the kind it is read as, or the refusal (exit 3 message / warning). */
export interface TabExpectation {
  readonly kind: Kind | null;
  /** For a tab that cannot be used: the message naming it must also match this (the missing field). */
  readonly refusal?: RegExp;
}

export interface Expectation {
  readonly tabs: Readonly<Record<string, TabExpectation>>;
  readonly totals?: Totals;
  readonly email?: EmailTotals;
  readonly period?: { readonly from?: string; readonly to?: string };
  /** Why each number is what it is (shown when a case fails). */
  readonly reasoning: string;
}

/** The exit code follows from the tabs: 3 when none can be used (design §9). */
export function expectedExit(expectation: Expectation): 0 | 3 {
  return Object.values(expectation.tabs).some((tab) => tab.kind !== null) ? 0 : 3;
}

/** Several files read together: their tabs side by side, totals and reasoning given by the caller. */
export function combine(parts: readonly Expectation[], rest: Omit<Expectation, 'tabs'>): Expectation {
  return { ...rest, tabs: Object.assign({}, ...parts.map((part) => part.tabs)) as Record<string, TabExpectation> };
}
