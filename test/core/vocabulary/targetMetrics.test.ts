import { mentionsTarget, targetMetricFromText } from '../../../src/core/vocabulary/targetMetrics';

describe('targetMetricFromText', () => {
  it.each([
    ['リード数', 'leads'],
    ['Leads', 'leads'],
    ['MQL数', 'mql'],
    ['SQL', 'sql'],
    ['商談数', 'opportunities'],
    ['Opportunities', 'opportunities'],
    ['受注数', 'won'],
    ['新規顧客数', 'won'],
    ['受注金額', 'revenue'],
    ['売上', 'revenue'],
    ['Revenue', 'revenue'],
    ['費用', 'cost'],
    ['広告費', 'cost'],
    ['予算', 'cost'],
    ['セッション', 'sessions'],
    ['表示回数', 'impressions'],
    ['クリック数', 'clicks'],
  ])('reads %j as %s', (text, metric) => {
    expect(targetMetricFromText(text)).toBe(metric);
  });

  it.each([
    ['リード数目標', 'leads'],
    ['目標リード数', 'leads'],
    ['売上目標', 'revenue'],
    ['受注金額（目標）', 'revenue'],
    ['Leads target', 'leads'],
    ['Revenue goal', 'revenue'],
    ['商談数の目標', 'opportunities'],
  ])('ignores target words around the metric in %j', (text, metric) => {
    expect(targetMetricFromText(text)).toBe(metric);
  });

  describe('edge cases', () => {
    it('returns null for unknown metrics, a bare target word and non-text', () => {
      expect(targetMetricFromText('粗利')).toBeNull();
      expect(targetMetricFromText('目標')).toBeNull();
      expect(targetMetricFromText(100)).toBeNull();
      expect(targetMetricFromText(null)).toBeNull();
    });
  });
});

describe('mentionsTarget', () => {
  it('finds target and plan words', () => {
    expect(mentionsTarget('2025年度 目標')).toBe(true);
    expect(mentionsTarget('Targets')).toBe(true);
    expect(mentionsTarget('広告予算')).toBe(true);
  });

  describe('edge cases', () => {
    it('is false for ordinary tab names', () => {
      expect(mentionsTarget('広告実績')).toBe(false);
    });
  });
});
