import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { callEntryPoint, loadBundle, runMenuItem, toContextValue } from '../../src/local/runtime';
import { createLocalServices } from '../../src/local/services/createLocalServices';
import { workbookFromTabs } from '../../src/local/workbook/fromTabs';

/** A stand-in for the real bundle: an IIFE namespace plus top-level wrappers, like esbuild + footer. */
const CODE = `
"use strict";
var AddOn = (function () {
  var calls = 0;
  function ping() { return SpreadsheetApp.getActive().getName(); }
  function count() { calls += 1; return calls; }
  function readDate() {
    var value = SpreadsheetApp.getActive().getSheetByName('Data').getRange('A2').getValue();
    return [value instanceof Date, value.toISOString()];
  }
  function isDate(value) { return value instanceof Date; }
  function writeDate() {
    SpreadsheetApp.getActive().getSheetByName('Data').getRange('B2').setValue(new Date(Date.UTC(2025, 3, 1, 3)));
  }
  function serviceErrorIsError() {
    try { SpreadsheetApp.getActive().insertSheet('data'); } catch (e) { return e instanceof Error; }
    return 'no error';
  }
  function now() { return [new Date().toISOString(), Date.now()]; }
  function log() { console.log('hello from the bundle'); }
  function onOpen() {
    SpreadsheetApp.getUi().createAddonMenu().addItem('Open Funnel KPI', 'showSidebar').addItem('Count', 'AddOn.count').addToUi();
  }
  function showSidebar() { return 'sidebar shown'; }
  return { ping: ping, count: count, readDate: readDate, isDate: isDate, writeDate: writeDate,
    serviceErrorIsError: serviceErrorIsError, now: now, log: log, onOpen: onOpen, showSidebar: showSidebar };
})();
const notVisible = 1;
function PING() { return AddOn.ping(); }
function onOpen(e) { return AddOn.onOpen(e); }
function showSidebar() { return AddOn.showSidebar(); }
`;

function distWith(code: string): string {
  const dist = mkdtempSync(path.join(os.tmpdir(), 'funnel-dist-'));
  writeFileSync(path.join(dist, 'Code.js'), code);
  writeFileSync(path.join(dist, 'Sidebar.html'), '<p>ignored by gas-local</p>');
  return dist;
}

function workbook() {
  return workbookFromTabs([{ name: 'Data', rows: [['date'], [new Date('2025-04-01')]] }], { name: 'ファネル', timeZone: 'Asia/Tokyo' });
}

describe('loadBundle', () => {
  it('loads Code.js with the services and exposes var and function globals', () => {
    const dist = distWith(CODE);
    const ctx = loadBundle(createLocalServices(workbook(), { distDir: dist }), { distDir: dist });
    expect(callEntryPoint(ctx, 'PING')).toBe('ファネル');
    expect(typeof ctx.AddOn).toBe('object');
    expect(ctx.notVisible).toBeUndefined();
  });

  it('hands the bundle Dates of its own realm', () => {
    const dist = distWith(CODE);
    const ctx = loadBundle(createLocalServices(workbook()), { distDir: dist });
    expect(callEntryPoint(ctx, 'AddOn.readDate')).toEqual([true, '2025-03-31T15:00:00.000Z']);
  });

  it('stores Dates written by the bundle in the spreadsheet zone', () => {
    const dist = distWith(CODE);
    const book = workbook();
    const ctx = loadBundle(createLocalServices(book), { distDir: dist });
    callEntryPoint(ctx, 'AddOn.writeDate');
    expect(book.sheets[0]?.cell(1, 1)).toMatchObject({ numberFormat: 'yyyy-mm-dd hh:mm:ss' });
    expect(book.sheets[0]?.value(1, 1)).toEqual(expect.objectContaining({ wallMillis: Date.UTC(2025, 3, 1, 12) }));
  });

  it('throws service errors that are Errors inside the bundle', () => {
    const dist = distWith(CODE);
    const ctx = loadBundle(createLocalServices(workbook()), { distDir: dist });
    expect(callEntryPoint(ctx, 'AddOn.serviceErrorIsError')).toBe(true);
  });

  it('builds a fresh context per call, so module state does not leak between runs', () => {
    const dist = distWith(CODE);
    const book = workbook();
    const first = loadBundle(createLocalServices(book), { distDir: dist });
    expect([callEntryPoint(first, 'AddOn.count'), callEntryPoint(first, 'AddOn.count')]).toEqual([1, 2]);
    const second = loadBundle(createLocalServices(book), { distDir: dist });
    expect(callEntryPoint(second, 'AddOn.count')).toBe(1);
  });

  it('passes the console through', () => {
    const dist = distWith(CODE);
    const lines: unknown[] = [];
    const fakeConsole = { ...console, log: (...args: unknown[]) => lines.push(args.join(' ')) } as Console;
    const ctx = loadBundle(createLocalServices(workbook()), { distDir: dist, console: fakeConsole });
    callEntryPoint(ctx, 'AddOn.log');
    expect(lines).toEqual(['hello from the bundle']);
  });

  it('freezes the clock when asked to', () => {
    const dist = distWith(CODE);
    const ctx = loadBundle(createLocalServices(workbook()), { distDir: dist, fixedNow: new Date('2026-04-01T00:00:00Z') });
    expect(callEntryPoint(ctx, 'AddOn.now')).toEqual(['2026-04-01T00:00:00.000Z', Date.UTC(2026, 3, 1)]);
    expect(callEntryPoint(ctx, 'AddOn.isDate', new Date(0))).toBe(true);
  });

  it('loads without touching any service in forbid-all mode, and calls then fail', () => {
    const dist = distWith(CODE);
    const ctx = loadBundle(createLocalServices(workbook(), { mode: 'forbid-all' }), { distDir: dist });
    expect(() => callEntryPoint(ctx, 'PING')).toThrow(/service SpreadsheetApp was touched/);
  });
});

describe('runMenuItem', () => {
  it('runs the function a recorded menu item names, dotted names included', () => {
    const dist = distWith(CODE);
    const services = createLocalServices(workbook());
    const ctx = loadBundle(services, { distDir: dist });
    callEntryPoint(ctx, 'onOpen', { authMode: 'NONE' });
    expect(runMenuItem(ctx, services, 'Open Funnel KPI')).toBe('sidebar shown');
    expect(runMenuItem(ctx, services, 'Count')).toBe(1);
  });

  it('lists the known items when the caption is unknown', () => {
    const dist = distWith(CODE);
    const services = createLocalServices(workbook());
    const ctx = loadBundle(services, { distDir: dist });
    callEntryPoint(ctx, 'onOpen');
    expect(() => runMenuItem(ctx, services, 'Nope')).toThrow('No menu item "Nope" was added (menu items: Open Funnel KPI, Count)');
  });
});

describe('toContextValue', () => {
  it('converts Dates inside nested arrays to the context realm', () => {
    const dist = distWith(CODE);
    const ctx = loadBundle(createLocalServices(workbook()), { distDir: dist });
    const [[converted]] = toContextValue(ctx, [[new Date(0)]]);
    expect(converted instanceof Date).toBe(false);
    expect(callEntryPoint(ctx, 'AddOn.isDate', converted)).toBe(true);
  });
});

describe('edge cases', () => {
  it('fails loading when global code touches a service in forbid-all mode', () => {
    const dist = distWith('var sheetAtLoad = SpreadsheetApp.getActive();');
    expect(() => loadBundle(createLocalServices(workbook(), { mode: 'forbid-all' }), { distDir: dist })).toThrow(/SpreadsheetApp was touched/);
  });

  it('explains a missing build', () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'funnel-dist-'));
    expect(() => loadBundle(createLocalServices(workbook()), { distDir: empty })).toThrow(/run "npm run build" first/);
  });

  it('names a missing entry point', () => {
    const dist = distWith(CODE);
    const ctx = loadBundle(createLocalServices(workbook()), { distDir: dist });
    expect(() => callEntryPoint(ctx, 'AddOn.missing')).toThrow('The bundle has no function AddOn.missing');
  });
});
