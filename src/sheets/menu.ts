/**
 * The add-on menu. onOpen may run in AuthMode.NONE, where only adding menu items is allowed: no
 * properties, no document, no Session. So in NONE the labels carry both languages, and only in
 * LIMITED/FULL do we ask for the user's locale.
 */
import type { Language } from '../core/model/types';
import type { Bilingual } from '../core/text/translate';

export interface MenuItem {
  /** The top-level function the item calls (a generated wrapper in dist/Code.js). */
  readonly functionName: string;
  readonly label: Bilingual;
}

/** The add-on's name, as the sidebar and the toasts title it (in Code.js: opening the sidebar reads no message file). */
export const APP_TITLE: Bilingual = { ja: 'ファネルKPI', en: 'Funnel KPI' };

export const MENU_ITEMS: readonly MenuItem[] = [
  { functionName: 'showSidebar', label: { ja: 'ファネルKPIを開く', en: 'Open Funnel KPI' } },
  { functionName: 'generateFunnelReportFromMenu', label: { ja: 'ファネルレポートを作成', en: 'Generate funnel report' } },
  { functionName: 'insertSampleData', label: { ja: 'サンプルデータを挿入', en: 'Insert sample data' } },
];

/** The label shown for an item: one language when known, both when not (AuthMode.NONE). */
export function menuLabel(item: MenuItem, language: Language | null): string {
  return language === null ? `${item.label.ja} / ${item.label.en}` : item.label[language];
}

/** `ja` for Japanese locales (`ja`, `ja_JP`), `en` otherwise. */
export function languageFromLocale(locale: string | null | undefined): Language {
  return typeof locale === 'string' && /^ja\b|^ja[_-]/i.test(locale) ? 'ja' : 'en';
}

/** The part of a trigger event we read. */
export interface TriggerEvent {
  readonly authMode?: unknown;
}

function isAuthModeNone(event: TriggerEvent | undefined): boolean {
  // Compare by name: touching ScriptApp.AuthMode is itself a service access.
  return event !== undefined && String(event.authMode) === 'NONE';
}

/** Adds the add-on menu; in AuthMode.NONE it calls nothing but the menu builder. */
export function addAddOnMenu(event: TriggerEvent | undefined): void {
  const language = isAuthModeNone(event) ? null : languageFromLocale(Session.getActiveUserLocale());
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) menu.addItem(menuLabel(item, language), item.functionName);
  menu.addToUi();
}
