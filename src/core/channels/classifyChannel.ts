/**
 * Puts a channel in its group (design §4.6). Rule families are tried in order, first match wins:
 * the user's mapping; GA4 channel group names; HubSpot source values; a group's own name;
 * `source / medium` pairs and UTM values by GA4's default rules; ad platforms in the value (or in
 * the name of the ads tab it came from); Japanese and English words; otherwise その他.
 */
import type { ChannelGroupId, ChannelGroupOverrides, ChannelRule } from '../model/breakdowns';
import { normalizeText } from '../text/normalize';
import { anyWord, compactText, exactIndex, type WordTest } from './matchText';
import { channelTables } from './rules/channelWordsAsset';
import {
  DIRECT_SOURCES,
  DISPLAY_MEDIUMS,
  EMAIL_NAMES,
  NONE_MEDIUMS,
  PAID_MEDIUM,
  REFERRAL_MEDIUMS,
  SHOPPING_CAMPAIGN,
  SOCIAL_MEDIUMS,
  VIDEO_MEDIUM,
  type Ga4ManualChannel,
} from './rules/ga4SourceMedium';
import { GROUP_NAME_ENTRIES } from './rules/groupNames';
import { readTouch, sourceCategory, type Touch } from './touch';

export interface ChannelPlacement {
  readonly group: ChannelGroupId;
  readonly rule: ChannelRule;
}

/** What else is known about a channel besides its value. */
export interface ChannelContext {
  /** Names of the ads tabs the channel appears in (it carries cost there), in a stable order. */
  readonly adTabs: readonly string[];
}

const NO_CONTEXT: ChannelContext = { adTabs: [] };

interface CompiledPlatform {
  readonly group: ChannelGroupId;
  readonly name: WordTest;
  readonly adName: WordTest | null;
}

/** The rule tables, compiled for matching. */
interface Rules {
  readonly groupNames: ReadonlyMap<string, ChannelGroupId>;
  readonly ga4Names: ReadonlyMap<string, ChannelGroupId>;
  readonly hubspotNames: ReadonlyMap<string, ChannelGroupId>;
  readonly platforms: readonly CompiledPlatform[];
  readonly adWord: WordTest;
  readonly searchAd: WordTest;
  readonly campaignTypes: readonly { readonly group: ChannelGroupId; readonly test: WordTest }[];
  readonly words: readonly { readonly group: ChannelGroupId; readonly test: WordTest }[];
}

/** Compiled on first use: every execution loads the whole file, a custom function too (design §10). */
let compiled: Rules | null = null;

function rules(): Rules {
  if (compiled) return compiled;
  // The tables are read from their project file (design §10), like the header vocabulary.
  const tables = channelTables();
  compiled = {
    groupNames: exactIndex(GROUP_NAME_ENTRIES),
    ga4Names: exactIndex(tables.ga4ChannelGroups),
    hubspotNames: exactIndex(tables.hubspotSources),
    platforms: tables.adPlatforms.map((platform) => ({
      group: platform.group,
      name: anyWord(platform.names),
      adName: platform.adNames ? anyWord(platform.adNames) : null,
    })),
    adWord: anyWord(tables.adWords),
    searchAd: anyWord(tables.searchAdNames),
    campaignTypes: tables.campaignTypes.map((entry) => ({ group: entry.group, test: anyWord(entry.words) })),
    words: tables.words.map((entry) => ({ group: entry.group, test: anyWord(entry.words) })),
  };
  return compiled;
}

function ga4Group(channel: Ga4ManualChannel): ChannelGroupId {
  return rules().ga4Names.get(compactText(channel)) ?? 'other';
}

/**
 * GA4's default channel for a touch (https://support.google.com/analytics/answer/9756891, channels
 * for manual traffic), or `null` when GA4 would call it Unassigned. A bare source from an ads tab
 * is paid traffic, so its medium is taken as paid.
 *
 * @example
 * ga4Channel({ source: 'yahoo', medium: 'cpc', campaign: null, fromHost: false })
 * //=> 'Paid Search'
 * ga4Channel({ source: 'facebook', medium: null, campaign: null, fromHost: false })
 * //=> 'Organic Social'
 */
export function ga4Channel(touch: Touch, paid = false): Ga4ManualChannel | null {
  const source = touch.source ?? '';
  const medium = touch.medium ?? (paid && touch.source !== null && !touch.fromHost ? 'cpc' : '');
  const campaign = touch.campaign ?? '';
  const category = touch.source === null ? null : sourceCategory(source);
  const paidMedium = PAID_MEDIUM.test(medium);
  const shoppingCampaign = SHOPPING_CAMPAIGN.test(campaign);
  if (DIRECT_SOURCES.includes(source) && (medium === '' || NONE_MEDIUMS.includes(medium))) return 'Direct';
  if (campaign.includes('cross-network')) return 'Cross-network';
  if ((category === 'shopping' || shoppingCampaign) && paidMedium) return 'Paid Shopping';
  if (category === 'search' && paidMedium) return 'Paid Search';
  if (category === 'social' && paidMedium) return 'Paid Social';
  if (category === 'video' && paidMedium) return 'Paid Video';
  if (DISPLAY_MEDIUMS.includes(medium)) return 'Display';
  if (paidMedium) return 'Paid Other';
  if (category === 'shopping' || shoppingCampaign) return 'Organic Shopping';
  if (category === 'social' || SOCIAL_MEDIUMS.includes(medium)) return 'Organic Social';
  if (category === 'video' || VIDEO_MEDIUM.test(medium)) return 'Organic Video';
  if (category === 'search' || medium === 'organic') return 'Organic Search';
  if (REFERRAL_MEDIUMS.includes(medium)) return 'Referral';
  if (EMAIL_NAMES.includes(source) || EMAIL_NAMES.includes(medium)) return 'Email';
  if (medium === 'affiliate') return 'Affiliates';
  if (medium === 'audio') return 'Audio';
  if (source === 'sms' || medium === 'sms') return 'SMS';
  if (medium.endsWith('push') || medium.includes('mobile') || medium.includes('notification')) return 'Mobile Push Notifications';
  // A referring site GA4 has no list for is a referral (GA4 gives such visits the medium "referral").
  if (touch.fromHost) return 'Referral';
  return null;
}

/**
 * The group an ad platform named in a text stands for: a platform with an ad word (or known to be
 * advertising: `paid`), its campaign type deciding between search, display, video and other.
 *
 * @example
 * adPlatformGroup('yahoo!広告 ディスプレイ', false)
 * //=> 'display'
 * adPlatformGroup('meta', true)
 * //=> 'paid_social'
 * adPlatformGroup('meta', false)
 * //=> null
 */
export function adPlatformGroup(value: string, paid: boolean): ChannelGroupId | null {
  const compact = compactText(value);
  const { adWord, platforms, campaignTypes, searchAd } = rules();
  const advertising = paid || adWord(value, compact);
  for (const platform of platforms) {
    if (!platform.name(value, compact)) continue;
    if (!advertising && !platform.adName?.(value, compact)) continue;
    const type = campaignTypes.find((entry) => entry.test(value, compact));
    return type?.group ?? platform.group;
  }
  if (searchAd(value, compact)) {
    const type = campaignTypes.find((entry) => entry.test(value, compact) && entry.group !== 'paid_search');
    return type?.group ?? 'paid_search';
  }
  return null;
}

/**
 * The group of a channel, and the rule that placed it.
 *
 * @param key the channel's normalised value (`labelKey`); `''` is the blank channel.
 * @param overrides the user's mapping, keyed the same way.
 * @param context the ads tabs the channel comes from.
 *
 * @example
 * classifyChannel('google / cpc')
 * //=> { group: 'paid_search', rule: 'source_medium' }
 * classifyChannel('organic search')
 * //=> { group: 'organic_search', rule: 'ga4_channel_group' }
 * classifyChannel('facebook', {}, { adTabs: ['Meta広告'] })
 * //=> { group: 'paid_social', rule: 'source_medium' }
 * classifyChannel('ウェビナー（3月）')
 * //=> { group: 'webinars', rule: 'words' }
 * classifyChannel('', {})
 * //=> { group: 'unassigned', rule: 'blank' }
 */
export function classifyChannel(key: string, overrides: ChannelGroupOverrides = {}, context: ChannelContext = NO_CONTEXT): ChannelPlacement {
  const chosen = Object.prototype.hasOwnProperty.call(overrides, key) ? overrides[key] : undefined;
  if (chosen !== undefined) return { group: chosen, rule: 'user' };
  if (key === '') return { group: 'unassigned', rule: 'blank' };
  const compact = compactText(key);
  const { ga4Names, hubspotNames, groupNames, words } = rules();
  const ga4 = ga4Names.get(compact);
  if (ga4 !== undefined) return { group: ga4, rule: 'ga4_channel_group' };
  const hubspot = hubspotNames.get(compact);
  if (hubspot !== undefined) return { group: hubspot, rule: 'hubspot_source' };
  const named = groupNames.get(compact);
  if (named !== undefined) return { group: named, rule: 'group_name' };
  const paid = context.adTabs.length > 0;
  const touch = readTouch(key);
  const channel = touch === null ? null : ga4Channel(touch, paid);
  if (channel !== null) return { group: ga4Group(channel), rule: 'source_medium' };
  const platform = adPlatformGroup(key, paid);
  if (platform !== null) return { group: platform, rule: 'ad_platform' };
  const word = words.find((entry) => entry.test(key, compact));
  if (word !== undefined) return { group: word.group, rule: 'words' };
  for (const tab of context.adTabs) {
    const fromTab = adPlatformGroup(normalizeText(tab), true);
    if (fromTab !== null) return { group: fromTab, rule: 'ad_platform' };
  }
  return { group: 'other', rule: 'unmatched' };
}
