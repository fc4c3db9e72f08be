/**
 * The only file that exposes entry points. Everything exported here becomes `AddOn.<name>` in
 * dist/Code.js, and the build adds a top-level `function <name>(…)` wrapper for each (with JSDoc for
 * the custom functions), because Apps Script only finds top-level function declarations.
 * No logic here, and nothing may run at module load.
 */
export * from './functions/customFunctions';
export { onInstall, onOpen } from './sheets/addOn';
export { getFunnelSummary } from './sheets/funnelService';
export { generateFunnelReport } from './sheets/report/generateReport';
export {
  generateFunnelReportFromMenu,
  insertSampleData,
  showSidebar,
  sidebarActivateSheet,
  sidebarGenerate,
  sidebarGetState,
  sidebarInsertSampleData,
  sidebarSaveSetup,
  sidebarTranslateResult,
} from './sheets/sidebarService';
