/** onOpen through the bundle: in AuthMode.NONE it builds the add-on menu and calls nothing else. */
import { loadDist } from './gasContext';
import { throwingServices, type TouchLog } from './throwingServices';

interface RecordedMenu {
  items: { label: string; functionName: string }[];
  added: boolean;
}

/** A SpreadsheetApp whose only working path is getUi().createAddonMenu(); everything else throws. */
function menuOnlySpreadsheetApp(menu: RecordedMenu, log: TouchLog): unknown {
  const builder = {
    addItem(label: string, functionName: string) {
      menu.items.push({ label, functionName });
      return builder;
    },
    addSeparator() {
      return builder;
    },
    addToUi() {
      menu.added = true;
    },
  };
  const ui = { createAddonMenu: () => builder };
  return new Proxy(
    { getUi: () => ui },
    {
      get(target, property) {
        if (property === 'getUi') return target.getUi;
        log.touched.push(`SpreadsheetApp.${String(property)}`);
        throw new Error(`SpreadsheetApp.${String(property)} touched`);
      },
    }
  );
}

describe('onOpen', () => {
  it('in AuthMode.NONE builds the add-on menu with both languages and touches nothing else', () => {
    const log: TouchLog = { touched: [] };
    const menu: RecordedMenu = { items: [], added: false };
    const context = loadDist(throwingServices(log, { SpreadsheetApp: menuOnlySpreadsheetApp(menu, log) }));
    (context.onOpen as (e: unknown) => void)({ authMode: { toString: () => 'NONE' } });
    expect(log.touched).toEqual([]);
    expect(menu.added).toBe(true);
    expect(menu.items).toEqual([
      { label: 'ファネルKPIを開く / Open Funnel KPI', functionName: 'showSidebar' },
      { label: 'ファネルレポートを作成 / Generate funnel report', functionName: 'generateFunnelReportFromMenu' },
      { label: 'サンプルデータを挿入 / Insert sample data', functionName: 'insertSampleData' },
    ]);
    for (const item of menu.items) expect(typeof context[item.functionName]).toBe('function');
  });

  it('in AuthMode.LIMITED uses the user locale for the labels', () => {
    const log: TouchLog = { touched: [] };
    const menu: RecordedMenu = { items: [], added: false };
    const context = loadDist(
      throwingServices(log, {
        SpreadsheetApp: menuOnlySpreadsheetApp(menu, log),
        Session: { getActiveUserLocale: () => 'en_US' },
      })
    );
    (context.onOpen as (e: unknown) => void)({ authMode: { toString: () => 'LIMITED' } });
    expect(menu.items.map((i) => i.label)).toEqual(['Open Funnel KPI', 'Generate funnel report', 'Insert sample data']);
  });

  it('onInstall shows the same menu', () => {
    const log: TouchLog = { touched: [] };
    const menu: RecordedMenu = { items: [], added: false };
    const context = loadDist(throwingServices(log, { SpreadsheetApp: menuOnlySpreadsheetApp(menu, log), Session: { getActiveUserLocale: () => 'ja' } }));
    (context.onInstall as (e: unknown) => void)({ authMode: { toString: () => 'FULL' } });
    expect(menu.items.map((i) => i.label)).toEqual(['ファネルKPIを開く', 'ファネルレポートを作成', 'サンプルデータを挿入']);
  });
});
