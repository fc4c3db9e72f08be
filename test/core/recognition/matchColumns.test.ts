import { fieldForHeader, matchColumns } from '../../../src/core/recognition/matchColumns';

describe('fieldForHeader', () => {
  it('resolves the same header by kind', () => {
    expect(fieldForHeader('ads', '表示回数')).toEqual({ field: 'impressions', rank: 0 });
    expect(fieldForHeader('traffic', '表示回数')).toBeNull();
    expect(fieldForHeader('ads', 'クリック数')?.field).toBe('clicks');
    expect(fieldForHeader('email', 'クリック数')?.field).toBe('clicks');
    expect(fieldForHeader('leads', '金額')?.field).toBe('amount');
    expect(fieldForHeader('deals', '金額')?.field).toBe('amount');
    expect(fieldForHeader('leads', '受注日')?.field).toBe('won_date');
    expect(fieldForHeader('deals', '受注日')?.field).toBe('close_date');
  });

  it('matches HubSpot stage-date patterns in leads tabs only', () => {
    expect(fieldForHeader('leads', 'Became a Customer Date')?.field).toBe('won_date');
    expect(fieldForHeader('deals', 'Became a Customer Date')).toBeNull();
  });

  describe('edge cases', () => {
    it('returns null for blank headers', () => {
      expect(fieldForHeader('ads', '')).toBeNull();
      expect(fieldForHeader('ads', null)).toBeNull();
    });
  });
});

describe('matchColumns', () => {
  it('prefers the earlier alias when two columns match one field', () => {
    // Google Ads: コンバージョン is preferred to すべてのコンバージョン, wherever the columns stand.
    expect(matchColumns('ads', ['すべてのコンバージョン', 'コンバージョン']).columns).toEqual({ conversions: 1 });
    // HubSpot: Create Date beats Became a Lead Date.
    expect(matchColumns('leads', ['Became a Lead Date', 'Create Date']).columns).toEqual({ created_date: 1 });
  });

  it('prefers the amount without consumption tax to the same amount with it, wherever it stands', () => {
    expect(matchColumns('deals', ['受注日', '金額（税込）', '金額（税抜）']).columns).toEqual({ close_date: 0, amount: 2 });
    expect(matchColumns('ads', ['日付', '費用(税込)', '費用']).columns).toEqual({ date: 0, cost: 2 });
    // A more preferred alias still wins over a less preferred one without 税込.
    expect(matchColumns('ads', ['日付', '費用（税込）', 'ご利用金額(税抜)']).columns).toEqual({ date: 0, cost: 1 });
  });

  it('lists the matches by column', () => {
    expect(matchColumns('ads', ['費用', '日']).matches.map((match) => match.column)).toEqual([0, 1]);
  });

  describe('edge cases', () => {
    it('maps nothing for an empty header row', () => {
      expect(matchColumns('leads', []).columns).toEqual({});
    });
  });
});
