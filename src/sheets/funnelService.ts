/**
 * Computes the funnel for the active spreadsheet: one batched read per data tab, then the pure engine.
 */
import { isoToDay } from '../core/dates/calendar';
import { FunnelError } from '../core/pipeline/errors';
import { runFunnel, type FunnelRun } from '../core/pipeline/runFunnel';
import type { FunnelSettings, Language, TabMapping } from '../core/model/types';
import type { FunnelSummary } from '../core/model/summary';
import { readSettings } from '../core/settings/readSettings';
import { readMappings } from '../core/settings/readSetup';
import { serverMessage } from '../core/text/messages';
import { asLanguage } from '../core/text/translate';
import type { SettingsInput } from '../shared/rpc';
import { readDataTabs } from './readTabs';
import { useProjectFiles } from './projectFiles';
import { payloadLanguage, readRequestPayload, requirePayload } from './rpcPayloads';
import { loadSetup } from './setupStore';
import { spreadsheetZoneResolver } from './zone';

export interface FunnelRequest {
  readonly settings?: SettingsInput;
  /** Mappings to use instead of the detected ones (per tab name). */
  readonly mappings?: readonly TabMapping[];
}

/** Validated settings, or a FunnelError listing what to fix. */
function settingsFrom(input: SettingsInput | undefined, fallbackLanguage: Language): FunnelSettings {
  const result = readSettings(input ?? {}, fallbackLanguage);
  if (result.ok) return result.settings;
  const language = asLanguage(input?.language) ?? fallbackLanguage;
  throw new FunnelError('invalid_settings', serverMessage(language, 'settings.invalid'), result.problems);
}

export function runFunnelOnSpreadsheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: FunnelSettings,
  mappings: readonly TabMapping[]
): FunnelRun {
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const zone = spreadsheetZoneResolver(timeZone);
  // The core has no clock: today comes from here, so dates after it can be reported as typos.
  const today = isoToDay(Utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd')) ?? undefined;
  // The locale orders date columns whose values could be day first or month first (design §3.2.1).
  return runFunnel(readDataTabs(spreadsheet), settings, zone, mappings, today, spreadsheet.getSpreadsheetLocale());
}

/**
 * Settings and mappings for a run: what the request gives, else the setup saved in the sidebar,
 * else defaults and the detected mappings. Every entry point resolves them the same way, so the
 * JSON summary and the report sheets always agree.
 */
export function resolveRequest(request: FunnelRequest | undefined, fallbackLanguage: Language): { settings: FunnelSettings; mappings: readonly TabMapping[] } {
  const saved = request?.settings === undefined || request?.mappings === undefined ? loadSetup() : null;
  const settings = settingsFrom(request?.settings ?? saved?.settings, fallbackLanguage);
  const mappings = readMappings(request?.mappings ?? saved?.mappings);
  return { settings, mappings };
}

/**
 * The funnel summary of the active spreadsheet (the CLI's JSON, design §9.1). Reads only. A
 * top-level function any caller can reach: the request is checked first (sheets/rpcPayloads).
 */
export function getFunnelSummary(request?: FunnelRequest): FunnelSummary {
  useProjectFiles();
  const language = payloadLanguage((request as { settings?: unknown } | null | undefined)?.settings) ?? 'ja';
  const { settings, mappings } = resolveRequest(requirePayload(readRequestPayload(request, language), language), 'ja');
  return runFunnelOnSpreadsheet(SpreadsheetApp.getActiveSpreadsheet(), settings, mappings).summary;
}
