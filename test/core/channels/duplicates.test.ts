import { duplicateReason, likelyDuplicates, type AuditedChannel } from '../../../src/core/channels/duplicates';
import { classifyChannel } from '../../../src/core/channels/classifyChannel';
import { labelKey } from '../../../src/core/funnel/labels';
import type { DuplicateReason } from '../../../src/core/model/breakdowns';

/** A channel as the engine audits it: normalised and placed by the real rules. */
function channel(value: string, rows = 10): AuditedChannel {
  const key = labelKey(value);
  return { key, rows, ...classifyChannel(key) };
}

describe('duplicateReason', () => {
  const pairs: readonly (readonly [string, string, DuplicateReason])[] = [
    ['Google Ads', 'Google広告', 'same_name'],
    ['AdWords', 'Google広告', 'same_name'],
    ['グーグル広告', 'Google広告', 'same_name'],
    ['FB', 'Facebook', 'same_name'],
    ['フェイスブック', 'Facebook', 'same_name'],
    ['ヤフー広告', 'Yahoo!広告', 'same_name'],
    ['インスタ', 'Instagram', 'same_name'],
    ['Yahoo広告', 'Yahoo!広告', 'spelling'],
    ['展示会 (東京)', '展示会（東京）', 'spelling'],
    ['ウエビナー', 'ウェビナー', 'same_name'],
    ['webinar', 'ウェビナー', 'same_name'],
    ['まーけてぃんぐセミナ', 'マーケティングセミナー', 'kana'],
    ['メディア', 'media', 'romaji'],
    ['デモ', 'demo', 'romaji'],
    ['Googel広告', 'Google広告', 'spelling'],
    ['Linkdin', 'LinkedIn', 'spelling'],
    ['パートナ紹介', 'パートナー紹介', 'kana'],
    ['Refferal', 'Referral', 'spelling'],
  ];

  it.each(pairs)('%s ↔ %s: %s (both directions)', (a, b, reason) => {
    expect(duplicateReason(channel(a), channel(b))).toBe(reason);
    expect(duplicateReason(channel(b), channel(a))).toBe(reason);
  });

  const distinct: readonly (readonly [string, string])[] = [
    ['SEO', 'SEM'],
    ['セミナー1', 'セミナー2'],
    ['SaaSビジネスEXPO 春', 'SaaSビジネスEXPO 秋'],
    ['展示会(東京)', '展示会(大阪)'],
    ['Google広告', 'Yahoo!広告'],
    ['紹介', '名刺'],
    ['Web', 'Webinar'],
    ['Referal partner program', 'Referral partner program'],
    ['X', 'LINE'],
    // a GA4 or HubSpot category beside a source of the same group is by design
    ['Organic Search', '自然検索'],
    ['Email', 'メルマガ'],
    ['Paid Search', 'Google広告'],
  ];

  it.each(distinct)('%s ↔ %s are not flagged (both directions)', (a, b) => {
    expect(duplicateReason(channel(a), channel(b))).toBeNull();
    expect(duplicateReason(channel(b), channel(a))).toBeNull();
  });

  it('never pairs the blank channel or a channel with itself', () => {
    expect(duplicateReason(channel(''), channel('(not set)'))).toBeNull();
    expect(duplicateReason(channel('Google広告'), channel('google広告'))).toBeNull();
  });
});

describe('likelyDuplicates', () => {
  it('lists each pair once, in the order of the channels given', () => {
    const channels = ['Google広告', 'Yahoo!広告', 'Google Ads', 'AdWords', 'FB', 'Facebook'].map((value) => channel(value));
    expect(likelyDuplicates(channels)).toEqual([
      { first: 'google広告', second: 'google ads', reason: 'same_name' },
      { first: 'google広告', second: 'adwords', reason: 'same_name' },
      { first: 'google ads', second: 'adwords', reason: 'same_name' },
      { first: 'fb', second: 'facebook', reason: 'same_name' },
    ]);
  });

  it('finds folded names among thousands of channels, and checks spelling only among the busiest', () => {
    const many = Array.from({ length: 3000 }, (_, index) => channel(`キャンペーン番号${index}`, 1));
    const found = likelyDuplicates([channel('Google広告', 500), ...many, channel('google ads', 1), channel('Googel広告', 1)]);
    // 'Googel広告' has one row and 3,000 others are as busy: only the folded-name pair is certain to be checked.
    expect(found).toContainEqual({ first: 'google広告', second: 'google ads', reason: 'same_name' });
    expect(found.every((pair) => !pair.first.startsWith('キャンペーン'))).toBe(true);
  });
});
