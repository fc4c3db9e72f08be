/**
 * The custom functions as Sheets calls them (design §2). Each is a thin, service-free entry: the
 * build adds a top-level `function NAME(param, …)` wrapper with the catalog's parameter names and the
 * `@customfunction` JSDoc, and the wrapper forwards Sheets' real arguments (`apply(null, arguments)`),
 * so a passed-but-blank cell is blank and only an argument the formula leaves out is missing.
 * Messages are in both languages because a custom function may not ask for the user's locale.
 */
import { runCustomFunction, type KpiResult } from '../core/functions/evaluate';
import type { FunctionName } from '../core/functions/signatures';

/** The entry for one catalog function: every argument the formula passed, as passed. */
function customFunction(name: FunctionName): (...args: unknown[]) => KpiResult {
  return (...args: unknown[]) => runCustomFunction(name, args, 'both');
}

export const CONVERSION_RATE = customFunction('CONVERSION_RATE');
export const CTR = customFunction('CTR');
export const CPC = customFunction('CPC');
export const CPL = customFunction('CPL');
export const CPA = customFunction('CPA');
export const CAC = customFunction('CAC');
export const WIN_RATE = customFunction('WIN_RATE');
export const AVERAGE_DEAL_SIZE = customFunction('AVERAGE_DEAL_SIZE');
export const ROAS = customFunction('ROAS');
export const ROI = customFunction('ROI');
export const LTV = customFunction('LTV');
export const LTV_CAC_RATIO = customFunction('LTV_CAC_RATIO');
export const CAC_PAYBACK = customFunction('CAC_PAYBACK');
export const ATTAINMENT = customFunction('ATTAINMENT');
export const GROWTH_RATE = customFunction('GROWTH_RATE');
export const PIPELINE_VELOCITY = customFunction('PIPELINE_VELOCITY');
export const FUNNEL = customFunction('FUNNEL');
export const FUNNEL_PLAN = customFunction('FUNNEL_PLAN');
