/** The adapter's few pure helpers (the rest is covered through the bundle in test/e2e). */
import { languageFromLocale, menuLabel, MENU_ITEMS } from '../../src/sheets/menu';
import { availableName } from '../../src/sheets/report/swapReportSheets';
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
