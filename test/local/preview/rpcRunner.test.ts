import path from 'node:path';
import { createRpcRunner, mayChangeWorkbook, toWireValue } from '../../../src/local/preview/rpcRunner';
import { workbookFromTabs } from '../../../src/local/workbook/fromTabs';

/** Sidebar server functions written against the services, standing in for the real bundle. */
const STUB_DIST = path.resolve(__dirname, '../../sidebar/fixtures/stub-dist');

const quietConsole = { ...console, log: () => undefined, info: () => undefined, warn: () => undefined } as Console;

function adsWorkbook() {
  return workbookFromTabs([
    {
      name: '広告',
      rows: [
        ['日付', 'キャンペーン', '費用'],
        [new Date('2025-04-01'), '春', 1000],
      ],
    },
  ]);
}

describe('createRpcRunner', () => {
  it('calls a top-level function of the bundle by name and returns its JSON-safe result', () => {
    const run = createRpcRunner({ workbook: adsWorkbook(), distDir: STUB_DIST, console: quietConsole });
    const outcome = run('sidebarGetState', ['en']);
    expect(outcome).toMatchObject({ ok: true, changed: false, value: { language: 'en', tabs: [{ name: '広告', rowCount: 1, detectedKind: 'ads' }] } });
  });

  it('keeps the workbook and the stored setup across calls, each in a fresh context', () => {
    const workbook = adsWorkbook();
    const run = createRpcRunner({ workbook, distDir: STUB_DIST, console: quietConsole });
    const saved = run('sidebarSaveSetup', [{ mappings: [{ tab: '広告', kind: null, headerRow: 0, columns: {} }], settings: { language: 'ja' } }]);
    expect(saved).toMatchObject({ ok: true, changed: true });
    expect(run('sidebarGetState', ['ja'])).toMatchObject({ ok: true, value: { saved: true, tabs: [{ mapping: { kind: null } }] } });
    expect(run('sidebarInsertSampleData', ['ja'])).toMatchObject({ ok: true, changed: true });
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(['広告', 'サンプル_広告']);
  });

  it('reports a server throw as an Exception message', () => {
    const run = createRpcRunner({ workbook: adsWorkbook(), distDir: STUB_DIST, console: quietConsole });
    expect(run('sidebarActivateSheet', ['ない'])).toMatchObject({ ok: false, error: 'Exception: シート「ない」が見つかりません。' });
  });

  describe('edge cases', () => {
    it('refuses names google.script.run could not call: private (ending in _), unknown or not identifiers', () => {
      const run = createRpcRunner({ workbook: adsWorkbook(), distDir: STUB_DIST, console: quietConsole });
      for (const name of ['stubState_', 'noSuchFunction', 'constructor', 'toString', 'constructor.x', 42]) {
        expect(run(name, [])).toEqual({ ok: false, error: `ScriptError: Script function not found: ${String(name)}`, changed: false });
      }
    });

    it('refuses arguments that are not a list', () => {
      const run = createRpcRunner({ workbook: adsWorkbook(), distDir: STUB_DIST, console: quietConsole });
      expect(run('sidebarGetState', { language: 'ja' })).toMatchObject({ ok: false, error: expect.stringContaining('must be a list') });
    });
  });
});

describe('toWireValue', () => {
  it('drops undefined members and turns undefined array items into null', () => {
    expect(toWireValue({ a: [1, undefined, 'x'], b: undefined, c: { d: null } })).toEqual({ a: [1, null, 'x'], c: { d: null } });
  });

  it('refuses a Date, naming where it is and what to return instead', () => {
    expect(() => toWireValue({ period: { from: new Date(0) } })).toThrow('the result holds a Date at .period.from; return dates as ISO strings');
  });

  describe('edge cases', () => {
    it('refuses functions and non-finite numbers anywhere', () => {
      expect(() => toWireValue([() => 1])).toThrow('a function at [0]');
      expect(() => toWireValue({ rate: Number.NaN })).toThrow('NaN at .rate');
    });

    it('passes primitives and undefined at the top level through', () => {
      expect([toWireValue('x'), toWireValue(null), toWireValue(undefined), toWireValue(true)]).toEqual(['x', null, undefined, true]);
    });
  });
});

describe('mayChangeWorkbook', () => {
  it('is false for reads and for services that do not touch the workbook', () => {
    const reads = ['Range.getValues', 'Spreadsheet.getSheets', 'Sheet.isSheetHidden', 'Spreadsheet.createDeveloperMetadataFinder', 'Ui.showSidebar', 'Session.getActiveUserLocale'];
    expect(reads.filter(mayChangeWorkbook)).toEqual([]);
  });

  it('is true for writes to sheets and stored properties', () => {
    expect(['Range.setValues', 'Spreadsheet.insertSheet', 'Properties.setProperty', 'Sheet.activate'].map(mayChangeWorkbook)).toEqual([true, true, true, true]);
  });

  describe('edge cases', () => {
    it('is true for a method it does not recognise', () => {
      expect(mayChangeWorkbook('Spreadsheet.flush')).toBe(true);
    });
  });
});
