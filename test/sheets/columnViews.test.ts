import { columnViews, sampleText } from '../../src/sheets/columnViews';

/** The add-on formats dates in the spreadsheet's zone; here the UTC day stands in for it. */
const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

describe('columnViews', () => {
  it('gives each column its header and up to three distinct samples from the rows below the header', () => {
    const values = [
      ['キャンペーン レポート', '', ''],
      ['日付', '費用', 'メモ'],
      [new Date(Date.UTC(2025, 3, 1)), 1200, ''],
      [new Date(Date.UTC(2025, 3, 2)), 1200, '  打合せ\n済み '],
      [new Date(Date.UTC(2025, 3, 3)), 900, null],
      [new Date(Date.UTC(2025, 3, 4)), 800, 'x'],
    ];
    expect(columnViews(values, 1, ['日付', '費用', 'メモ'], isoDay)).toEqual([
      { label: '日付', samples: ['2025-04-01', '2025-04-02', '2025-04-03'] },
      { label: '費用', samples: ['1200', '900', '800'] },
      { label: 'メモ', samples: ['打合せ 済み', 'x'] },
    ]);
  });

  it('keeps a column without a header that holds values, and drops trailing empty ones', () => {
    expect(columnViews([['日付', '', ''], ['2025-04-01', 5, '']], 0, ['日付', '', ''], isoDay)).toEqual([
      { label: '日付', samples: ['2025-04-01'] },
      { label: '', samples: ['5'] },
    ]);
  });

  describe('edge cases', () => {
    it('reads nothing above or at the header row, and nothing for an empty tab', () => {
      expect(columnViews([['日付'], ['2025-04-01']], 1, ['2025-04-01'], isoDay)).toEqual([{ label: '2025-04-01', samples: [] }]);
      expect(columnViews([], 0, [], isoDay)).toEqual([]);
    });

    it('writes numbers without binary noise, booleans as Sheets shows them, and cuts long text', () => {
      expect([sampleText(0.1 + 0.2, isoDay), sampleText(false, isoDay), sampleText(new Date(Number.NaN), isoDay)]).toEqual(['0.3', 'FALSE', '']);
      expect(sampleText('あ'.repeat(50), isoDay)).toBe(`${'あ'.repeat(39)}…`);
    });
  });
});
