/**
 * Channel rules, source / medium: GA4's default channel rules for traffic tagged by hand (source /
 * medium and UTM parameters), as Google publishes them at
 * https://support.google.com/analytics/answer/9756891 ("Channels for manual traffic"). The channels
 * are checked in this order, first match wins; each GA4 channel then lands in the group its name has
 * in `ga4ChannelGroups.ts`.
 */

/** `Medium matches regex ^(.*cp.*|ppc|retargeting|paid.*)$`: cpc, cpm, cpv, cpa, ppc, paid_social … */
export const PAID_MEDIUM = /^(.*cp.*|ppc|retargeting|paid.*)$/;
/** `Campaign Name matches regex ^(.*(([^a-df-z]|^)shop|shopping).*)$`. */
export const SHOPPING_CAMPAIGN = /^(.*(([^a-df-z]|^)shop|shopping).*)$/;
/** `Medium matches regex ^(.*video.*)$`. */
export const VIDEO_MEDIUM = /^(.*video.*)$/;

export const DISPLAY_MEDIUMS: readonly string[] = ['display', 'banner', 'expandable', 'interstitial', 'cpm'];
export const SOCIAL_MEDIUMS: readonly string[] = ['social', 'social-network', 'social-media', 'sm', 'social network', 'social media'];
export const EMAIL_NAMES: readonly string[] = ['email', 'e-mail', 'e_mail', 'e mail'];
export const REFERRAL_MEDIUMS: readonly string[] = ['referral', 'app', 'link'];
export const DIRECT_SOURCES: readonly string[] = ['(direct)', 'direct'];
export const NONE_MEDIUMS: readonly string[] = ['(not set)', '(none)'];

/**
 * Values that are a medium on their own (a lead source written as just `cpc` or `organic`). Other
 * mediums are too ambiguous alone (`link`, `app`).
 */
export const BARE_MEDIUMS: readonly string[] = [
  'cpc', 'ppc', 'cpm', 'cpv', 'cpa', 'paidsearch', 'paid_search', 'paid-search', 'paidsocial', 'paid_social', 'retargeting',
  'organic', 'referral', 'display', 'banner', 'affiliate', 'social', 'social-network', 'social-media', 'email', 'e-mail',
  'e_mail', 'sms', 'audio', '(none)',
];

/** GA4's channels for manual traffic, in GA4's order. */
export const GA4_MANUAL_CHANNELS = [
  'Direct',
  'Cross-network',
  'Paid Shopping',
  'Paid Search',
  'Paid Social',
  'Paid Video',
  'Display',
  'Paid Other',
  'Organic Shopping',
  'Organic Social',
  'Organic Video',
  'Organic Search',
  'Referral',
  'Email',
  'Affiliates',
  'Audio',
  'SMS',
  'Mobile Push Notifications',
] as const;
export type Ga4ManualChannel = (typeof GA4_MANUAL_CHANNELS)[number];
