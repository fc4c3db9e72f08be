/**
 * "Generate funnel report": under the document lock, read the data tabs, compute, build the report
 * model and swap it in. Returns what the sidebar's result panel shows.
 */
import { channelList } from '../../core/channels/channelList';
import { dealLinkNotes } from '../../core/pipeline/dealLinkNotes';
import { headlineKpis } from '../../core/pipeline/headline';
import type { FunnelSummary } from '../../core/model/summary';
import type { Language } from '../../core/model/types';
import { buildReportModel } from '../../core/report/buildReportModel';
import type { GenerateResult, ResultText } from '../../shared/rpc';
import { resolveRequest, runFunnelOnSpreadsheet, type FunnelRequest } from '../funnelService';
import { withDocumentLock } from '../lock';
import { useProjectFiles } from '../projectFiles';
import { payloadLanguage, readRequestPayload, requirePayload } from '../rpcPayloads';
import { languageFromLocale } from '../menu';
import { loadKpiGuideTexts } from './kpiGuide';
import { swapReportSheets } from './swapReportSheets';

/**
 * The worded part of a result: headline KPIs, how deals were linked to leads, the engine's warnings
 * and the notes, in `language`.
 *
 * @example
 * resultText(summary, 'en').headline[0]
 * //=> { label: 'Leads', value: '1,500' }
 */
export function resultText(summary: FunnelSummary, language: Language): ResultText {
  return {
    language,
    headline: headlineKpis(summary, language).map(({ label, value }) => ({ label, value })),
    links: dealLinkNotes(summary, language),
    warnings: summary.warnings.map(({ tab, row, field, code, message }) => ({ tab, row, field, code, message })),
    notes: summary.notes,
    period: summary.period,
    asOf: summary.asOf,
  };
}

/** The user's language when nothing else says: the Google account's locale. */
export function userLanguage(): Language {
  return languageFromLocale(Session.getActiveUserLocale());
}

/**
 * Generates (or regenerates) the funnel report. Settings and mappings not given in the request come
 * from the setup saved in the sidebar; without one, the detected mappings and default settings.
 * With `withSummary` (the CLI), the result also carries the summary the report was built from, so
 * the JSON and the sheets come from one computation. A top-level function any caller can reach: the
 * request is checked first (sheets/rpcPayloads).
 */
export function generateFunnelReport(request?: FunnelRequest & { readonly withSummary?: boolean }): GenerateResult & { summary?: FunnelSummary } {
  useProjectFiles();
  const language = payloadLanguage((request as { settings?: unknown } | null | undefined)?.settings) ?? userLanguage();
  const checked = requirePayload(readRequestPayload(request, language), language);
  return generateReport(checked, []);
}

/**
 * Generates the report for a checked request. `notices` are sentences for the user from before the
 * generation (e.g. the setup could not be saved), listed first among the warnings.
 */
export function generateReport(request: FunnelRequest & { readonly withSummary?: boolean }, notices: readonly string[]): GenerateResult & { summary?: FunnelSummary } {
  const { settings, mappings } = resolveRequest(request, userLanguage());
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  return withDocumentLock(settings.language, () => {
    const { summary } = runFunnelOnSpreadsheet(spreadsheet, settings, mappings);
    const now = new Date();
    const zone = spreadsheet.getSpreadsheetTimeZone();
    const model = buildReportModel(summary, settings, Utilities.formatDate(now, zone, 'yyyy-MM-dd HH:mm'), loadKpiGuideTexts());
    const { sheets, problems } = swapReportSheets(spreadsheet, model, String(now.getTime()), settings.language);
    const names = sheets.map((sheet) => sheet.getName());
    const text = resultText(summary, settings.language);
    const result: GenerateResult = {
      ...text,
      sheets: names,
      summarySheet: names[0] ?? '',
      channels: channelList(summary.channelMap),
      warnings: [...[...notices, ...problems].map((message) => ({ tab: null, row: null, field: null, code: null, message })), ...text.warnings],
    };
    return request.withSummary === true ? { ...result, summary } : result;
  });
}
