/**
 * The project's HTML files that carry tables outside Code.js (design §10), each built from its
 * TypeScript source of truth: `npm run build` writes them to `dist/<name>.html` (clasp pushes them
 * with the script), and the tests serve them from memory through `projectAssetReader`. Code.js
 * reads them only when an execution needs them (`text/assets.ts`; the KPI guide through the adapter;
 * the header vocabulary when recognition meets its first header).
 */
import { FIELD_ALIASES, TAB_NAME_HINTS } from '../recognition/aliases';
import { AD_PLATFORMS, AD_WORDS, CAMPAIGN_TYPE_WORDS, SEARCH_AD_NAMES } from '../channels/rules/adPlatforms';
import { CHANNEL_WORDS } from '../channels/rules/channelWords';
import { CHANNEL_WORDS_ASSET, type ChannelTables } from '../channels/rules/channelWordsAsset';
import { GA4_CHANNEL_GROUPS } from '../channels/rules/ga4ChannelGroups';
import { HUBSPOT_SOURCES } from '../channels/rules/hubspotSources';
import { BRAND_HOSTS, SOURCE_CATEGORIES } from '../channels/rules/sourceCategories';
import { OPPORTUNITY_SIGNALS, SIGNAL_HEADERS } from '../recognition/signalHeaders';
import { VOCABULARY_ASSET } from '../recognition/vocabularyAsset';
import { STATUS_VALUES } from '../vocabulary/statusWords';
import { FIELD_LABELS, KIND_LABELS, METRIC_ALIASES, TARGET_METRIC_LABELS } from '../vocabulary/vocabularyWords';
import { KPI_GUIDE_ASSET } from '../report/kpiGuideAsset';
import { KPI_GUIDE_TEXTS } from '../report/kpiGuideTexts';
import { REPORT_LABEL_TEXTS } from '../report/labelTexts';
import { REPORT_LABELS_ASSET } from '../report/labels';
import { buildSampleWorkbook } from '../sample/buildSampleWorkbook';
import { SAMPLE_ASSET } from '../sample/sampleAsset';
import type { AssetReader } from '../text/assets';
import { MESSAGE_ASSETS } from '../text/messages';
import { messageTemplates } from '../text/serverMessageTexts';

/** The tables of `CHANNEL_WORDS_ASSET`, from their sources. */
export const CHANNEL_TABLES: ChannelTables = {
  words: CHANNEL_WORDS,
  sourceCategories: SOURCE_CATEGORIES,
  brandHosts: BRAND_HOSTS,
  adPlatforms: AD_PLATFORMS,
  adWords: AD_WORDS,
  campaignTypes: CAMPAIGN_TYPE_WORDS,
  searchAdNames: SEARCH_AD_NAMES,
  ga4ChannelGroups: GA4_CHANNEL_GROUPS,
  hubspotSources: HUBSPOT_SOURCES,
};

/** Each file's content by name (without `.html`), computed on demand. */
export const PROJECT_ASSETS: { readonly [name: string]: () => string } = {
  [KPI_GUIDE_ASSET]: () => JSON.stringify(KPI_GUIDE_TEXTS),
  [MESSAGE_ASSETS.ja]: () => JSON.stringify(messageTemplates('ja')),
  [MESSAGE_ASSETS.en]: () => JSON.stringify(messageTemplates('en')),
  [REPORT_LABELS_ASSET]: () => JSON.stringify(REPORT_LABEL_TEXTS),
  [SAMPLE_ASSET]: () => JSON.stringify(buildSampleWorkbook()),
  [CHANNEL_WORDS_ASSET]: () => JSON.stringify(CHANNEL_TABLES),
  [VOCABULARY_ASSET]: () =>
    JSON.stringify({
      fieldAliases: FIELD_ALIASES,
      tabNameHints: TAB_NAME_HINTS,
      signalHeaders: SIGNAL_HEADERS,
      opportunitySignals: OPPORTUNITY_SIGNALS,
      statusValues: STATUS_VALUES,
      labels: { kinds: KIND_LABELS, fields: FIELD_LABELS, targetMetrics: TARGET_METRIC_LABELS },
      metricAliases: METRIC_ALIASES,
    }),
};

/**
 * A reader serving the files from the sources, as the project would (for tests and tools that run
 * the core in Node). A name that is not a project file fails as in Apps Script.
 *
 * @example
 * projectAssetReader()('Messages_en').startsWith('{')
 * //=> true
 */
export function projectAssetReader(): AssetReader {
  const contents = new Map<string, string>();
  return (name) => {
    const known = contents.get(name);
    if (known !== undefined) return known;
    const build = Object.prototype.hasOwnProperty.call(PROJECT_ASSETS, name) ? PROJECT_ASSETS[name] : undefined;
    if (!build) throw new Error(`No HTML file named ${name} was found.`);
    const content = build();
    contents.set(name, content);
    return content;
  };
}
