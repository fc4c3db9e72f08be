import { servicesFor } from '../helpers';

describe('Spreadsheet', () => {
  it('describes the workbook', () => {
    const services = servicesFor();
    const ss = services.SpreadsheetApp.getActiveSpreadsheet();
    expect([ss.getName(), ss.getSpreadsheetTimeZone(), ss.getSpreadsheetLocale()]).toEqual(['Test workbook', 'Asia/Tokyo', 'ja_JP']);
  });

  it('inserts a sheet at a 0-based index and makes it active', () => {
    const services = servicesFor([
      { name: 'A', rows: [] },
      { name: 'B', rows: [] },
    ]);
    const ss = services.SpreadsheetApp.getActive();
    const inserted = ss.insertSheet('ファネル概要', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['ファネル概要', 'A', 'B']);
    expect(inserted.getIndex()).toBe(1);
    expect(ss.getActiveSheet().getName()).toBe('ファネル概要');
  });

  it('refuses a duplicate sheet name without regard to case', () => {
    const services = servicesFor([{ name: 'Funnel summary', rows: [] }]);
    const ss = services.SpreadsheetApp.getActive();
    expect(() => ss.insertSheet('funnel SUMMARY')).toThrow('A sheet with the name "funnel SUMMARY" already exists. Please enter another name.');
    expect(ss.getSheetByName('FUNNEL SUMMARY')?.getName()).toBe('Funnel summary');
  });

  it('deletes a sheet with its developer metadata', () => {
    const services = servicesFor([
      { name: 'A', rows: [] },
      { name: 'B', rows: [] },
    ]);
    const ss = services.SpreadsheetApp.getActive();
    const b = ss.getSheetByName('B');
    b?.addDeveloperMetadata('funnelKpi.report', 'summary', services.SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
    ss.deleteSheet(b);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['A']);
    expect(services.workbook.developerMetadata).toEqual([]);
  });

  it('records toasts', () => {
    const services = servicesFor();
    services.SpreadsheetApp.getActive().toast('レポートを作成しました', 'Funnel KPI', 5);
    expect(services.ui.toasts).toEqual([{ message: 'レポートを作成しました', title: 'Funnel KPI', timeoutSeconds: 5 }]);
  });

  it('moves the active sheet to a 1-based position', () => {
    const services = servicesFor([
      { name: 'A', rows: [] },
      { name: 'B', rows: [] },
    ]);
    const ss = services.SpreadsheetApp.getActive();
    ss.setActiveSheet(ss.getSheetByName('B'));
    ss.moveActiveSheet(1);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['B', 'A']);
  });
});

describe('edge cases', () => {
  it('will not delete the last sheet', () => {
    const services = servicesFor();
    const ss = services.SpreadsheetApp.getActive();
    expect(() => ss.deleteSheet(ss.getSheets()[0])).toThrow("You can't remove all the sheets in a document.");
  });

  it('names unnamed new sheets after the locale', () => {
    const services = servicesFor();
    expect(services.SpreadsheetApp.getActive().insertSheet().getName()).toBe('シート2');
  });

  it('refuses empty and over-long names', () => {
    const ss = servicesFor().SpreadsheetApp.getActive();
    expect(() => ss.insertSheet(' ')).toThrow(/cannot be empty/);
    expect(() => ss.insertSheet('x'.repeat(101))).toThrow(/longer than 100/);
  });
});
