import { TARGET_HEADERS, targetsTab } from '../../../src/core/sample/targetsTab';

describe('targetsTab', () => {
  const tab = targetsTab(1500, '目標');

  it('uses the wide layout 月, リード数, 商談数, 受注数, 受注金額', () => {
    expect(tab.values[0]).toEqual([...TARGET_HEADERS]);
  });

  it('has one row per month from 2025年4月 to 2026年3月', () => {
    expect(tab.values.slice(1).map((row) => row[0])).toEqual([
      '2025年4月', '2025年5月', '2025年6月', '2025年7月', '2025年8月', '2025年9月',
      '2025年10月', '2025年11月', '2025年12月', '2026年1月', '2026年2月', '2026年3月',
    ]);
  });

  it('works out April from the plan', () => {
    // Month weights 0.85 + 0.03 × i sum to 12 × 0.85 + 0.03 × 66 = 12.18.
    // April: 1500 × 0.85 / 12.18 × 1.05 = 109.9 → 110 leads; 商談 11; 受注 round(2.75) = 3; 3 × ¥2,000,000.
    expect(tab.values[1]).toEqual(['2025年4月', 110, 11, 3, 6_000_000]);
  });

  it('works out March from the plan', () => {
    // March: 1500 × 1.18 / 12.18 × 1.05 = 152.6 → 150 leads; 商談 15; 受注 round(3.75) = 4; ¥8,000,000.
    expect(tab.values[12]).toEqual(['2026年3月', 150, 15, 4, 8_000_000]);
  });

  describe('edge cases', () => {
    it('keeps at least 10 leads, 1 商談 and 1 受注 a month for tiny plans', () => {
      expect(targetsTab(50, '目標').values[1]).toEqual(['2025年4月', 10, 1, 1, 2_000_000]);
    });
  });
});
