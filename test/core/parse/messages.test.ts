import {
  assumedDateOrderMessage,
  headerNotFoundMessage,
  missingRequiredMessage,
  negativeValueMessage,
  unreadableDateMessage,
  unusableTabMessage,
} from '../../../src/core/parse/messages';

describe('row messages', () => {
  it('name the tab, the row, the field and the value, and say what was done', () => {
    expect(unreadableDateMessage({ tab: 'Leads', row: 12 }, 'created date', 'R7.2.30', 'impossible_date', 'row_skipped', 'en')).toBe(
      '"Leads" row 12: created date "R7.2.30" is not a real calendar day or time. The row was skipped. Use a form such as 2025-04-01, 2025/4/1 or Apr 1, 2025.',
    );
    expect(missingRequiredMessage({ tab: '広告', row: 3 }, '費用', 'ja')).toBe(
      '「広告」3行目: 費用が空欄です。この行は集計から除外しました。値を入力するか、データの行でなければ削除してください。',
    );
    expect(negativeValueMessage({ tab: '広告', row: 3 }, '費用', '-500', 'value_kept', 'ja')).toBe(
      '「広告」3行目: 費用「-500」がマイナスです。この値はそのまま集計に含めました。返金や調整であれば問題ありません。',
    );
  });

  describe('edge cases', () => {
    it('explain a value treated as blank', () => {
      expect(unreadableDateMessage({ tab: 'L', row: 2 }, 'MQL日', 'abc', 'not_a_date', 'value_blank', 'ja')).toContain(
        'この値は空欄として扱いました。',
      );
    });
  });
});

describe('tab messages', () => {
  it('explain why a tab was not read, in both languages', () => {
    expect(unusableTabMessage('Ads', 1, 'Ads', ['date', 'cost'], 'en')).toBe(
      'Tab "Ads" (1 row) was not read: the columns it needs as Ads data (date, cost) are not mapped. Choose them under column mapping in the sidebar.',
    );
    expect(headerNotFoundMessage('Ads', 4, 'en')).toBe(
      'Tab "Ads" has no header row at row 4, so it was not read. Press Reload in the sidebar and check the setup of this tab.',
    );
    expect(assumedDateOrderMessage('リード', '作成日', 'ja')).toBe(
      '「リード」の作成日列にある 4/5/2025 のような日付は、「月/日/年」として読みました。「日/月/年」で入力している場合は、2025-05-04 の形に直してください。',
    );
  });

  describe('edge cases', () => {
    it('join several missing fields with the separator of the language', () => {
      expect(unusableTabMessage('目標', 12, '目標', ['月', '指標', '目標値'], 'ja')).toContain('（月、指標、目標値）');
    });
  });
});
