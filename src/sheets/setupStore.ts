/**
 * The setup the user confirmed in the sidebar (mappings and settings), saved per spreadsheet in
 * document properties and reused by the menu's "Generate funnel report". Holds no personal data:
 * tab names, column positions and settings only.
 */
import type { SavedSetup } from '../shared/rpc';

const SETUP_KEY = 'funnelKpi.setup.v1';

function isSavedSetup(value: unknown): value is SavedSetup {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<SavedSetup>;
  return Array.isArray(candidate.mappings) && typeof candidate.settings === 'object' && candidate.settings !== null;
}

/** The saved setup, or null when none was saved (or it cannot be read any more). */
export function loadSetup(): SavedSetup | null {
  const text = PropertiesService.getDocumentProperties().getProperty(SETUP_KEY);
  if (text === null) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    return isSavedSetup(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

export function saveSetup(setup: SavedSetup): void {
  PropertiesService.getDocumentProperties().setProperty(SETUP_KEY, JSON.stringify(setup));
}
