/**
 * Tab recognition (design §3.2): find the header row, guess the kind, map the columns, and say how
 * sure the guess is and what is missing, so the sidebar can show and explain it.
 */
import type { AnyField, ReportPeriod, TabKind, TabMapping, TargetMetric } from '../model/types';
import { FIELDS_BY_KIND, TAB_KINDS } from '../model/types';
import { isCommentRow, isNoteRow } from '../vocabulary/structureRows';
import { cellText, isBlank } from '../text/normalize';
import type { KindEvaluation } from './evaluateKind';
import { compareEvaluations, evaluateKind } from './evaluateKind';
import { looksLikeOpportunities } from './kindSignals';
import { looksLikeLabels } from './labelRow';
import { periodsAbove } from './preamblePeriod';

/** Header rows are looked for in the first rows only (titles and export preambles are short). */
export const HEADER_SEARCH_ROWS = 30;

/** One column of the header row as recognition read it. */
export interface ColumnRecognition {
  readonly index: number;
  /** The header text as written (trimmed), `''` for a blank header cell. */
  readonly label: string;
  /** The field this column is mapped to, if any. */
  readonly field: AnyField | null;
  /** Wide targets layout: the metric this column holds. */
  readonly metric: TargetMetric | null;
}

/** One kind the tab could be, best first in {@link TabRecognition.candidates}. */
export interface KindGuess {
  readonly kind: TabKind;
  readonly confidence: number;
  /** Usable as this kind: every required field is mapped. */
  readonly usable: boolean;
  readonly missingRequired: readonly AnyField[];
  readonly columns: Readonly<Partial<Record<AnyField, number>>>;
}

export interface TabRecognition {
  /** The mapping to save; `kind` is null when no kind is usable. */
  readonly mapping: TabMapping;
  /** Confidence in [0, 1] of the guessed kind (of the best partial guess when `kind` is null). */
  readonly confidence: number;
  /** Required fields of the guessed (or best partial) kind that no column matched. */
  readonly missingRequired: readonly string[];
  /** Raw header labels of the header row, one per column. */
  readonly headerLabels: readonly string[];
  readonly columns: readonly ColumnRecognition[];
  /** Every kind with at least one matched column, best first. */
  readonly candidates: readonly KindGuess[];
  /** Non-blank rows below the header row (data, totals and notes alike). */
  readonly dataRowCount: number;
  /** Targets tabs only. */
  readonly targetsLayout?: 'long' | 'wide';
  /** The period the rows above the header state (an export's preamble), if any (design §3.2.1). */
  readonly period: ReportPeriod | null;
}

type Grid = readonly (readonly unknown[])[];

function cellLabel(cell: unknown): string {
  return cellText(cell).replace(/^\uFEFF/, '').trim();
}

/**
 * Every kind the row could head, best first. An opportunity list's header (stage, amount, close
 * date, IsWon, Probability) is never a lead list's, even with a lead-source column (design §3.2.1),
 * unless the user chose the kind.
 */
function evaluationsForRow(
  tabName: string,
  row: readonly unknown[],
  kinds: readonly TabKind[],
  period: ReportPeriod | null,
): KindEvaluation[] {
  const opportunities = kinds.length > 1 && looksLikeOpportunities(row);
  return kinds
    .filter((kind) => !(opportunities && kind === 'leads'))
    .map((kind) => evaluateKind(kind, tabName, row, { hasPeriod: period !== null }))
    .filter((evaluation) => evaluation.matches.length > 0 || evaluation.signals > 0)
    .sort(compareEvaluations);
}

interface RowChoice {
  readonly headerRow: number;
  readonly evaluations: readonly KindEvaluation[];
  readonly period: ReportPeriod | null;
}

/**
 * The first row within the first 30 whose best kind fits best; `null` when no row matches anything.
 * Rows of values (dates, numbers, e-mail addresses, ids) are never headers (design §3.2.1).
 */
function chooseHeaderRow(tabName: string, values: Grid, kinds: readonly TabKind[]): RowChoice | null {
  let best: RowChoice | null = null;
  const limit = Math.min(values.length, HEADER_SEARCH_ROWS);
  const periods = periodsAbove(values, limit);
  for (let index = 0; index < limit; index += 1) {
    const row = values[index] ?? [];
    if (isCommentRow(row) || !looksLikeLabels(row)) continue;
    const period = periods[index] ?? null;
    const evaluations = evaluationsForRow(tabName, row, kinds, period);
    const top = evaluations[0];
    if (!top) continue;
    const current = best?.evaluations[0];
    if (!current || compareEvaluations(top, current) < 0) best = { headerRow: index, evaluations, period };
  }
  return best;
}

/**
 * Confidence of a guess: a usable kind starts at 0.55 and gains up to 0.35 for optional fields
 * matched (three are enough for full marks); an unusable one gets at most 0.35 in proportion to the required fields it has.
 * A name hint adds 0.1; a close usable runner-up takes 0.15 off (the guess is ambiguous).
 */
function confidenceOf(evaluation: KindEvaluation, runnerUp: KindEvaluation | undefined): number {
  const requiredMatched = evaluation.required.filter((field) => evaluation.columns[field] !== undefined).length;
  const optionalMatched =
    evaluation.matches.length - requiredMatched + Object.keys(evaluation.wideMetrics ?? {}).length;
  // Long targets tabs have no optional fields at all: full marks once the three required ones match.
  const optionalAvailable = Math.min(3, FIELDS_BY_KIND[evaluation.kind].length - evaluation.required.length);
  let confidence = evaluation.complete
    ? 0.55 + 0.35 * (optionalAvailable <= 0 ? 1 : Math.min(1, optionalMatched / optionalAvailable))
    : 0.35 * (requiredMatched / Math.max(1, evaluation.required.length));
  if (evaluation.nameHint) confidence += 0.1;
  if (evaluation.complete && runnerUp?.complete && runnerUp.score >= evaluation.score - 1) confidence -= 0.15;
  return Math.round(Math.min(1, Math.max(0, confidence)) * 100) / 100;
}

/** Non-blank rows below the header row, GA4 note lines excepted (data, totals and stray notes alike). */
export function countDataRows(values: Grid, headerRow: number): number {
  let count = 0;
  for (let index = headerRow + 1; index < values.length; index += 1) {
    const row = values[index] ?? [];
    if (!row.every(isBlank) && !isNoteRow(row)) count += 1;
  }
  return count;
}

function buildRecognition(
  tabName: string,
  values: Grid,
  headerRow: number,
  chosen: KindEvaluation | undefined,
  evaluations: readonly KindEvaluation[],
  forced: boolean,
  period: ReportPeriod | null,
  mergedHeader?: readonly unknown[],
): TabRecognition {
  const header = mergedHeader ?? values[headerRow] ?? [];
  const headerLabels = header.map(cellLabel);
  const usable = chosen !== undefined && (chosen.complete || forced);
  const fieldByColumn = new Map<number, AnyField>();
  if (usable) for (const [field, column] of Object.entries(chosen.columns)) fieldByColumn.set(column, field as AnyField);
  const columns: ColumnRecognition[] = headerLabels.map((label, index) => ({
    index,
    label,
    field: fieldByColumn.get(index) ?? null,
    metric: usable ? (chosen.wideMetrics?.[index] ?? null) : null,
  }));
  const candidates: KindGuess[] = evaluations.map((evaluation, position) => ({
    kind: evaluation.kind,
    confidence: confidenceOf(evaluation, evaluations[position === 0 ? 1 : 0]),
    usable: evaluation.complete,
    missingRequired: evaluation.missingRequired,
    columns: evaluation.columns,
  }));
  const kind = usable ? chosen.kind : null;
  const needsChannel = kind === 'ads' || kind === 'traffic';
  const mapping: TabMapping = withStatedPeriod(
    {
      tab: tabName,
      kind,
      headerRow,
      columns: usable ? { ...chosen.columns } : {},
      ...(needsChannel && chosen?.columns.channel === undefined && chosen?.columns.medium === undefined ? { channel: tabName.trim() } : {}),
      ...(usable && chosen.wideMetrics ? { wideMetrics: { ...chosen.wideMetrics } } : {}),
    },
    period,
  );
  const chosenIndex = chosen ? evaluations.indexOf(chosen) : -1;
  const recognition: TabRecognition = {
    mapping,
    confidence: chosen ? confidenceOf(chosen, evaluations[chosenIndex === 0 ? 1 : 0]) : 0,
    missingRequired: chosen ? [...chosen.missingRequired] : [],
    headerLabels,
    columns,
    candidates,
    dataRowCount: countDataRows(values, headerRow),
    period,
  };
  if (kind !== 'targets') return recognition;
  return { ...recognition, targetsLayout: chosen?.wideMetrics ? 'wide' : 'long' };
}

/**
 * Recognises a data tab from its name and values: finds the header row within the first 30 rows
 * (skipping titles, GA4 `#` lines and date-range lines above it), guesses the kind, and maps each
 * column to a field. The kind is `null` when no kind has all its required fields; the best
 * partial guess is then first in `candidates` and its missing fields are in `missingRequired`.
 * An ads or traffic tab without a channel column gets the tab name as its channel (design §4.6).
 *
 * @example
 * recognizeTab('Google広告', [['キャンペーン レポート'], ['2025年4月1日～2025年4月30日'], ['日', 'キャンペーン', '費用'], ['2025-04-01', 'A', '1,200']]).mapping
 * //=> { tab: 'Google広告', kind: 'ads', headerRow: 2, columns: { date: 0, campaign: 1, cost: 2 }, channel: 'Google広告' }
 */
export function recognizeTab(name: string, values: readonly (readonly unknown[])[]): TabRecognition {
  const choice = chooseHeaderRow(name, values, TAB_KINDS);
  if (!choice) return buildRecognition(name, values, firstLabelRow(values), undefined, [], false, null);
  const twoRows = twoRowHeader(name, values, choice, TAB_KINDS);
  if (twoRows) {
    return buildRecognition(name, values, twoRows.headerRow, twoRows.evaluations[0], twoRows.evaluations, false, choice.period, twoRows.header);
  }
  return buildRecognition(name, values, choice.headerRow, choice.evaluations[0], choice.evaluations, false, choice.period);
}

/**
 * An ads or traffic mapping without a date column, under a preamble that states a period, is
 * dated by that period (design §3.2.1); any other mapping carries no period.
 *
 * @example
 * withStatedPeriod({ tab: 'Ads', kind: 'ads', headerRow: 2, columns: { cost: 3 } }, { from: '2025-07-08', to: '2025-07-31' }).period
 * //=> { from: '2025-07-08', to: '2025-07-31' }
 */
export function withStatedPeriod(mapping: TabMapping, period: ReportPeriod | null): TabMapping {
  const { period: _previous, ...rest } = mapping;
  const dateless = (mapping.kind === 'ads' || mapping.kind === 'traffic') && mapping.columns.date === undefined;
  return dateless && period !== null ? { ...rest, period: { from: period.from, to: period.to } } : rest;
}

/** Where the headers of a tab without a recognised header are shown from: its first row of labels. */
function firstLabelRow(values: Grid): number {
  const limit = Math.min(values.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < limit; index += 1) {
    const row = values[index] ?? [];
    if (!isCommentRow(row) && !row.every(isBlank)) return index;
  }
  return 0;
}

/**
 * Headers split over two rows (a group label such as 実績 above 費用 / 表示回数, merged cells above
 * their sub-columns): each column takes the lower row's label, or the upper row's where the lower
 * is blank. The chosen row may be either half: it is tried with the row below and with the row
 * above. A merge is used only when the lower row leaves some labelled column blank, both rows look
 * like labels, and the merged header fits strictly better than the chosen row alone; data then
 * starts below the lower row.
 */
function twoRowHeader(tabName: string, values: Grid, choice: RowChoice, kinds: readonly TabKind[]): (RowChoice & { header: unknown[] }) | null {
  const single = choice.evaluations[0];
  if (!single) return null;
  let best: (RowChoice & { header: unknown[] }) | null = null;
  for (const upperRow of [choice.headerRow, choice.headerRow - 1]) {
    const upper = values[upperRow];
    const lower = values[upperRow + 1];
    if (upperRow < 0 || !upper || !lower || isCommentRow(upper) || isCommentRow(lower)) continue;
    if (!looksLikeLabels(upper) || !looksLikeLabels(lower)) continue;
    if (!upper.some((cell, column) => !isBlank(cell) && isBlank(lower[column]))) continue;
    const width = Math.max(upper.length, lower.length);
    const header = Array.from({ length: width }, (_, column) => (isBlank(lower[column]) ? (upper[column] ?? '') : lower[column]));
    const evaluations = evaluationsForRow(tabName, header, kinds, choice.period);
    const merged = evaluations[0];
    if (!merged || compareEvaluations(merged, best?.evaluations[0] ?? single) >= 0) continue;
    best = { headerRow: upperRow + 1, evaluations, header, period: choice.period };
  }
  return best;
}

/**
 * Recognises a tab as a kind the user chose: the header row that best fits that kind and its
 * column mapping, even when required fields are missing (they are listed in `missingRequired`).
 *
 * @example
 * recognizeTabAs('メモ', [['日付', 'メモ']], 'ads').missingRequired
 * //=> ['cost']
 */
export function recognizeTabAs(name: string, values: readonly (readonly unknown[])[], kind: TabKind): TabRecognition {
  const choice = chooseHeaderRow(name, values, [kind]);
  if (!choice) {
    const headerRow = firstLabelRow(values);
    const period = periodsAbove(values, headerRow + 1)[headerRow] ?? null;
    const evaluation = evaluateKind(kind, name, values[headerRow] ?? [], { hasPeriod: period !== null });
    return buildRecognition(name, values, headerRow, evaluation, [evaluation], true, period);
  }
  return buildRecognition(name, values, choice.headerRow, choice.evaluations[0], choice.evaluations, true, choice.period);
}
