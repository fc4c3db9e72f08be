/**
 * Golden tests for every channel rule family (design §4.6): each value is written as a user or an
 * export writes it, normalised the way the engine does (labelKey), and placed by the expected rule.
 */
import { classifyChannel, ga4Channel, adPlatformGroup } from '../../../src/core/channels/classifyChannel';
import { CHANNEL_GROUP_LABELS } from '../../../src/core/channels/groups';
import { labelKey } from '../../../src/core/funnel/labels';
import { CHANNEL_GROUP_IDS, type ChannelGroupId, type ChannelRule } from '../../../src/core/model/breakdowns';

type Golden = readonly [value: string, group: ChannelGroupId];

function place(value: string, adTabs: readonly string[] = [], overrides: Readonly<Record<string, ChannelGroupId>> = {}) {
  return classifyChannel(labelKey(value), overrides, { adTabs });
}

function expectFamily(rule: ChannelRule, golden: readonly Golden[], adTabs: readonly string[] = []): void {
  it.each(golden)('%s → %s', (value, group) => {
    expect(place(value, adTabs)).toEqual({ group, rule });
  });
}

describe('classifyChannel', () => {
  describe('the user mapping comes first', () => {
    it('overrides every other rule, keyed by the normalised value', () => {
      expect(place(' Google広告 ', [], { google広告: 'display' })).toEqual({ group: 'display', rule: 'user' });
      expect(place('Organic Search', [], { 'organic search': 'referral' })).toEqual({ group: 'referral', rule: 'user' });
    });

    it('can place the blank channel too', () => {
      expect(place('', [], { '': 'direct' })).toEqual({ group: 'direct', rule: 'user' });
    });

    it('ignores inherited keys of the mapping object', () => {
      expect(place('constructor')).toEqual({ group: 'other', rule: 'unmatched' });
      expect(place('toString')).toEqual({ group: 'other', rule: 'unmatched' });
    });
  });

  describe('blank values are (未設定)', () => {
    expectFamily('blank', [
      ['', 'unassigned'],
      ['   ', 'unassigned'],
      ['(not set)', 'unassigned'],
      ['(未設定)', 'unassigned'],
    ]);
  });

  describe('GA4 default channel groups, English and Japanese UI', () => {
    expectFamily('ga4_channel_group', [
      ['Paid Search', 'paid_search'],
      ['有料検索', 'paid_search'],
      ['Paid Shopping', 'paid_search'],
      ['Display', 'display'],
      ['ディスプレイ', 'display'],
      ['Paid Social', 'paid_social'],
      ['有料ソーシャル', 'paid_social'],
      ['Paid Video', 'video'],
      ['Paid Other', 'other_paid'],
      ['Cross-network', 'other_paid'],
      ['クロスネットワーク', 'other_paid'],
      ['Audio', 'other_paid'],
      ['Organic Search', 'organic_search'],
      ['オーガニック検索', 'organic_search'],
      ['Organic Social', 'organic_social'],
      ['オーガニック ソーシャル', 'organic_social'],
      ['Organic Video', 'organic_social'],
      ['Organic Shopping', 'referral'],
      ['Referral', 'referral'],
      ['参照', 'referral'],
      ['Email', 'email'],
      ['メール', 'email'],
      ['SMS', 'email'],
      ['Direct', 'direct'],
      ['ノーリファラー', 'direct'],
      ['Affiliates', 'affiliates'],
      ['アフィリエイト', 'affiliates'],
      ['Mobile Push Notifications', 'other'],
      ['Unassigned', 'unassigned'],
      ['未割り当て', 'unassigned'],
      // Universal Analytics names still found in old sheets
      ['Social', 'organic_social'],
      ['Other Advertising', 'other_paid'],
      // as the API spells them, and typed in another case
      ['PAID_SEARCH', 'paid_search'],
      ['organic search', 'organic_search'],
    ]);
  });

  describe('HubSpot original / traffic source values', () => {
    expectFamily('hubspot_source', [
      ['Paid search', 'paid_search'], // wins as the GA4 name below; here via the API name
      ['Email marketing', 'email'],
      ['Eメールマーケティング', 'email'],
      ['EMAIL_MARKETING', 'email'],
      ['Social media', 'organic_social'],
      ['SOCIAL_MEDIA', 'organic_social'],
      ['ソーシャル広告', 'paid_social'],
      ['検索連動型広告', 'paid_search'],
      ['Referrals', 'referral'],
      ['リファーラル', 'referral'],
      ['AI referrals', 'referral'],
      ['Direct traffic', 'direct'],
      ['直接トラフィック', 'direct'],
      ['DIRECT_TRAFFIC', 'direct'],
      ['Offline sources', 'contacts'],
      ['オフラインソース', 'contacts'],
      ['OFFLINE', 'contacts'],
      ['Other campaigns', 'other'],
      ['他のキャンペーン', 'other'],
    ].filter(([value]) => value !== 'Paid search') as unknown as Golden[]);

    it('gives a name GA4 and HubSpot share to the GA4 family (same group either way)', () => {
      expect(place('Paid search')).toEqual({ group: 'paid_search', rule: 'ga4_channel_group' });
      expect(place('Organic social')).toEqual({ group: 'organic_social', rule: 'ga4_channel_group' });
      expect(place('PAID_SOCIAL')).toEqual({ group: 'paid_social', rule: 'ga4_channel_group' });
      // GA4's Japanese UI writes オーガニック ソーシャル, HubSpot's オーガニックソーシャル: one name once spaces are ignored
      expect(place('オーガニックソーシャル')).toEqual({ group: 'organic_social', rule: 'ga4_channel_group' });
    });
  });

  describe('the groups’ own names, in both languages', () => {
    const labels = CHANNEL_GROUP_IDS.flatMap((id) => [CHANNEL_GROUP_LABELS[id].ja, CHANNEL_GROUP_LABELS[id].en].map((label) => [label, id] as const));
    it.each(labels)('%s → %s', (label, id) => {
      expect(place(label).group).toBe(id);
    });

    expectFamily('group_name', [
      ['展示会・イベント', 'events'],
      ['展示会', 'events'],
      ['ウェビナー', 'webinars'],
      ['紹介・パートナー', 'partners'],
      ['紹介', 'partners'],
      ['名刺・既存接点', 'contacts'],
      ['SNS（自然）', 'organic_social'],
      ['SNS(自然)', 'organic_social'],
      ['その他の広告', 'other_paid'],
      ['自然検索', 'organic_search'],
      ['その他', 'other'],
      ['Other', 'other'],
    ]);
  });

  describe('source / medium pairs and UTM values by GA4’s default rules', () => {
    expectFamily('source_medium', [
      ['google / cpc', 'paid_search'],
      ['google/cpc', 'paid_search'],
      ['yahoo / cpc', 'paid_search'],
      ['yahoo.co.jp / ppc', 'paid_search'],
      ['bing / paidsearch', 'paid_search'],
      ['facebook / cpc', 'paid_social'],
      ['instagram / paid_social', 'paid_social'],
      ['line / retargeting', 'paid_social'],
      ['youtube / cpv', 'video'],
      ['amazon / cpc', 'paid_search'],
      ['criteo / display', 'display'],
      ['partner-site / banner', 'display'],
      ['newsletter / cpm', 'display'],
      ['taboola / cpc', 'other_paid'],
      ['google / organic', 'organic_search'],
      ['yahoo.co.jp / referral', 'organic_search'],
      ['search.yahoo.co.jp / referral', 'organic_search'],
      ['t.co / referral', 'organic_social'],
      ['facebook.com / referral', 'organic_social'],
      ['b.hatena.ne.jp / referral', 'organic_social'],
      ['ameblo.jp / referral', 'organic_social'],
      ['note.com / referral', 'organic_social'],
      ['smartnews.com / referral', 'organic_social'],
      ['nicovideo.jp / referral', 'organic_social'],
      ['youtube.com / referral', 'organic_social'],
      ['line / social', 'organic_social'],
      ['example.co.jp / referral', 'referral'],
      ['(direct) / (none)', 'direct'],
      ['(direct) / (not set)', 'direct'],
      ['newsletter / email', 'email'],
      ['hs_email / email', 'email'],
      ['a8 / affiliate', 'affiliates'],
      ['podcast / audio', 'other_paid'],
      ['campaign / sms', 'email'],
      ['utm_source=google&utm_medium=cpc', 'paid_search'],
      ['https://lp.example.jp/?utm_source=facebook&utm_medium=paid_social&utm_campaign=spring', 'paid_social'],
      ['https://lp.example.jp/?utm_source=google&utm_medium=cpc&utm_campaign=pmax-cross-network', 'other_paid'],
      ['https://lp.example.jp/?utm_source=google&utm_medium=cpc&utm_campaign=shopping_feed', 'paid_search'],
      ['https://www.google.co.jp/', 'organic_search'],
      ['https://www.facebook.com/groups/x', 'organic_social'],
      ['https://news.example.com/article/1', 'referral'],
      ['yahoo.co.jp', 'organic_search'],
      ['google.de', 'organic_search'],
      ['l.facebook.com', 'organic_social'],
      ['chiebukuro.yahoo.co.jp', 'organic_social'],
      ['shopping.yahoo.co.jp', 'referral'],
      ['zenn.dev', 'organic_social'],
      ['abema.tv', 'organic_social'],
      ['example.com', 'referral'],
      // a known source on its own: unpaid, unless it comes from an ads tab (below)
      ['google', 'organic_search'],
      ['Yahoo', 'organic_search'],
      ['facebook', 'organic_social'],
      ['FB', 'organic_social'],
      ['note', 'organic_social'],
      ['hatena', 'organic_social'],
      ['smartnews', 'organic_social'],
      ['LINE', 'organic_social'],
      ['YouTube', 'organic_social'],
      // a medium on its own
      ['cpc', 'other_paid'],
      ['organic', 'organic_search'],
      ['banner', 'display'],
      ['affiliate', 'affiliates'],
      ['e_mail / newsletter', 'email'],
      ['(direct) / (none)', 'direct'],
    ]);

    describe('a bare source from an ads tab is paid traffic', () => {
      expectFamily(
        'source_medium',
        [
          ['facebook', 'paid_social'],
          ['Instagram', 'paid_social'],
          ['google', 'paid_search'],
          ['yahoo', 'paid_search'],
          ['YouTube', 'video'],
          ['LINE', 'paid_social'],
        ],
        ['広告費'],
      );
    });

    it('leaves two words around a slash to the later families', () => {
      expect(place('展示会/イベント')).toEqual({ group: 'events', rule: 'group_name' });
      expect(place('紹介 / 代理店')).toEqual({ group: 'partners', rule: 'words' });
    });
  });

  describe('ad platforms in values', () => {
    expectFamily('ad_platform', [
      ['Google広告', 'paid_search'],
      ['ｇｏｏｇｌｅ広告', 'paid_search'],
      ['Google Ads', 'paid_search'],
      ['AdWords', 'paid_search'],
      ['グーグル広告', 'paid_search'],
      ['リスティング', 'paid_search'],
      ['リスティング広告', 'paid_search'],
      ['検索広告', 'paid_search'],
      ['Google広告 ディスプレイ', 'display'],
      ['Google Ads - Display', 'display'],
      ['GDN', 'display'],
      ['Google広告 動画', 'video'],
      ['Google広告 P-MAX', 'other_paid'],
      ['Yahoo!広告', 'paid_search'],
      ['Yahoo!広告 検索', 'paid_search'],
      ['Yahoo!広告 ディスプレイ', 'display'],
      ['Yahoo!ディスプレイ広告', 'display'],
      ['YDA', 'display'],
      ['YSA', 'paid_search'],
      ['ヤフー広告', 'paid_search'],
      ['Microsoft広告', 'paid_search'],
      ['Bing Ads', 'paid_search'],
      ['Meta広告', 'paid_social'],
      ['Facebook広告', 'paid_social'],
      ['FB広告', 'paid_social'],
      ['Instagram広告', 'paid_social'],
      ['インスタ広告', 'paid_social'],
      ['LinkedIn広告', 'paid_social'],
      ['LinkedIn Ads', 'paid_social'],
      ['X広告', 'paid_social'],
      ['Twitter広告', 'paid_social'],
      ['LINE広告', 'paid_social'],
      ['TikTok広告', 'paid_social'],
      ['TikTok Ads', 'paid_social'],
      ['YouTube広告', 'video'],
      ['TrueView', 'video'],
      ['SmartNews広告', 'display'],
      ['Criteo', 'display'],
    ]);

    describe('a platform named in an ads tab needs no ad word', () => {
      expectFamily('ad_platform', [['Meta', 'paid_social'], ['Microsoft', 'paid_search'], ['TrueView', 'video']], ['Meta']);
    });

    it('does not find a platform hidden in another word', () => {
      expect(place('オンライン広告')).toEqual({ group: 'other_paid', rule: 'words' });
      expect(place('メタバース展示会')).toEqual({ group: 'events', rule: 'words' });
      expect(place('Meta')).toEqual({ group: 'other', rule: 'unmatched' });
    });

    it('uses the ads tab’s name when the value itself says nothing', () => {
      expect(place('Search', ['Google広告'])).toEqual({ group: 'paid_search', rule: 'ad_platform' });
      expect(place('キャンペーンA', ['Yahoo!広告 ディスプレイ'])).toEqual({ group: 'display', rule: 'ad_platform' });
      expect(place('キャンペーンA', ['広告費'])).toEqual({ group: 'other', rule: 'unmatched' });
    });
  });

  describe('Japanese and English words', () => {
    expectFamily('words', [
      ['SEO', 'organic_search'],
      ['オーガニック', 'organic_search'],
      ['展示会出展', 'events'],
      ['SaaSビジネスEXPO 春', 'events'],
      ['Trade Show', 'events'],
      ['セミナー', 'events'],
      ['Seminar - Partner', 'events'],
      ['イベント（東京）', 'events'],
      ['webinar', 'webinars'],
      ['オンラインセミナー', 'webinars'],
      ['ウェビナー（3月）', 'webinars'],
      ['パートナー紹介', 'partners'],
      ['代理店経由', 'partners'],
      ['Partner Referral', 'partners'],
      ['Employee Referral', 'partners'],
      ['referral partner', 'partners'],
      ['Word of mouth', 'partners'],
      ['名刺交換', 'contacts'],
      ['Sansan', 'contacts'],
      ['Eight', 'contacts'],
      ['既存顧客', 'contacts'],
      ['テレアポ', 'outbound'],
      ['フォーム営業', 'outbound'],
      ['アウトバウンド営業', 'outbound'],
      ['Outbound calls', 'outbound'],
      ['Purchased List', 'outbound'],
      ['購入リスト', 'outbound'],
      ['メルマガ', 'email'],
      ['Newsletter', 'email'],
      ['メール配信', 'email'],
      ['直接流入', 'direct'],
      ['プレスリリース', 'referral'],
      ['PR TIMES', 'referral'],
      ['Public Relations', 'referral'],
      ['外部サイト', 'referral'],
      ['SNS', 'organic_social'],
      ['X', 'organic_social'],
      ['X (旧Twitter)', 'organic_social'],
      ['ASP', 'affiliates'],
      ['リターゲティング', 'display'],
      ['バナー広告', 'display'],
      ['動画', 'video'],
      ['TVCM', 'video'],
      ['交通広告', 'other_paid'],
      ['Advertisement', 'other_paid'],
    ]);

    it('matches English words only as whole words', () => {
      expect(place('product demo')).toEqual({ group: 'other', rule: 'unmatched' });
      expect(place('seoul office')).toEqual({ group: 'other', rule: 'unmatched' });
    });
  });

  describe('everything else falls to その他, keeping the channel', () => {
    expectFamily('unmatched', [
      ['Web', 'other'],
      ['自社サイト', 'other'],
      ['SEM', 'other'],
      ['GA4', 'other'],
      ['+81', 'other'],
      ['=HYPERLINK("http://x","a")', 'other'],
      ['<img src=x onerror=alert(1)>', 'other'],
      ['foo / bar', 'other'],
    ]);
  });
});

describe('ga4Channel', () => {
  it('follows GA4’s order: Direct before anything, cross-network before paid search', () => {
    expect(ga4Channel({ source: '(direct)', medium: '(none)', campaign: null, fromHost: false })).toBe('Direct');
    expect(ga4Channel({ source: 'google', medium: 'cpc', campaign: 'x-cross-network', fromHost: false })).toBe('Cross-network');
    expect(ga4Channel({ source: 'google', medium: 'cpc', campaign: null, fromHost: false })).toBe('Paid Search');
  });

  it('reads retargeting and paid* mediums as paid (the current published regex)', () => {
    expect(ga4Channel({ source: 'facebook', medium: 'retargeting', campaign: null, fromHost: false })).toBe('Paid Social');
    expect(ga4Channel({ source: 'unknown', medium: 'paid_media', campaign: null, fromHost: false })).toBe('Paid Other');
  });

  it('calls an unknown source with an unknown medium Unassigned (null)', () => {
    expect(ga4Channel({ source: 'foo', medium: 'bar', campaign: null, fromHost: false })).toBeNull();
  });
});

describe('adPlatformGroup', () => {
  it('needs an ad word or an ads tab for a platform that is not only advertising', () => {
    expect(adPlatformGroup('facebook', false)).toBeNull();
    expect(adPlatformGroup('facebook', true)).toBe('paid_social');
    expect(adPlatformGroup('yda', false)).toBe('display');
  });
});
