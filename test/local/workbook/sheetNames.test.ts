import { xlsxSafeSheetName } from '../../../src/local/workbook/sheetNames';

describe('xlsxSafeSheetName', () => {
  it('keeps names Excel accepts', () => {
    expect(xlsxSafeSheetName('ファネル概要', new Set())).toBe('ファネル概要');
  });

  it('replaces forbidden characters and truncates to 31 characters', () => {
    expect(xlsxSafeSheetName('a/b\\c?d*e:f[g]', new Set())).toBe('a_b_c_d_e_f_g_');
    expect(Array.from(xlsxSafeSheetName('あ'.repeat(40), new Set()))).toHaveLength(31);
  });

  it('makes names unique without regard to case', () => {
    const taken = new Set<string>();
    expect([xlsxSafeSheetName('Leads', taken), xlsxSafeSheetName('LEADS', taken), xlsxSafeSheetName('leads', taken)]).toEqual(['Leads', 'LEADS (2)', 'leads (3)']);
  });
});

describe('edge cases', () => {
  it('handles empty names, surrounding apostrophes and the reserved name History', () => {
    expect(xlsxSafeSheetName("''", new Set())).toBe('Sheet');
    expect(xlsxSafeSheetName("'quoted'", new Set())).toBe('quoted');
    expect(xlsxSafeSheetName('history', new Set())).toBe('History_');
  });

  it('keeps a unique suffix within 31 characters', () => {
    const taken = new Set<string>();
    const long = 'x'.repeat(40);
    xlsxSafeSheetName(long, taken);
    const second = xlsxSafeSheetName(long, taken);
    expect([second.length, second.endsWith(' (2)')]).toEqual([31, true]);
  });

  it('does not split a surrogate pair when truncating', () => {
    const name = xlsxSafeSheetName('😀'.repeat(40), new Set());
    expect(Array.from(name).every((ch) => ch === '😀')).toBe(true);
  });
});
