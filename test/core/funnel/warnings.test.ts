import {
  costWithoutLeadsWarning,
  duplicateLeadsWarning,
  leadsWithoutCostWarning,
  unlinkedDealsWarnings,
} from '../../../src/core/funnel/warnings';
import { deal } from './builders';

describe('duplicateLeadsWarning', () => {
  it('says how many rows were merged, in Japanese', () => {
    expect(duplicateLeadsWarning(3, 'ja')).toEqual({
      tab: null,
      row: null,
      field: 'lead_id',
      code: 'duplicate_leads_merged',
      message: '同じリードの重複行が3行あったため、元のリードにまとめて数えました（リードIDが同じ行、リードIDがない行はメールアドレスが同じ行を重複とみなします）。',
    });
  });

  it('gives nothing when no rows were merged', () => {
    expect(duplicateLeadsWarning(0, 'en')).toBeNull();
  });
});

describe('unlinkedDealsWarnings', () => {
  it('gives one warning per tab naming the first five rows in order', () => {
    const deals = [9, 3, 15, 4, 7, 21, 30].map((row) => deal({ created: '2025-04-01', row, tab: '商談' }));
    const [warning, ...rest] = unlinkedDealsWarnings([...deals, deal({ created: '2025-04-01', row: 2, tab: 'HubSpot取引' })], 'ja');
    expect(rest).toHaveLength(1);
    expect(warning).toMatchObject({ tab: 'HubSpot取引', row: null, code: 'unlinked_deals' });
    expect(rest[0]?.message).toBe(
      'このタブの商談7件が、どのリードとも結び付きません（3、4、7、9、15行目ほか2件）。リードIDまたはメールアドレスがリードのタブと一致しているか確認してください。集計方法が「コホート」の場合は集計に含めず、「期間」の場合は商談自身の日付とチャネルで集計します。',
    );
  });

  it('words a single deal in the singular in English', () => {
    expect(unlinkedDealsWarnings([deal({ created: '2025-04-01', row: 4 })], 'en')[0]?.message).toBe(
      '1 deal in this tab matches no lead (row 4). Check that its lead ID or email matches the leads tab. The cohort view leaves it out; the period view counts it by its own dates and channel.',
    );
  });
});

describe('costWithoutLeadsWarning', () => {
  it('names the channels', () => {
    expect(costWithoutLeadsWarning(['展示会', 'Yahoo!広告'], 'ja')?.message).toBe(
      '費用があるのにリードが0件のチャネルがあります: 「展示会」、「Yahoo!広告」。広告とリードでチャネル名の表記が違っていないか確認してください。',
    );
  });
});

describe('leadsWithoutCostWarning', () => {
  it('names the channels and says free channels are fine', () => {
    expect(leadsWithoutCostWarning(['Referral'], 'en')).toEqual({
      tab: null,
      row: null,
      field: 'channel',
      code: 'channel_leads_without_cost',
      message:
        'Some channels have leads but no cost: "Referral". That is expected for free channels (referrals, organic search); otherwise check that the channel names are spelled the same in the ad and lead data.',
    });
  });
});

describe('edge cases', () => {
  it('gives no warnings for no unlinked deals and no channels', () => {
    expect(unlinkedDealsWarnings([], 'ja')).toEqual([]);
    expect(costWithoutLeadsWarning([], 'ja')).toBeNull();
    expect(leadsWithoutCostWarning([], 'en')).toBeNull();
  });
});
