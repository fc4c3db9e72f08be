import { ltvNotes } from '../../../src/core/funnel/notes';
import type { FunnelSettings } from '../../../src/core/model/types';

const base: FunnelSettings = { view: 'cohort', language: 'ja', currency: 'JPY' };

describe('ltvNotes', () => {
  it('says LTV was not computed, naming both missing inputs and where to enter them', () => {
    expect(ltvNotes(base)).toEqual([
      'LTV と LTV/CAC は計算していません（粗利率と1顧客あたりの想定購入回数が未入力のため）。サイドバーの「集計の設定」で入力すると計算します。',
    ]);
  });

  it('names only the input that is missing, in English too', () => {
    expect(ltvNotes({ ...base, language: 'en', expectedPurchases: 3 })).toEqual([
      'LTV and LTV/CAC were not computed: no value was given for gross margin. Fill in Report settings in the sidebar to compute them.',
    ]);
  });

  describe('edge cases', () => {
    it('has nothing to say when both inputs are given', () => {
      expect(ltvNotes({ ...base, grossMargin: 0.7, expectedPurchases: 3 })).toEqual([]);
    });
  });
});
