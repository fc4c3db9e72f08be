/**
 * Sheet 5, リードタイム / Velocity (design §6, §5): median days between stages. Written only when at
 * least one median could be computed (stage dates exist).
 */
import type { FunnelSummary, Velocity } from '../model/summary';
import type { FunnelSettings } from '../model/types';
import { numberCell, textCell } from './cells';
import { DAYS_FORMAT, PLAIN_FORMAT } from './formats';
import { reportLabels } from './labels';
import { contextLine, finishSheet, mergeWidths, preamble, type BuiltSheet } from './sheetParts';
import { placeTable } from './table';

const VELOCITY_STEPS: readonly (keyof Velocity)[] = [
  'leadToMqlDays',
  'mqlToSqlDays',
  'sqlToOpportunityDays',
  'opportunityToWonDays',
  'leadToWonDays',
];

/**
 * Builds the velocity sheet, or `null` when every median is null.
 *
 * @example
 * buildVelocitySheet(summaryWithoutStageDates, settings)
 * //=> null
 */
export function buildVelocitySheet(summary: FunnelSummary, settings: FunnelSettings): BuiltSheet | null {
  if (VELOCITY_STEPS.every((step) => summary.velocity[step] === null)) return null;
  const labels = reportLabels(settings.language);
  const top = preamble(labels.sheetNames.velocity, [contextLine(summary, labels), labels.velocity.note]);
  const table = placeTable(
    top.nextRow + 1,
    1,
    [
      { key: 'step', header: labels.velocity.step, format: PLAIN_FORMAT, width: 200, cell: (step: keyof Velocity) => textCell(labels.velocity.steps[step]) },
      { key: 'days', header: labels.velocity.days, format: DAYS_FORMAT, width: 140, cell: (step: keyof Velocity) => numberCell(summary.velocity[step]) },
    ],
    VELOCITY_STEPS.map((step) => ({ data: step })),
  );
  return {
    sheet: finishSheet({
      role: 'velocity',
      name: labels.sheetNames.velocity,
      blocks: [top.block, table.block],
      frozenRows: table.headerRow,
      frozenColumns: 0,
      columnWidths: mergeWidths([{ firstColumn: 1, widths: table.widths }]),
      charts: [],
    }),
    kpis: ['medianDays'],
  };
}
