/**
 * Reads a channel value as web-analytics data (design §4.6): a `source / medium` pair
 * (`google / cpc`), UTM parameters (`utm_source=facebook&utm_medium=paid_social`, or a landing URL
 * carrying them), a referring URL or host (`https://www.google.co.jp/`, `t.co`), a known source on
 * its own (`facebook`, `yahoo.co.jp`) or a medium on its own (`cpc`, `organic`).
 */
import { channelTables, type ChannelTables } from './rules/channelWordsAsset';
import type { SourceCategory } from './rules/sourceCategories';
import { BARE_MEDIUMS, EMAIL_NAMES } from './rules/ga4SourceMedium';

export interface Touch {
  readonly source: string | null;
  readonly medium: string | null;
  readonly campaign: string | null;
  /** The value named a referring site (URL or host) rather than a tagged source. */
  readonly fromHost: boolean;
}

interface SourceSites {
  readonly tables: ChannelTables;
  /** Each listed source's category (the first listing wins). */
  readonly categoryOf: ReadonlyMap<string, SourceCategory>;
  readonly brands: ReadonlySet<string>;
}

/** GA4's site lists by source, built from the project file of this execution on first use (design §10). */
let sites: SourceSites | null = null;

function sourceSites(): SourceSites {
  const tables = channelTables();
  if (sites?.tables === tables) return sites;
  const categoryOf = new Map<string, SourceCategory>();
  for (const [category, sources] of Object.entries(tables.sourceCategories) as [SourceCategory, readonly string[]][]) {
    for (const source of sources) if (!categoryOf.has(source)) categoryOf.set(source, category);
  }
  sites = { tables, categoryOf, brands: new Set(tables.brandHosts) };
  return sites;
}
const BARE = new Set(BARE_MEDIUMS);

const URL_START = /^[a-z][a-z0-9+.-]*:\/\//;
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;
const UTM = /(?:^|[?&#\s])utm_(source|medium|campaign)=([^&#\s]*)/g;

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' ')).trim();
  } catch {
    return text.trim();
  }
}

function hostOf(url: string): string {
  const rest = url.replace(URL_START, '');
  const host = rest.split(/[/?#:]/)[0] ?? '';
  return host.replace(/^www\d*\./, '');
}

/**
 * The category of a source in GA4's site lists: the source itself, then the host without its
 * leading labels (`l.facebook.com` → `facebook.com`), then a brand under any country domain
 * (`google.co.jp`).
 *
 * @example
 * sourceCategory('search.yahoo.co.jp')
 * //=> 'search'
 * sourceCategory('chiebukuro.yahoo.co.jp')
 * //=> 'social'
 * sourceCategory('google.de')
 * //=> 'search'
 * sourceCategory('example.co.jp')
 * //=> null
 */
export function sourceCategory(source: string): SourceCategory | null {
  const { categoryOf, brands } = sourceSites();
  const host = source.replace(/^www\d*\./, '');
  const exact = categoryOf.get(host);
  if (exact !== undefined) return exact;
  const labels = host.split('.');
  for (let start = 1; start < labels.length - 1; start += 1) {
    const suffix = categoryOf.get(labels.slice(start).join('.'));
    if (suffix !== undefined) return suffix;
  }
  const brand = labels[0] ?? '';
  const tld = labels.slice(1);
  if (brands.has(brand) && tld.length >= 1 && tld.length <= 2 && tld.every((label) => label.length <= 3)) {
    return categoryOf.get(brand) ?? null;
  }
  return null;
}

/**
 * The touch a normalised channel value describes, or `null` when it is not web-analytics data.
 *
 * @example
 * readTouch('google / cpc')
 * //=> { source: 'google', medium: 'cpc', campaign: null, fromHost: false }
 * readTouch('https://lp.example.jp/?utm_source=facebook&utm_medium=paid_social&utm_campaign=spring')
 * //=> { source: 'facebook', medium: 'paid_social', campaign: 'spring', fromHost: false }
 * readTouch('https://www.google.co.jp/')
 * //=> { source: 'google.co.jp', medium: null, campaign: null, fromHost: true }
 * readTouch('展示会')
 * //=> null
 */
export function readTouch(value: string): Touch | null {
  if (value.includes('utm_')) {
    const params: Partial<Record<'source' | 'medium' | 'campaign', string>> = {};
    for (const match of value.matchAll(UTM)) {
      const name = match[1] as 'source' | 'medium' | 'campaign';
      if (params[name] === undefined) params[name] = decode(match[2] ?? '');
    }
    if (params.source !== undefined || params.medium !== undefined) {
      return { source: params.source || null, medium: params.medium || null, campaign: params.campaign || null, fromHost: false };
    }
  }
  if (URL_START.test(value)) {
    const host = hostOf(value);
    return host === '' ? null : { source: host, medium: null, campaign: null, fromHost: true };
  }
  const pair = /^([^/]+?)\s*\/\s*([^/]+)$/.exec(value);
  if (pair) {
    const source = (pair[1] ?? '').trim();
    const medium = (pair[2] ?? '').trim();
    // 展示会/イベント is two words, not a source and a medium: one side must look like analytics data.
    if (looksLikeSource(source) || BARE.has(medium) || medium === '(not set)') {
      return { source, medium, campaign: null, fromHost: false };
    }
    return null;
  }
  if (HOST.test(value)) return { source: value.replace(/^www\d*\./, ''), medium: null, campaign: null, fromHost: true };
  if (sourceSites().categoryOf.has(value) || value === '(direct)') return { source: value, medium: null, campaign: null, fromHost: false };
  if (BARE.has(value)) return { source: null, medium: value, campaign: null, fromHost: false };
  return null;
}

function looksLikeSource(source: string): boolean {
  return source === '(direct)' || source === 'sms' || EMAIL_NAMES.includes(source) || sourceSites().categoryOf.has(source) || HOST.test(source) || sourceCategory(source) !== null;
}
