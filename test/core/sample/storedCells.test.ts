import { dayCell } from '../../../src/core/sample';
import { storedInSheets } from '../../../src/core/sample/storedCells';

describe('storedInSheets: what Sheets holds for a sample cell', () => {
  it('types the export text Sheets converts, with a format that shows it the same way', () => {
    expect(storedInSheets('20250401')).toEqual({ value: 20250401, numberFormat: 'General' });
    expect(storedInSheets('¥1,200,000')).toEqual({ value: 1200000, numberFormat: '"¥"#,##0' });
    expect(storedInSheets('2025/04/01')).toEqual({ value: dayCell('2025-04-01'), numberFormat: 'yyyy/mm/dd' });
    expect(storedInSheets('2025/5/7')).toEqual({ value: dayCell('2025-05-07'), numberFormat: 'yyyy/mm/dd' });
    expect(storedInSheets('2025年4月')).toEqual({ value: dayCell('2025-04-01'), numberFormat: 'yyyy"年"m"月"' });
  });

  it('keeps other text as plain text, including "--", "55,000円" and a date that does not exist', () => {
    for (const text of ['--', '55,000円', '2025/13/01', 'google / cpc', '2025年4月1日 - 2026年3月31日']) {
      expect(storedInSheets(text)).toEqual({ value: text, numberFormat: '@' });
    }
  });

  it('leaves numbers, booleans, blanks and date cells as they are', () => {
    expect(storedInSheets(42)).toEqual({ value: 42, numberFormat: 'General' });
    expect(storedInSheets(true)).toEqual({ value: true, numberFormat: 'General' });
    expect(storedInSheets('')).toEqual({ value: '', numberFormat: 'General' });
    expect(storedInSheets(dayCell('2025-04-01'))).toEqual({ value: dayCell('2025-04-01'), numberFormat: 'yyyy-mm-dd' });
  });
});
