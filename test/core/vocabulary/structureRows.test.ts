import { isBlankRow, isCommentRow, isRepeatedHeaderRow, isTotalLabel, totalLabelColumn } from '../../../src/core/vocabulary/structureRows';

describe('isTotalLabel', () => {
  it.each([['合計'], ['総計'], ['小計'], ['Total'], ['TOTAL'], ['Grand total'], ['合計: アカウント'], ['合計：キャンペーン'], ['Total: Account'], ['Total: Campaigns'], ['  合計  '], ['Ｔｏｔａｌ']])(
    'recognises %j',
    (label) => {
      expect(isTotalLabel(label)).toBe(true);
    },
  );

  describe('edge cases', () => {
    it('does not take names that only start with a total word', () => {
      expect(isTotalLabel('Total Care キャンペーン')).toBe(false);
      expect(isTotalLabel('合計金額の見直し施策')).toBe(false);
      expect(isTotalLabel(0)).toBe(false);
    });

    it.each([['4月計'], ['４月計'], ['2025年4月 小計'], ['12月合計'], ['日計'], ['週計'], ['月計']])('recognises the period total %j of a hand-made sheet', (label) => {
      expect(isTotalLabel(label)).toBe(true);
    });

    it.each([['月計画'], ['4月計画'], ['日計測'], ['4月計画書'], ['月計 キャンペーン']])('does not take %j', (label) => {
      expect(isTotalLabel(label)).toBe(false);
    });
  });
});

describe('totalLabelColumn', () => {
  it('looks at the first three cells, the label columns and the cells past the header', () => {
    expect(totalLabelColumn(['合計: アカウント', '--', '12,345'], [], 3)).toBe(0);
    expect(totalLabelColumn(['', '', 'Total', '5'], [], 4)).toBe(2);
    expect(totalLabelColumn(['', '', '', '', '合計'], [4], 5)).toBe(4);
    expect(totalLabelColumn(['', '', '', '', '合計'], [], 5)).toBe(-1);
    // GA4 exploration: `Grand total` after the last header column.
    expect(totalLabelColumn(['', '', '', '48', '5', '0', '0', '0', '3', 'Grand total'], [], 9)).toBe(9);
  });

  describe('edge cases', () => {
    it('is -1 for ordinary data rows', () => {
      expect(totalLabelColumn(['2025-04-01', 'Brand', '1,200'], [0, 1], 3)).toBe(-1);
    });
  });
});

describe('isRepeatedHeaderRow', () => {
  it('spots a header pasted again', () => {
    expect(isRepeatedHeaderRow(['日付', '費用', 'x'], ['日付', '費用', 'メモ'], [0, 1])).toBe(true);
    expect(isRepeatedHeaderRow(['日付 ', 'ＣＯＳＴ'], ['日付', 'Cost'], [0, 1])).toBe(true);
  });

  it('needs at least half the mapped columns and two when possible', () => {
    expect(isRepeatedHeaderRow(['日付', '1200', '3'], ['日付', '費用', '表示回数'], [0, 1, 2])).toBe(false);
    expect(isRepeatedHeaderRow(['日付'], ['日付'], [0])).toBe(true);
  });

  describe('edge cases', () => {
    it('is false without mapped columns', () => {
      expect(isRepeatedHeaderRow(['日付'], ['日付'], [])).toBe(false);
    });
  });
});

describe('isBlankRow and isCommentRow', () => {
  it('recognise blank rows and # lines', () => {
    expect(isBlankRow([])).toBe(true);
    expect(isBlankRow(['', ' ', null, undefined])).toBe(true);
    expect(isBlankRow(['', 0])).toBe(false);
    expect(isCommentRow(['# 開始日: 20250401'])).toBe(true);
    expect(isCommentRow(['', '  #'])).toBe(true);
    expect(isCommentRow(['2025-04-01', '#1'])).toBe(false);
  });

  describe('edge cases', () => {
    it('does not take a blank row for a comment', () => {
      expect(isCommentRow([])).toBe(false);
    });
  });
});

describe('isTotalLabel: a count after "of" (ad managers\' summary rows)', () => {
  it.each([['Total of 2 campaigns'], ['Total of 12 results'], ['Total of 1,204 ads']])('recognises %j', (label) => {
    expect(isTotalLabel(label)).toBe(true);
  });

  it('does not take names that merely start with "Total of"', () => {
    expect(isTotalLabel('Total of Care campaign')).toBe(false);
    expect(isTotalLabel('Total of 3')).toBe(false);
  });
});
