import { DocumentLockState, LocalDateTime, PropertyStore, SheetData, Workbook } from '../../../src/local/workbook/model';

describe('LocalDateTime', () => {
  it('reads a Date by its UTC fields', () => {
    expect(LocalDateTime.fromUtcFields(new Date('2025-04-01T00:00:00Z')).toIsoString()).toBe('2025-04-01T00:00:00.000');
  });

  it('knows whether it has a time of day', () => {
    expect([new LocalDateTime(Date.UTC(2025, 3, 1)).isMidnight(), new LocalDateTime(Date.UTC(2025, 3, 1, 1)).isMidnight()]).toEqual([true, false]);
  });
});

describe('SheetData', () => {
  it('tracks the last row and column with content, formulas included', () => {
    const sheet = new SheetData(0, 'S', 'created');
    sheet.setValue(2, 1, 'x');
    sheet.setFormula(0, 4, '=1+1');
    expect([sheet.lastRow(), sheet.lastColumn()]).toEqual([3, 5]);
    sheet.setValue(2, 1, undefined);
    sheet.setValue(0, 4, undefined);
    expect([sheet.lastRow(), sheet.lastColumn()]).toEqual([0, 0]);
  });

  it('keeps a per-cell record of value, formula, format and weight', () => {
    const sheet = new SheetData(0, 'S', 'created');
    sheet.setFormula(1, 1, '=A1*2', 4);
    sheet.setNumberFormat(1, 1, '#,##0');
    sheet.setFontWeight(1, 1, 'bold');
    expect(sheet.cell(1, 1)).toEqual({ value: 4, formula: '=A1*2', numberFormat: '#,##0', fontWeight: 'bold', horizontalAlignment: null, wrap: false });
  });

  it('gives date cells without a format a date format', () => {
    const sheet = new SheetData(0, 'S', 'created');
    sheet.setValue(0, 0, new LocalDateTime(Date.UTC(2025, 3, 1, 9)));
    expect(sheet.numberFormat(0, 0)).toBe('yyyy-mm-dd hh:mm:ss');
  });
});

describe('Workbook', () => {
  it('finds sheets by name without regard to case and by id', () => {
    const workbook = new Workbook();
    const sheet = workbook.addSheet('Leads');
    expect([workbook.sheetByName('LEADS'), workbook.sheetById(sheet.id)]).toEqual([sheet, sheet]);
  });

  it('gives every sheet a distinct id', () => {
    const workbook = new Workbook();
    const ids = ['a', 'b', 'c'].map((n) => workbook.addSheet(n).id);
    expect(new Set(ids).size).toBe(3);
  });
});

describe('PropertyStore', () => {
  it('enforces the 500 KB total', () => {
    const store = new PropertyStore();
    for (let i = 0; i < 63; i += 1) store.set(`k${i}`, 'x'.repeat(8000));
    expect(() => store.set('more', 'x'.repeat(8000))).toThrow(/quota/);
  });
});

describe('DocumentLockState', () => {
  it('lets one owner hold the lock at a time', () => {
    const lock = new DocumentLockState();
    const a = {};
    const b = {};
    expect([lock.acquire(a), lock.acquire(b), lock.acquire(a)]).toEqual([true, false, true]);
  });
});

describe('edge cases', () => {
  it('refuses an invalid LocalDateTime', () => {
    expect(() => new LocalDateTime(Number.NaN)).toThrow(/not a valid date/);
  });

  it('refuses an out-of-range insertion index', () => {
    expect(() => new Workbook().addSheet('a', { index: 2 })).toThrow(/out of range/);
  });
});
