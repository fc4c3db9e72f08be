/**
 * Platform behaviour the add-on meets but does not cause: chart and data-source sheets, restricted
 * protections, a user's Duplicate, size limits and authorization modes (src/local/README.md).
 */
import { createLocalServices } from '../../../src/local/services/createLocalServices';
import { duplicateSheet } from '../../../src/local/sheets/duplicateSheet';
import { MAX_CELLS_PER_SPREADSHEET } from '../../../src/local/sheets/limits';
import { restrictSheetProtection, setSheetType } from '../../../src/local/sheets/platformState';
import { workbookFromTabs } from '../../../src/local/workbook/fromTabs';
import { servicesFor, typed } from '../helpers';

describe('chart (OBJECT) and data-source (DATASOURCE) sheets', () => {
  it('report their type and throw on every grid call', () => {
    const services = servicesFor([{ name: 'Data', rows: [['a']] }, { name: 'Chart1', rows: [] }]);
    setSheetType(services.workbook.sheets[1]!, 'OBJECT');
    const [grid, chart] = services.SpreadsheetApp.getActive().getSheets();
    expect(String(grid!.getType())).toBe('GRID');
    expect(chart!.getType()).toBe(services.SpreadsheetApp.SheetType.OBJECT);
    expect(chart!.getName()).toBe('Chart1');
    expect(() => chart!.getDataRange()).toThrow(/OBJECT sheet, not a grid/);
    expect(() => chart!.getLastRow()).toThrow(/Sheet.getLastRow is not supported/);
    expect(() => chart!.getRange(1, 1)).toThrow(/not a grid/);
  });

  it('treats a data-source sheet the same way', () => {
    const services = servicesFor([{ name: 'BigQuery', rows: [] }]);
    setSheetType(services.workbook.sheets[0]!, 'DATASOURCE');
    const sheet = services.SpreadsheetApp.getActive().getSheets()[0]!;
    expect(String(sheet.getType())).toBe('DATASOURCE');
    expect(() => sheet.getDataRange().getValues()).toThrow(/DATASOURCE sheet/);
  });
});

describe('restricted protections', () => {
  it('make canEdit false and refuse deletes, renames, writes and changes to the protection', () => {
    const services = servicesFor([{ name: 'Mine', rows: [] }, { name: 'Locked', rows: [['x']] }]);
    restrictSheetProtection(services.workbook.sheets[1]!);
    const ss = services.SpreadsheetApp.getActive();
    const locked = ss.getSheetByName('Locked')!;
    const protection = locked.getProtections(services.SpreadsheetApp.ProtectionType.SHEET)[0]!;
    expect(protection.canEdit()).toBe(false);
    const message = /You are trying to edit a protected cell or object/;
    expect(() => ss.deleteSheet(locked)).toThrow(message);
    expect(() => locked.setName('Other')).toThrow(message);
    expect(() => locked.getRange('A1').setValue('y')).toThrow(message);
    expect(() => protection.setWarningOnly(true)).toThrow(message);
    expect(() => protection.remove()).toThrow(message);
    expect(services.workbook.sheets.map((s) => s.name)).toEqual(['Mine', 'Locked']);
    expect(locked.getRange('A1').getValue()).toBe('x');
  });

  it('leave warning-only protections editable', () => {
    const services = servicesFor([{ name: 'A', rows: [] }, { name: 'B', rows: [] }]);
    const b = services.SpreadsheetApp.getActive().getSheetByName('B')!;
    const protection = b.protect().setWarningOnly(true);
    expect(protection.canEdit()).toBe(true);
    services.SpreadsheetApp.getActive().deleteSheet(b);
    expect(services.workbook.sheets.map((s) => s.name)).toEqual(['A']);
  });
});

describe('a user duplicating a sheet', () => {
  it('makes a new sheet id with the same cells and the same sheet-level metadata', () => {
    const workbook = workbookFromTabs([{ name: 'Report', rows: [['KPI', 3]] }]);
    const source = workbook.sheets[0]!;
    source.setNumberFormat(0, 1, '#,##0');
    workbook.addMetadata({ key: 'funnelKpi.role', value: '{"role":"summary"}', visibility: 'DOCUMENT', sheetId: source.id });
    const copy = duplicateSheet(workbook, source);
    expect(copy.id).not.toBe(source.id);
    expect(copy.name).toBe('Copy of Report');
    expect([copy.value(0, 0), copy.value(0, 1), copy.numberFormat(0, 1)]).toEqual(['KPI', 3, '#,##0']);
    expect(workbook.developerMetadata.filter((m) => m.sheetId === copy.id).map((m) => [m.key, m.value])).toEqual([['funnelKpi.role', '{"role":"summary"}']]);
    expect(workbook.sheets.map((s) => s.name)).toEqual(['Report', 'Copy of Report']);
  });

  it('is what Sheet.copyTo does too', () => {
    const services = servicesFor([{ name: 'R', rows: [['a']] }]);
    const ss = services.SpreadsheetApp.getActive();
    const copy = ss.getSheetByName('R')!.copyTo(ss);
    expect(copy.getName()).toBe('Copy of R');
    expect(copy.getRange('A1').getValue()).toBe('a');
  });
});

describe('size limits', () => {
  it('refuses a string of more than 50,000 characters in one cell', () => {
    const services = servicesFor();
    const range = services.SpreadsheetApp.getActive().getSheets()[0]!.getRange('A1');
    expect(() => range.setValue('x'.repeat(50_001))).toThrow('Your input contains more than the maximum of 50000 characters in a single cell.');
    expect(() => range.setValue('x'.repeat(50_000))).not.toThrow();
  });

  it('refuses to grow the grids past 10 million cells', () => {
    const services = servicesFor([{ name: 'Big', rows: [['a']] }]);
    const big = services.workbook.sheets[0]!;
    big.maxColumns = 10;
    big.maxRows = MAX_CELLS_PER_SPREADSHEET / 10 - 1000;
    const sheet = services.SpreadsheetApp.getActive().getSheetByName('Big')!;
    expect(() => sheet.insertRowsAfter(big.maxRows, 1001)).toThrow('This action would increase the number of cells in the workbook above the limit of 10000000 cells.');
    sheet.insertRowsAfter(big.maxRows, 1000);
    expect(() => services.SpreadsheetApp.getActive().insertSheet('One more')).toThrow(/limit of 10000000 cells/);
  });
});

describe('authorization modes', () => {
  it('allows only menus in AuthMode.NONE', () => {
    const services = typed(createLocalServices(workbookFromTabs([{ name: 'S', rows: [] }]), { authMode: 'NONE' }));
    services.SpreadsheetApp.getUi().createAddonMenu().addItem('Open', 'showSidebar').addToUi();
    expect(services.ui.menus).toHaveLength(1);
    expect(() => services.SpreadsheetApp.getActiveSpreadsheet()).toThrow('You do not have permission to call SpreadsheetApp.getActiveSpreadsheet (AuthMode.NONE)');
    expect(() => services.Session.getActiveUserLocale()).toThrow(/permission/);
    expect(() => services.PropertiesService.getDocumentProperties()).toThrow(/permission/);
  });

  it('allows the document but no sidebar in AuthMode.LIMITED', () => {
    const services = typed(createLocalServices(workbookFromTabs([{ name: 'S', rows: [] }]), { authMode: 'LIMITED' }));
    expect(services.SpreadsheetApp.getActive().getSheets()).toHaveLength(1);
    expect(services.Session.getActiveUserLocale()).toBe('ja');
    const html = services.HtmlService.createHtmlOutput('<p>x</p>');
    expect(() => services.SpreadsheetApp.getUi().showSidebar(html)).toThrow(/permission to call Ui.showSidebar/);
    expect(() => services.PropertiesService.getUserProperties()).toThrow(/permission/);
  });

  it('makes the spreadsheet read-only and hides the UI in AuthMode.CUSTOM_FUNCTION', () => {
    const services = typed(createLocalServices(workbookFromTabs([{ name: 'S', rows: [['v']] }]), { authMode: 'CUSTOM_FUNCTION' }));
    const sheet = services.SpreadsheetApp.getActive().getSheets()[0]!;
    expect(sheet.getRange('A1').getValue()).toBe('v');
    expect(() => sheet.getRange('A1').setValue('w')).toThrow('You do not have permission to call Range.setValue (AuthMode.CUSTOM_FUNCTION)');
    expect(() => services.SpreadsheetApp.getActive().insertSheet('x')).toThrow(/permission/);
    expect(() => services.SpreadsheetApp.getUi()).toThrow(/permission/);
    expect(services.PropertiesService.getDocumentProperties().getProperty('x')).toBeNull();
  });
});
