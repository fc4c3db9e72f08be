import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLocalServices, FORBIDDEN_SERVICE_NAMES, MODELLED_SERVICE_NAMES } from '../../../src/local/services/createLocalServices';
import { Workbook } from '../../../src/local/workbook/model';
import { typed } from '../helpers';

describe('createLocalServices', () => {
  it('provides every modelled service and a stand-in for every other one', () => {
    const services = createLocalServices(new Workbook());
    for (const name of [...MODELLED_SERVICE_NAMES, ...FORBIDDEN_SERVICE_NAMES]) expect(services.globals[name]).toBeDefined();
  });

  it('makes other Google services throw "not allowed" when touched', () => {
    const g = createLocalServices(new Workbook()).globals as Record<string, Record<string, unknown>>;
    expect(() => g.UrlFetchApp?.fetch).toThrow('service UrlFetchApp is not allowed in Funnel KPI (touched UrlFetchApp.fetch)');
    expect(() => g.DriveApp?.getFiles).toThrow(/DriveApp is not allowed/);
    expect(() => g.GmailApp?.sendEmail).toThrow(/GmailApp is not allowed/);
  });

  it('in forbid-all mode makes even the modelled services throw', () => {
    const g = createLocalServices(new Workbook(), { mode: 'forbid-all' }).globals as Record<string, Record<string, unknown>>;
    expect(() => g.SpreadsheetApp?.getActive).toThrow(/service SpreadsheetApp was touched/);
    expect(() => g.Logger?.log).toThrow(/service Logger was touched/);
    expect(() => g.PropertiesService?.getDocumentProperties).toThrow(/PropertiesService was touched/);
  });

  it('gives the user locale and script zone to Session', () => {
    const services = typed(createLocalServices(new Workbook(), { userLocale: 'en', scriptTimeZone: 'UTC' }));
    expect([services.Session.getActiveUserLocale(), services.Session.getScriptTimeZone()]).toEqual(['en', 'UTC']);
  });

  it('formats dates in a real time zone through Utilities', () => {
    const services = typed(createLocalServices(new Workbook()));
    const instant = new Date('2025-03-31T15:00:00Z');
    expect(services.Utilities.formatDate(instant, 'Asia/Tokyo', 'yyyy-MM-dd')).toBe('2025-04-01');
    expect(services.Utilities.formatDate(instant, 'America/Los_Angeles', 'yyyy-MM-dd')).toBe('2025-03-31');
  });

  it('records Logger lines and forwards them to a sink', () => {
    const lines: string[] = [];
    const services = typed(createLocalServices(new Workbook(), { logSink: (l) => lines.push(l) }));
    services.Logger.log('generated %s sheets', 3);
    expect([services.log, lines]).toEqual([['generated 3 sheets'], ['generated 3 sheets']]);
  });

  it('serves dist/<name>.html through HtmlService and records the sidebar', () => {
    const dist = mkdtempSync(path.join(os.tmpdir(), 'funnel-dist-'));
    writeFileSync(path.join(dist, 'Sidebar.html'), '<!DOCTYPE html><p>ファネルKPI</p>');
    const services = typed(createLocalServices(new Workbook(), { distDir: dist }));
    const html = services.HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Funnel KPI').setWidth(300);
    services.SpreadsheetApp.getUi().showSidebar(html);
    expect(services.ui.sidebars).toEqual([{ title: 'Funnel KPI', content: '<!DOCTYPE html><p>ファネルKPI</p>', width: 300, height: null }]);
  });
});

describe('edge cases', () => {
  it('reports a missing HTML file with the Apps Script message', () => {
    const dist = mkdtempSync(path.join(os.tmpdir(), 'funnel-dist-'));
    const services = typed(createLocalServices(new Workbook(), { distDir: dist }));
    expect(() => services.HtmlService.createHtmlOutputFromFile('Nope')).toThrow('No HTML file named Nope was found.');
  });

  it('does not read files outside the dist folder', () => {
    const dist = mkdtempSync(path.join(os.tmpdir(), 'funnel-dist-'));
    const services = typed(createLocalServices(new Workbook(), { distDir: dist }));
    expect(() => services.HtmlService.createHtmlOutputFromFile('../../etc/passwd')).toThrow(/No HTML file/);
  });

  it('leaves template methods unimplemented (the add-on must not use templates)', () => {
    const services = typed(createLocalServices(new Workbook()));
    const html = services.HtmlService as unknown as Record<string, () => void>;
    expect(() => html.createTemplateFromFile?.()).toThrow('not implemented in the local runtime: HtmlService.createTemplateFromFile');
  });

  it('leaves identity calls unimplemented', () => {
    const services = typed(createLocalServices(new Workbook()));
    const session = services.Session as unknown as Record<string, () => void>;
    expect(() => session.getActiveUser?.()).toThrow('not implemented in the local runtime: Session.getActiveUser');
  });
});
