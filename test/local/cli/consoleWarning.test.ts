import type { Warning } from '../../../src/core/model/types';
import { consoleWarning } from '../../../src/local/cli/runReport';

const warning = (tab: string | null, message: string): Warning => ({ tab, row: null, field: null, code: 'unlinked_deals', message });

describe('consoleWarning', () => {
  it('puts the tab in front of a warning that does not name it (the console has no tab headings)', () => {
    expect(consoleWarning(warning('商談', 'このタブの商談3件が、どのリードとも結び付きません。'), 'ja')).toBe('「商談」: このタブの商談3件が、どのリードとも結び付きません。');
    expect(consoleWarning(warning('Deals', '3 deals in this tab match no lead.'), 'en')).toBe('Tab "Deals": 3 deals in this tab match no lead.');
  });

  it('leaves a warning that names its tab, or has none, as it is', () => {
    expect(consoleWarning(warning('リード', '「リード」947行目: 作成日は日付として読めません。'), 'ja')).toBe('「リード」947行目: 作成日は日付として読めません。');
    expect(consoleWarning(warning('Leads', 'Tab "Leads" row 947: not a date.'), 'en')).toBe('Tab "Leads" row 947: not a date.');
    expect(consoleWarning(warning(null, '同じリードの重複行が6行ありました。'), 'ja')).toBe('同じリードの重複行が6行ありました。');
  });
});
