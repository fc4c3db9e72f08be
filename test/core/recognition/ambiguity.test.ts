/** Recognition where two kinds both fit, and headers split over two rows. */
import { isNoteRow } from '../../../src/core/vocabulary/structureRows';
import { recognizeTab } from '../../../src/core/recognition/recognizeTab';

describe('recognizeTab when leads and deals both fit', () => {
  it('reads a hand-made leads tab with 受注日 and ステータス as leads', () => {
    const values = [
      ['リードID', '作成日', '受注日', 'ステータス'],
      ['L1', '2025-04-01', '2025-04-20', '受注'],
    ];
    expect(recognizeTab('リード', values).mapping.kind).toBe('leads');
    expect(recognizeTab('Sheet1', values).mapping.kind).toBe('leads');
  });

  it('lets the tab name decide between two usable kinds', () => {
    const values = [
      ['作成日', '受注日', 'ステータス'],
      ['2025-04-01', '2025-04-20', '受注'],
    ];
    expect(recognizeTab('商談', values).mapping.kind).toBe('deals');
    expect(recognizeTab('リード', values).mapping.kind).toBe('leads');
  });

  it('still reads a HubSpot deals export as deals', () => {
    const values = [
      ['Record ID', 'Deal Name', 'Deal Stage', 'Amount', 'Close Date', 'Create Date'],
      ['1', 'A社 導入', 'closedwon', '1200000', '2025-05-01', '2025-04-01'],
    ];
    expect(recognizeTab('export', values).mapping.kind).toBe('deals');
  });
});

describe('two-row headers', () => {
  it('merges a group label row with the sub-column row below it', () => {
    const recognition = recognizeTab('広告', [
      ['日付', '媒体', '実績', '', ''],
      ['', '', '費用', '表示回数', 'クリック数'],
      ['2025-04-01', 'Google広告', 1000, 100, 10],
    ]);
    expect(recognition.mapping).toMatchObject({ kind: 'ads', headerRow: 1, columns: { date: 0, channel: 1, cost: 2, impressions: 3, clicks: 4 } });
    expect(recognition.headerLabels).toEqual(['日付', '媒体', '費用', '表示回数', 'クリック数']);
  });

  it('leaves an ordinary header alone when the first data row has blanks', () => {
    const recognition = recognizeTab('広告', [
      ['日付', '媒体', '費用', '表示回数'],
      ['2025-04-01', '', 1000, ''],
    ]);
    expect(recognition.mapping.headerRow).toBe(0);
  });
});

describe('isNoteRow', () => {
  it('is a single cell starting with #', () => {
    expect(isNoteRow(['# 合計は除外', '', ''])).toBe(true);
  });

  it('is not a data row whose first cell is an error value or a # label', () => {
    expect(isNoteRow(['#N/A', '2025-04-01'])).toBe(false);
    expect(isNoteRow(['#1 キャンペーン', 1200])).toBe(false);
  });

  it('is not a blank row', () => {
    expect(isNoteRow(['', ''])).toBe(false);
  });
});
