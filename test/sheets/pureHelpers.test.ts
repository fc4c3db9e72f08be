/** The adapter's few pure helpers (the rest is covered through the bundle in test/e2e). */
import { languageFromLocale, menuLabel, MENU_ITEMS } from '../../src/sheets/menu';
import { availableName } from '../../src/sheets/report/swapReportSheets';
import { CHUNK_BYTES, setupFromProperties, setupProperties, splitUtf8 } from '../../src/sheets/setupStore';
import { parseUtcOffset } from '../../src/sheets/zone';

describe('parseUtcOffset', () => {
  it('reads Utilities.formatDate "Z" offsets as minutes east of UTC', () => {
    expect(parseUtcOffset('+0900')).toBe(540);
    expect(parseUtcOffset('-0700')).toBe(-420);
    expect(parseUtcOffset('+0530')).toBe(330);
    expect(parseUtcOffset('+05:45')).toBe(345);
  });

  it('refuses anything else rather than guessing', () => {
    expect(() => parseUtcOffset('JST')).toThrow('Unexpected time-zone offset "JST"');
  });
});

describe('availableName', () => {
  it('keeps a free name and numbers a taken one, ignoring case as Sheets does', () => {
    expect(availableName('ファネル概要', new Set())).toBe('ファネル概要');
    expect(availableName('By channel', new Set(['by channel']))).toBe('By channel (2)');
    expect(availableName('By channel', new Set(['by channel', 'by channel (2)']))).toBe('By channel (3)');
  });
});

describe('menu labels', () => {
  it('uses both languages when the locale is unknown (AuthMode.NONE)', () => {
    expect(menuLabel(MENU_ITEMS[0]!, null)).toBe('ファネルKPIを開く / Open Funnel KPI');
  });

  it('maps ja locales to Japanese and the rest to English', () => {
    expect(['ja', 'ja_JP', 'ja-JP', 'en_US', 'fr', '', undefined].map(languageFromLocale)).toEqual(['ja', 'ja', 'ja', 'en', 'en', 'en', 'en']);
  });
});

describe('the saved setup in document properties', () => {
  it('splits text by UTF-8 bytes, never inside a character', () => {
    expect(splitUtf8('あいう', 6)).toEqual(['あい', 'う']);
    expect(splitUtf8('ab😀c', 5)).toEqual(['ab', '😀c']);
    expect(splitUtf8('', 10)).toEqual(['']);
  });

  it('keeps only mapped tabs, compactly, and reads them back', () => {
    const mapped = { tab: 'リード', kind: 'leads' as const, headerRow: 0, columns: { created_date: 0, channel: 1 } };
    const ads = { tab: '広告', kind: 'ads' as const, headerRow: 2, columns: { date: 0, cost: 2 }, channel: '広告' };
    const unused = { tab: 'メモ', kind: null, headerRow: 0, columns: {} };
    const properties = setupProperties({ mappings: [mapped, unused, ads], settings: { view: 'cohort' } });
    expect(Object.values(properties).join('')).not.toContain('メモ');
    expect(setupFromProperties(properties)).toEqual({ mappings: [mapped, ads], settings: { view: 'cohort' } });
  });

  it('splits a long setup into chunks under the per-value limit', () => {
    const mappings = Array.from({ length: 80 }, (_, i) => ({ tab: `${i}${'とても長いタブの名前'.repeat(9)}`, kind: 'leads' as const, headerRow: 0, columns: { created_date: 0 } }));
    const properties = setupProperties({ mappings, settings: {} });
    const sizes = Object.entries(properties).map(([key, value]) => Buffer.byteLength(key) + Buffer.byteLength(value));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(CHUNK_BYTES + 40);
    expect(Number(properties['funnelKpi.setup.v2'])).toBeGreaterThan(3);
    expect(setupFromProperties(properties)?.mappings).toEqual(mappings);
  });

  it('reads the first version, and nothing from a broken or missing setup', () => {
    const legacy = { mappings: [], settings: { view: 'period' } };
    expect(setupFromProperties({ 'funnelKpi.setup.v1': JSON.stringify(legacy) })).toEqual(legacy);
    expect(setupFromProperties({ 'funnelKpi.setup.v2': '2', 'funnelKpi.setup.v2.1': '{"v":2' })).toBeNull();
    expect(setupFromProperties({})).toBeNull();
  });

  it('skips stored entries that are not entries at all (a hand edit), keeping the others', () => {
    const text = JSON.stringify({ v: 2, s: {}, m: [null, 5, 'x', ['広告', 'ads', 0, { date: 0 }]] });
    expect(setupFromProperties({ 'funnelKpi.setup.v2': '1', 'funnelKpi.setup.v2.1': text })).toEqual({
      mappings: [{ tab: '広告', kind: 'ads', headerRow: 0, columns: { date: 0 } }],
      settings: {},
    });
  });
});
