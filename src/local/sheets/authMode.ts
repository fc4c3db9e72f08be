/**
 * Which service calls an execution may make in each authorization mode (ScriptApp.AuthMode), per
 * Google's editor add-on authorization lifecycle and custom-function guide (src/local/README.md,
 * "Authorization modes"): in NONE only menus (and services that need no authorization); in
 * LIMITED the document but no sidebars or dialogs and no user data beyond the locale; in
 * CUSTOM_FUNCTION the spreadsheet read-only and no UI; in FULL everything.
 */
import type { AuthModeName } from './env';

/** Services that need no authorization (usable in every mode). */
const NO_AUTHORIZATION = new Set(['Logger', 'Utilities', 'ScriptApp']);
const MENU_BUILDING = new Set(['SpreadsheetApp.getUi', 'Ui.createAddonMenu', 'Ui.createMenu']);
const SHOWS_UI = new Set(['Ui.showSidebar', 'Ui.showModalDialog', 'Ui.showModelessDialog', 'Ui.alert', 'Ui.prompt']);
const LOCALE_ONLY = new Set(['Session.getActiveUserLocale', 'Session.getScriptTimeZone']);
/** The Spreadsheet service's classes, whose writes a custom function may not make. */
const SPREADSHEET_CLASSES = new Set([
  'SpreadsheetApp',
  'Spreadsheet',
  'Sheet',
  'Range',
  'RangeList',
  'Protection',
  'DeveloperMetadata',
  'DeveloperMetadataFinder',
  'DeveloperMetadataLocation',
  'EmbeddedChart',
  'EmbeddedChartBuilder',
]);
const READ_ONLY_METHOD = /^(get|is|has|can|find|with|create(DeveloperMetadata)?Finder$)/;

function isAllowed(mode: AuthModeName, className: string, method: string): boolean {
  const key = `${className}.${method}`;
  if (mode === 'FULL' || NO_AUTHORIZATION.has(className)) return true;
  switch (mode) {
    case 'NONE':
      return MENU_BUILDING.has(key) || className === 'Menu';
    case 'LIMITED':
      if (SHOWS_UI.has(key)) return false;
      if (className === 'Session') return LOCALE_ONLY.has(key);
      return key !== 'PropertiesService.getUserProperties';
    case 'CUSTOM_FUNCTION':
      if (className === 'Ui' || className === 'Menu' || key === 'SpreadsheetApp.getUi' || key === 'SpreadsheetApp.flush') return false;
      if (className === 'Session') return LOCALE_ONLY.has(key);
      if (SPREADSHEET_CLASSES.has(className)) return READ_ONLY_METHOD.test(method);
      return true;
    default:
      return true;
  }
}

/**
 * Throws the platform's permission error when `Class.method` is not allowed in `mode`.
 *
 * @example
 * requirePermission('NONE', 'SpreadsheetApp', 'getActiveSpreadsheet')
 * //=> throws "You do not have permission to call SpreadsheetApp.getActiveSpreadsheet (AuthMode.NONE)"
 */
export function requirePermission(mode: AuthModeName, className: string, method: string): void {
  if (!isAllowed(mode, className, method)) {
    throw new Error(`You do not have permission to call ${className}.${method} (AuthMode.${mode})`);
  }
}
