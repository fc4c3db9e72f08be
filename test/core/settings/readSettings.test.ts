import { readSettings } from '../../../src/core/settings/readSettings';
import { readMappings } from '../../../src/core/settings/readSetup';

describe('readSettings', () => {
  it('reads the plan target as a number or as text the number parser reads, and refuses both at once', () => {
    expect(readSettings({ targetRevenue: '8400万' })).toEqual({ ok: true, settings: { view: 'cohort', language: 'ja', currency: 'JPY', targetRevenue: 84_000_000 } });
    expect(readSettings({ targetCustomers: 12, language: 'en' })).toMatchObject({ ok: true, settings: { targetCustomers: 12 } });
    expect(readSettings({ targetRevenue: -5, language: 'en' })).toEqual({ ok: false, problems: ['targetRevenue must be a number above 0 (e.g. 84000000).'] });
    expect(readSettings({ targetRevenue: 1, targetCustomers: 1, language: 'en' })).toEqual({ ok: false, problems: ['Give either targetRevenue or targetCustomers, not both.'] });
  });

  it('fills the defaults: cohort view, Japanese, JPY, default period', () => {
    expect(readSettings(undefined)).toEqual({ ok: true, settings: { view: 'cohort', language: 'ja', currency: 'JPY' } });
  });

  it('keeps every valid field', () => {
    expect(
      readSettings({ view: 'period', language: 'en', currency: 'usd', from: '2025-04-01', to: '2026-03-31', grossMargin: 0.7, expectedPurchases: 3, scoreBands: [0, 50] })
    ).toEqual({
      ok: true,
      settings: { view: 'period', language: 'en', currency: 'USD', from: '2025-04-01', to: '2026-03-31', grossMargin: 0.7, expectedPurchases: 3, scoreBands: [0, 50] },
    });
  });

  it('treats blank optional fields as not given', () => {
    expect(readSettings({ from: '', grossMargin: null, currency: '' })).toEqual({ ok: true, settings: { view: 'cohort', language: 'ja', currency: 'JPY' } });
  });

  it('lists every problem in the requested language', () => {
    const result = readSettings({ language: 'en', view: 'weekly', from: '2025/04/01', grossMargin: 150, scoreBands: [50, 20] });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems).toEqual([
      'view must be "cohort" or "period".',
      'from must be a date written YYYY-MM-DD, such as 2025-04-01 (got "2025/04/01").',
      'grossMargin must be above 0 and at most 100%, written as 0.7, 70 or 70% (a number up to 1 is a fraction; a number above 1, or with %, is a percent).',
      'scoreBands must be numbers in ascending order, e.g. [0, 20, 40, 60, 80].',
    ]);
  });

  it('reads a gross margin by the one rule of the sidebar and the CLI: 0.7, 70 and "70%" are all 70%', () => {
    const margin = (grossMargin: unknown): unknown => {
      const result = readSettings({ grossMargin });
      return result.ok ? result.settings.grossMargin : 'refused';
    };
    expect([0.7, 70, '70', '70%', '０．７', 1, '1%', '0.5%'].map(margin)).toEqual([0.7, 0.7, 0.7, 0.7, 0.7, 1, 0.01, 0.005]);
    expect([0, -0.2, 101, '0%', '70 %%', 'seventy', true].map(margin)).toEqual(Array(7).fill('refused'));
  });

  describe('edge cases', () => {
    it('rejects an impossible day and a reversed period', () => {
      expect(readSettings({ from: '2025-02-29' }).ok).toBe(false);
      const reversed = readSettings({ from: '2025-05-01', to: '2025-04-01' });
      expect(reversed.ok ? [] : reversed.problems).toEqual(['開始日（from）が終了日（to）より後になっています。開始日は終了日と同じか、それより前の日付にしてください。']);
    });

    it('accepts the leap day of a leap year', () => {
      expect(readSettings({ to: '2024-02-29' }).ok).toBe(true);
    });

    it('rejects a non-object', () => {
      expect(readSettings('cohort').ok).toBe(false);
    });
  });
});

describe('readMappings', () => {
  it('keeps well-formed mappings and only the fields of their kind', () => {
    expect(readMappings([{ tab: '広告', kind: 'ads', headerRow: 2, columns: { date: 0, cost: 1, created_date: 3, clicks: -1 }, channel: ' Google広告 ' }])).toEqual([
      { tab: '広告', kind: 'ads', headerRow: 2, columns: { date: 0, cost: 1 }, channel: 'Google広告' },
    ]);
  });

  it('drops malformed entries and duplicates of a tab', () => {
    expect(
      readMappings([{ tab: 'a', kind: 'nonsense', headerRow: 0 }, { tab: 'b', kind: null, headerRow: 0, columns: {} }, { tab: 'b', kind: 'ads', headerRow: 0 }, 'x', null])
    ).toEqual([{ tab: 'b', kind: null, headerRow: 0, columns: {} }]);
  });

  it('keeps the wide metrics of a targets tab', () => {
    expect(readMappings([{ tab: '目標', kind: 'targets', headerRow: 0, columns: { month: 0 }, wideMetrics: { 1: 'leads', 2: 'bogus' } }])).toEqual([
      { tab: '目標', kind: 'targets', headerRow: 0, columns: { month: 0 }, wideMetrics: { 1: 'leads' } },
    ]);
  });

  it('gives nothing for anything but an array', () => {
    expect(readMappings({ tab: 'x' })).toEqual([]);
    expect(readMappings(undefined)).toEqual([]);
  });
});
