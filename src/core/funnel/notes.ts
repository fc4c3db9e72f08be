/**
 * The summary's notes (FunnelSummary.notes): what the report could not compute and why, in the
 * user's language. Nothing is wrong with the data, so these are not warnings.
 */
import type { FunnelSettings } from '../model/types';
import { serverMessage } from '../text/messages';

/**
 * LTV needs the gross margin and the expected purchases; without them the report leaves LTV out and
 * says so here, rather than silently (design §8: a setting without a value says so).
 *
 * @example
 * ltvNotes({ view: 'cohort', language: 'en', currency: 'JPY', grossMargin: 0.7 })
 * //=> ['LTV and LTV/CAC were not computed: no value was given for expected purchases per customer. Fill in Report settings in the sidebar to compute them.']
 */
export function ltvNotes(settings: FunnelSettings): string[] {
  const { language } = settings;
  const missing: string[] = [];
  if (settings.grossMargin === undefined) missing.push(serverMessage(language, 'funnel.ltvGrossMargin'));
  if (settings.expectedPurchases === undefined) missing.push(serverMessage(language, 'funnel.ltvExpectedPurchases'));
  if (missing.length === 0) return [];
  return [serverMessage(language, 'funnel.ltvNotComputed', { missing: missing.join(serverMessage(language, 'funnel.ltvAnd')) })];
}
