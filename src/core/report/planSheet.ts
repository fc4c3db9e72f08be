/**
 * Sheet 8, 目標逆算 / Plan (design §6.3): the target worked back to the 受注, 商談, SQL, MQL and leads
 * it needs and their budget, as a what-if model. Inputs are cells filled with observed values and
 * marked 実績値; every output is a formula over them (same sheet, §6.1 functions), so a user who
 * overwrites the target, a rate or a group's share sees the plan recompute without the add-on.
 */
import type { FunnelSummary, Plan } from '../model/summary';
import type { FunnelSettings, Language } from '../model/types';
import { formatNumber } from '../money/currency';
import { EMPTY_CELL, formulaCell, label, makeBlock, numberCell, row, styled, type BlockRow, type StyledCell } from './cells';
import { COUNT_FORMAT, DAYS_FORMAT, moneyFormat, RATE_FORMAT } from './formats';
import { divide, operation, reference, type FormulaExpression } from './formula';
import type { KpiKey } from './kpiCatalog';
import { kpiName, reportLabels, type ReportLabels } from './labels';
import type { Block, NumberFormat } from './model';
import { projectionTable } from './projectionTable';
import { contextLine, finishSheet, mergeWidths, preamble, type BuiltSheet } from './sheetParts';

/** Column of the values in the inputs and required tables (B). */
const VALUE_COLUMN = 2;

interface InputLine {
  readonly key: 'target' | 'averageDealSize' | 'win' | 'opportunity' | 'sql' | 'mql' | 'cpl' | 'days';
  readonly name: string;
  readonly value: StyledCell;
  readonly source: string;
  readonly basis: string;
}

function rateLine(key: InputLine['key'], name: string, rate: number | null, basis: number, basisStage: string, labels: ReportLabels): InputLine {
  return { key, name, value: styled(numberCell(rate), RATE_FORMAT), source: labels.plan.observed, basis: labels.plan.basisCount(basisStage, formatNumber(basis, 0)) };
}

/** The input lines, top to bottom: target, deal size, the step rates from the bottom of the funnel up, CPL, days. */
function inputLines(plan: Plan, labels: ReportLabels, language: Language, currency: string, withGroups: boolean): InputLine[] {
  const name = (key: KpiKey): string => kpiName(key, language);
  const money = moneyFormat(currency);
  const customers = (plan.target?.customers ?? null) !== null;
  const target = plan.target;
  const targetSource = target === null ? labels.plan.targetSources.none : labels.plan.targetSources[target.source];
  const months = target?.fromMonth && target.toMonth ? labels.periodRange(target.fromMonth, target.toMonth) : '';
  const { inputs } = plan;
  const lines: InputLine[] = [
    {
      key: 'target',
      name: customers ? labels.plan.targetCustomers : labels.plan.targetRevenue,
      value: styled(numberCell(target === null ? null : (target.customers ?? target.revenue)), customers ? COUNT_FORMAT : money),
      source: targetSource,
      basis: months,
    },
  ];
  if (!customers) {
    lines.push({ key: 'averageDealSize', name: name('averageDealSize'), value: styled(numberCell(inputs.averageDealSize), money), source: labels.plan.observed, basis: '' });
  }
  const { bases } = inputs;
  lines.push(rateLine('win', labels.plan.winStep, inputs.winRate, bases.winRate, labels.plan.closedDeals, labels));
  // Each step is named by its stages (SQL→商談), never by a KPI name: 商談化率 is リード→商談 elsewhere.
  const belowSql = bases.mqlRate !== null ? 'MQL' : name('leads');
  const above = bases.sqlStepRate !== null ? 'SQL' : belowSql;
  lines.push(rateLine('opportunity', labels.plan.step(above, name('opportunities')), inputs.opportunityStepRate, bases.opportunityStepRate, above, labels));
  if (bases.sqlStepRate !== null) lines.push(rateLine('sql', labels.plan.step(belowSql, 'SQL'), inputs.sqlStepRate, bases.sqlStepRate, belowSql, labels));
  if (bases.mqlRate !== null) lines.push(rateLine('mql', labels.plan.step(name('leads'), 'MQL'), inputs.mqlRate, bases.mqlRate, name('leads'), labels));
  if (!withGroups) lines.push({ key: 'cpl', name: name('cpl'), value: styled(numberCell(inputs.cpl), money), source: labels.plan.observed, basis: '' });
  lines.push({ key: 'days', name: labels.plan.leadToWonDays, value: styled(numberCell(inputs.leadToWonDays), DAYS_FORMAT), source: labels.plan.observed, basis: '' });
  return lines;
}

const guarded = (expression: FormulaExpression, format: NumberFormat): StyledCell => styled(formulaCell(expression), format);

/** `a + b + …` of references (SUM without a range, so each cell stays a visible reference). */
function sumOf(cells: readonly FormulaExpression[]): FormulaExpression | null {
  return cells.reduce<FormulaExpression | null>((sum, cell) => (sum === null ? cell : operation('+', sum, cell)), null);
}

/**
 * Builds the plan sheet; it is always written (design §6 item 8): without a target the target cell
 * is blank and the rates still show.
 *
 * @example
 * buildPlanSheet(summary, { view: 'cohort', language: 'ja', currency: 'JPY' }).sheet.name
 * //=> '目標逆算'
 */
export function buildPlanSheet(summary: FunnelSummary, settings: FunnelSettings): BuiltSheet {
  const language = settings.language;
  const labels = reportLabels(language);
  const plan = summary.plan;
  const money = moneyFormat(summary.currency);
  const notes = [contextLine(summary, labels), labels.plan.note];
  if (plan.roughGuide) notes.push(labels.plan.roughGuide);
  if (plan.target === null) notes.push(labels.plan.noTarget);
  if (plan.leadsFrom !== null && plan.leadsTo !== null) notes.push(labels.plan.leadTiming(plan.leadsFrom, plan.leadsTo));
  const top = preamble(labels.sheetNames.plan, notes);
  const blocks: Block[] = [top.block];

  // Inputs: caption, header, one line each.
  const groups = plan.byGroup;
  const lines = inputLines(plan, labels, language, summary.currency, groups.length > 0);
  const inputsTop = top.nextRow + 1;
  const inputRow = (key: InputLine['key']): FormulaExpression | undefined => {
    const index = lines.findIndex((line) => line.key === key);
    return index < 0 ? undefined : reference(inputsTop + 2 + index, VALUE_COLUMN, true);
  };
  blocks.push(
    makeBlock(
      inputsTop,
      1,
      [
        row('caption', [label(labels.plan.inputs)]),
        row('header', [label(labels.plan.item), label(labels.plan.value), label(labels.plan.source), label(labels.plan.basis)]),
        ...lines.map((line) => row('body', [label(line.name), line.value, label(line.source), label(line.basis)])),
      ],
      // 出どころ (実績値, 目標タブ) is centred: left-aligned it would run into the right-aligned value beside it.
      { alignments: ['left', 'right', 'center', 'left'] },
    ),
  );

  // Required: 受注 up to leads, then the budget.
  const requiredTop = inputsTop + 2 + lines.length + 1;
  const name = (key: KpiKey): string => kpiName(key, language);
  const target = inputRow('target') as FormulaExpression;
  const won: FormulaExpression = (plan.target?.customers ?? null) !== null ? target : divide(target, inputRow('averageDealSize') as FormulaExpression);
  const hasSql = plan.inputs.bases.sqlStepRate !== null;
  const hasMql = plan.inputs.bases.mqlRate !== null;
  // Each stage above 受注 is the stage below it divided by the rate that leads from it.
  const chain: { name: string; rate: InputLine['key'] }[] = [
    { name: name('opportunities'), rate: 'win' },
    ...(hasSql ? [{ name: 'SQL', rate: 'opportunity' as const }] : []),
    ...(hasMql ? [{ name: 'MQL', rate: hasSql ? ('sql' as const) : ('opportunity' as const) }] : []),
    { name: name('leads'), rate: hasMql ? 'mql' : hasSql ? 'sql' : 'opportunity' },
  ];
  const requiredRows: BlockRow[] = [row('body', [label(name('won')), guarded(won, COUNT_FORMAT)])];
  chain.forEach((link, index) => {
    const below = reference(requiredTop + 2 + index, VALUE_COLUMN);
    requiredRows.push(row('body', [label(link.name), guarded(divide(below, inputRow(link.rate) as FormulaExpression), COUNT_FORMAT)]));
  });
  const stageCount = requiredRows.length;
  const leadsCell = reference(requiredTop + 1 + stageCount, VALUE_COLUMN, true);
  const budgetRow = requiredTop + 2 + stageCount;
  const groupsTop = budgetRow + 2;
  const groupHeader = groupsTop + 1;
  const groupTotalRow = groupHeader + groups.length + 1;
  const budget: FormulaExpression =
    groups.length > 0 ? reference(groupTotalRow, 5) : operation('*', leadsCell, inputRow('cpl') as FormulaExpression);
  requiredRows.push(row('total', [label(labels.plan.budget), guarded(budget, money)]));
  blocks.push(
    makeBlock(requiredTop, 1, [row('caption', [label(labels.plan.required)]), row('header', [label(labels.plan.stage), label(labels.plan.required)]), ...requiredRows], {
      alignments: ['left', 'right'],
    }),
  );

  // Per channel group: share and CPL are inputs; leads and budget are formulas.
  let nextRow = budgetRow + 1;
  if (groups.length > 0) {
    const groupRows: BlockRow[] = groups.map((group, index) => {
      const at = groupHeader + 1 + index;
      const groupLeads = operation('*', leadsCell, reference(at, 2));
      return row('body', [
        label(group.group),
        styled(numberCell(group.leadShare), RATE_FORMAT),
        styled(numberCell(group.cpl), money),
        guarded(groupLeads, COUNT_FORMAT),
        guarded(operation('*', reference(at, 4), reference(at, 3)), money),
      ]);
    });
    const column = (at: number): FormulaExpression => sumOf(groups.map((_, index) => reference(groupHeader + 1 + index, at))) as FormulaExpression;
    groupRows.push(row('total', [label(labels.plan.total), guarded(column(2), RATE_FORMAT), styled(EMPTY_CELL), guarded(column(4), COUNT_FORMAT), guarded(column(5), money)]));
    blocks.push(
      makeBlock(
        groupsTop,
        1,
        [
          row('caption', [label(labels.plan.byGroup)]),
          row('header', [label(labels.plan.group), label(labels.plan.observedHeader(labels.plan.leadShare)), label(labels.plan.observedHeader('CPL')), label(name('leads')), label(labels.plan.budget)]),
          ...groupRows,
        ],
        { alignments: ['left', 'right', 'right', 'right', 'right'], banded: true },
      ),
    );
    nextRow = groupTotalRow + 1;
  }

  const projections = projectionTable(summary.byMonth, nextRow + 1, labels, language);
  if (projections) blocks.push(projections.block);

  return {
    sheet: finishSheet({
      role: 'plan',
      name: labels.sheetNames.plan,
      blocks,
      frozenRows: inputsTop + 1,
      frozenColumns: 0,
      columnWidths: mergeWidths([{ firstColumn: 1, widths: [260, 170, 150, 150, 170] }, ...(projections ? [{ firstColumn: 1, widths: projections.widths }] : [])]),
      charts: [],
    }),
    kpis: projections ? ['projection'] : [],
  };
}
