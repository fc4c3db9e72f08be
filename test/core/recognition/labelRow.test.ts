/** A header row looks like labels (design §3.2.1). */
import { looksLikeId, looksLikeLabels, looksLikeValue } from '../../../src/core/recognition/labelRow';
import { recognizeTab } from '../../../src/core/recognition/recognizeTab';

describe('looksLikeValue', () => {
  it('tells values from labels', () => {
    const values = ['2025-04-01', '9/6/2018 0:06:16', '20230625', '1,234', '¥1,200', '44.6%', 'taro@example.co.jp', '090-1234-5678', 'https://example.com/', 'TRUE', 'false'];
    const labels = ['日付', 'Create Date', 'Email', 'email', 'Lead', 'social', 'Sessions', 'Impr.', 'Avg. CPC', 'Cost / conv.', 'hs_v2_date_entered_lead', 'utm_source'];
    expect(values.filter((value) => !looksLikeValue(value))).toEqual([]);
    expect(labels.filter((label) => looksLikeValue(label))).toEqual([]);
  });

  it('treats numbers, booleans and date objects in cells as values', () => {
    expect([45812, true, new Date(Date.UTC(2025, 3, 1))].map(looksLikeValue)).toEqual([true, true, true]);
    expect([null, undefined, '', '  '].map(looksLikeValue)).toEqual([false, false, false, false]);
  });
});

describe('looksLikeId', () => {
  it('recognises record ids and hashes from real exports', () => {
    // HubSpot dummy portal, Salesforce Data Loader, a Fivetran hashed column, Kaggle CRM ids, a Mailchimp id.
    const ids = ['CONT-03a4142c-188d-4855-ae0e-951b7f32137e', '006dN00000DrvOrQAJ', '9CcfAt8qtZvCTwFvwOFLcg==', 'P200', 'A1061', '1C1I7A6R', '7641e1d14a'];
    expect(ids.filter((id) => !looksLikeId(id))).toEqual([]);
  });

  it('does not take field names with a digit for ids', () => {
    const names = ['hs_v2_date_entered_opportunity', 'address2', 'GA4', 'Q1', 'B2B', 'date_entered_stage_12'];
    expect(names.filter(looksLikeId)).toEqual([]);
  });
});

describe('looksLikeLabels', () => {
  it('rejects rows of values even when one cell equals an alias or a status word', () => {
    // A GA4 table row whose channel is "Email", a HubSpot contact whose lifecycle stage is "Lead",
    // a two-cell traffic row: each has a cell that is also a header word.
    expect(looksLikeLabels(['Email', '2', '3', '2', '17', '1', '4.333333333', '0.666666667', '13', '0', '0'])).toBe(false);
    expect(looksLikeLabels(['CONT-41eb4c68', 'Laura', 'Smith', 'sherry54@example.net', 'Lead', '2022-05-12'])).toBe(false);
    expect(looksLikeLabels(['social', '120'])).toBe(false);
  });

  it('accepts header rows, a stray number among many labels included', () => {
    expect(looksLikeLabels(['日付', '媒体', '費用', '表示回数'])).toBe(true);
    expect(looksLikeLabels(['Campaign', 'Budget', 'Clicks', 'Impr.', '2025'])).toBe(true);
  });

  describe('edge cases', () => {
    it('is false for a blank row', () => {
      expect(looksLikeLabels(['', null, '  '])).toBe(false);
    });
  });
});

describe('header-row detection on headerless and value rows', () => {
  it('never takes a row of values as the header, so a headerless lead list is refused, not misread', () => {
    const values = [
      ['2025-04-01', 'taro@example.co.jp', 'email', 'Lead'],
      ['2025-04-02', 'hanako@example.co.jp', 'social', 'Lead'],
    ];
    const recognition = recognizeTab('シート1', values);
    expect(recognition.mapping.kind).toBeNull();
    expect(recognition.candidates).toEqual([]);
  });

  it('finds the header below a value row that holds an alias word', () => {
    const values = [
      ['email', '2025-04-01', '120'],
      ['日付', 'チャネル', 'セッション'],
      ['2025-04-01', 'email', '120'],
    ];
    expect(recognizeTab('GA4', values).mapping).toMatchObject({ kind: 'traffic', headerRow: 1, columns: { date: 0, channel: 1, sessions: 2 } });
  });

  it('does not merge a data row into the header as a second header row', () => {
    // The first data row leaves the 媒体 column blank and has "email" under 費用's neighbour: it is data.
    const values = [
      ['日付', '媒体', 'セッション'],
      ['2025-04-01', '', '120'],
      ['2025-04-02', 'email', '80'],
    ];
    expect(recognizeTab('アクセス', values).mapping).toMatchObject({ kind: 'traffic', headerRow: 0 });
  });
});
