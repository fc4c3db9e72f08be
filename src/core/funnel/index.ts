/**
 * The funnel engine: {@link computeFunnelSummary} turns a parsed workbook into the report's numbers.
 */
export { computeFunnelSummary } from './computeFunnelSummary';
