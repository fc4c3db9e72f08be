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
    expect(assumedDateOrderMessage({ tab: 'リード', column: '作成日', locale: 'ja_JP', order: 'ymd', example: '25/4/5', reading: '2025-04-05' }, 'ja')).toBe(
      '「リード」の「作成日」列の日付は、どれも日と月のどちらが先か値からは判別できないため、スプレッドシートの地域設定（ja_JP）に合わせて「年/月/日」の順で読みました（「25/4/5」 → 2025-04-05）。違う場合は 2025-04-05 のような「年-月-日」の形に直してください。',
    );
    expect(assumedDateOrderMessage({ tab: 'Leads', column: 'Create Date', locale: 'en_GB', order: 'dmy', example: '4/5/2025', reading: '2025-05-04' }, 'en')).toBe(
      '"Leads", column "Create Date": no date in it shows whether the day or the month comes first, so they were read as day/month/year, the order of the spreadsheet locale (en_GB): "4/5/2025" is 2025-05-04. If that is wrong, write the dates as year-month-day, e.g. 2025-04-05.',
    );
  });

  describe('edge cases', () => {
    it('join several missing fields with the separator of the language', () => {
      expect(unusableTabMessage('目標', 12, '目標', ['月', '指標', '目標値'], 'ja')).toContain('（月、指標、目標値）');
    });
  });
});
