/**
 * What dist/Code.js carries. Every custom-function call loads the whole file, so the engine part
 * must hold only what runs: the function documentation belongs in the generated JSDoc wrappers at
 * the end of the file (Sheets reads it for autocomplete), never in the bundled code itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CHANNEL_TABLES, PROJECT_ASSETS } from '../../src/core/docs/projectAssets';
import { CUSTOM_FUNCTIONS } from '../../src/core/functions/catalog';
import { TAB_KINDS } from '../../src/core/model/types';
import { FIELD_ALIASES, TAB_NAME_HINTS } from '../../src/core/recognition/aliases';
import { OPPORTUNITY_SIGNALS, SIGNAL_HEADERS } from '../../src/core/recognition/signalHeaders';
import { CHANNEL_WORDS } from '../../src/core/channels/rules/channelWords';
import { BRAND_HOSTS, SOURCE_CATEGORIES } from '../../src/core/channels/rules/sourceCategories';
import { AD_PLATFORMS, AD_WORDS, CAMPAIGN_TYPE_WORDS, SEARCH_AD_NAMES } from '../../src/core/channels/rules/adPlatforms';
import { GA4_CHANNEL_GROUPS } from '../../src/core/channels/rules/ga4ChannelGroups';
import { HUBSPOT_SOURCES } from '../../src/core/channels/rules/hubspotSources';
import { KPI_NAMES as KPI_NAME_TABLE } from '../../src/core/report/kpiNames';
import { KPI_GUIDE_TEXTS } from '../../src/core/report/kpiGuideTexts';
import { REPORT_LABEL_TEXTS } from '../../src/core/report/labelTexts';
import { SERVER_MESSAGES } from '../../src/core/text/serverMessageTexts';
import { STATUS_VALUES } from '../../src/core/vocabulary/statusWords';
import { DIST, loadDist } from './gasContext';
import { throwingServices, type TouchLog } from './throwingServices';

const code = readFileSync(path.join(DIST, 'Code.js'), 'utf8');
const WRAPPERS_MARK = '// Entry points (generated';
const engine = code.slice(0, code.indexOf(WRAPPERS_MARK));
const wrappers = code.slice(code.indexOf(WRAPPERS_MARK));

/** KPI names (column headers), in dist/ReportLabels.html; a catalog text contained in one is a KPI name, not documentation. */
const KPI_NAMES = Object.values(KPI_NAME_TABLE).flatMap((name) => [name.ja, name.en]);

/**
 * design §10: every custom-function call loads the whole file, and the goal is 250 KiB. The file sits
 * some kilobytes under it (the header vocabulary left it too), so a rule that keeps the numbers right
 * fits without dropping another to save bytes; growth past the goal fails here (the bench prints the
 * size and the load time).
 */
const CODE_BUDGET_BYTES = 250 * 1024;

/** Every text of a nested table. */
function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return typeof value === 'object' && value !== null ? Object.values(value).flatMap(textsOf) : [];
}

/** Every documentation text of the function catalog, labelled for the failure message. */
const DOCUMENTATION_TEXTS: readonly (readonly [string, string])[] = CUSTOM_FUNCTIONS.flatMap((spec) => [
  ...[spec.summary, spec.formula, spec.returns].flatMap((text) => [text.ja, text.en]),
  ...spec.parameters.flatMap((parameter) => [parameter.description.ja, parameter.description.en]),
  spec.example.call,
])
  .filter((text) => !KPI_NAMES.some((name) => name.includes(text)))
  .map((text) => [text.slice(0, 40), text] as const);

/** Runs a bundle function and returns its value, or its error message. */
function outcome(run: () => unknown): unknown {
  try {
    return { value: JSON.parse(JSON.stringify(run())) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

describe('dist/Code.js size', () => {
  it(`stays within the limit of design §10 (${CODE_BUDGET_BYTES / 1024} KiB)`, () => {
    expect(Buffer.byteLength(code)).toBeLessThanOrEqual(CODE_BUDGET_BYTES);
  });

  it('ships every project file built from its source (the HTML files hold exactly the tables)', () => {
    for (const [name, content] of Object.entries(PROJECT_ASSETS)) {
      expect({ name, same: readFileSync(path.join(DIST, `${name}.html`), 'utf8') === content() }).toEqual({ name, same: true });
    }
  });

  it('holds nothing else: clasp pushes dist/ whole, so the build removes what an earlier build left', () => {
    const expected = ['Code.js', 'Sidebar.html', 'appsscript.json', ...Object.keys(PROJECT_ASSETS).map((name) => `${name}.html`)];
    expect(readdirSync(DIST).sort()).toEqual(expected.sort());
  });

  it('leaves the server messages to dist/Messages_ja.html and dist/Messages_en.html', () => {
    const texts = Object.values(SERVER_MESSAGES).flatMap((message) => [message.ja, message.en]).filter((text) => text.length >= 20);
    expect(texts.length).toBeGreaterThan(200);
    expect(texts.filter((text) => code.includes(text))).toEqual([]);
  });

  it("leaves the report's fixed words to dist/ReportLabels.html", () => {
    const texts = textsOf(REPORT_LABEL_TEXTS).filter((text) => text.length >= 20);
    expect(texts.length).toBeGreaterThan(40);
    expect(texts.filter((text) => code.includes(text))).toEqual([]);
  });

  it('leaves the KPI names to dist/ReportLabels.html', () => {
    // A name in both languages, as the bundle would write a catalog entry; short ones (クリック数, 商談化率,
    // ROAS) name the same figure in other tables (field labels, target metrics) too.
    const pairs = Object.values(KPI_NAME_TABLE)
      .filter((name) => name.ja.length >= 6 && name.ja !== name.en)
      .map((name) => `ja:${JSON.stringify(name.ja)},en:${JSON.stringify(name.en)}`);
    expect(pairs.length).toBeGreaterThan(20);
    expect(pairs.filter((pair) => code.includes(pair))).toEqual([]);
    // Names only the KPI names have.
    const rare = ['CVR（セッション→リード）', '反応率（クリック ÷ 開封）', '見込み（集計途中の月）', 'Median days between stages', 'Expected (provisional months)', 'Conversion from previous stage'];
    expect(rare.filter((name) => !KPI_NAMES.includes(name))).toEqual([]);
    expect(rare.filter((name) => code.includes(name))).toEqual([]);
    const labels = JSON.parse(readFileSync(path.join(DIST, 'ReportLabels.html'), 'utf8')) as typeof REPORT_LABEL_TEXTS;
    expect(Object.values(labels.ja.kpiNames)).toEqual(Object.values(KPI_NAME_TABLE).map((name) => name.ja));
    expect(Object.values(labels.en.kpiNames)).toEqual(Object.values(KPI_NAME_TABLE).map((name) => name.en));
  });

  it('leaves the sample workbook (and its builder) to dist/SampleWorkbook.html', () => {
    // Words of the builder's own tables (campaigns, event costs, company-name parts, the GA4 preamble).
    const builderWords = ['検索_指名KW', 'ウェビナー配信ツール 月額', 'ウェビナー集客広告', 'yokohama-', 'トラフィック獲得'];
    expect(builderWords.filter((word) => code.includes(word))).toEqual([]);
  });

  it('leaves the header aliases, the tab-name hints and the kind-signal headers to dist/Vocabulary.html', () => {
    // Single words are in other tables too (field labels, stage words): each list of three words or
    // more, as the bundle would write it, is what only the vocabulary holds.
    const tables = [...TAB_KINDS.flatMap((kind) => Object.values<readonly string[]>(FIELD_ALIASES[kind])), ...Object.values(TAB_NAME_HINTS), ...Object.values(SIGNAL_HEADERS), ...OPPORTUNITY_SIGNALS];
    const lists = [...new Set(tables.filter((words) => words.length >= 3).map((words) => JSON.stringify(words).slice(1, -1)))];
    expect(lists.length).toBeGreaterThan(60);
    expect(lists.filter((list) => code.includes(list))).toEqual([]);
    // The longest words, which no other table has.
    const rare = ['セッションのメインのチャネル グループ(デフォルト チャネル グループ)', 'first user primary channel group (default channel group)', '関連付けされたコンタクトのメールアドレス'];
    expect(rare.filter((word) => !tables.some((words) => words.includes(word)))).toEqual([]);
    expect(rare.filter((word) => code.includes(word))).toEqual([]);
  });

  it('leaves the status and deal-stage values to dist/Vocabulary.html', () => {
    const lists = Object.values(STATUS_VALUES).map((words) => JSON.stringify(words).slice(1, -1));
    expect(lists.filter((list) => code.includes(list))).toEqual([]);
    // Words that only the status table has (KPI and report words are in other tables).
    const rare = ['マーケティングクオリファイドリード', 'プレゼンテーション設定済み', 'decisionmakerboughtin', 'Perception Analysis'];
    expect(rare.filter((word) => !Object.values(STATUS_VALUES).some((words) => words.includes(word)))).toEqual([]);
    expect(rare.filter((word) => code.includes(word))).toEqual([]);
    expect((JSON.parse(readFileSync(path.join(DIST, 'Vocabulary.html'), 'utf8')) as { statusValues: unknown }).statusValues).toEqual(STATUS_VALUES);
  });

  it("leaves the channel words and GA4's source site lists to dist/ChannelWords.html", () => {
    const lists = [...CHANNEL_WORDS.map((entry) => entry.words), ...Object.values(SOURCE_CATEGORIES), BRAND_HOSTS].map((words) => JSON.stringify(words).slice(1, -1));
    expect(lists.filter((list) => code.includes(list))).toEqual([]);
    // Sites only the source lists name.
    const rare = ['chiebukuro.yahoo.co.jp', 'cocolog-nifty.com', 'sp-web.search.auone.jp', 'fast.wistia.net'];
    expect(rare.filter((site) => code.includes(site))).toEqual([]);
    expect(JSON.parse(readFileSync(path.join(DIST, 'ChannelWords.html'), 'utf8'))).toEqual(CHANNEL_TABLES);
  });

  it("leaves the ad platforms, GA4's channel group names and HubSpot's sources to dist/ChannelWords.html", () => {
    const tables = [...AD_PLATFORMS.flatMap((platform) => [platform.names, platform.adNames ?? []]), AD_WORDS, ...CAMPAIGN_TYPE_WORDS.map((entry) => entry.words), SEARCH_AD_NAMES, ...GA4_CHANNEL_GROUPS.map((entry) => entry.names), ...HUBSPOT_SOURCES.map((entry) => entry.names)];
    const lists = tables.filter((words) => words.length >= 3).map((words) => JSON.stringify(words).slice(1, -1));
    expect(lists.length).toBeGreaterThan(15);
    expect(lists.filter((list) => code.includes(list))).toEqual([]);
    // Names only these tables have.
    const rare = ['ニューズピックス', 'デマンドジェネレーション', 'モバイルのプッシュ通知', 'EMAIL_MARKETING'];
    expect(rare.filter((word) => !tables.some((words) => words.includes(word)))).toEqual([]);
    expect(rare.filter((word) => code.includes(word))).toEqual([]);
    expect(CHANNEL_TABLES).toMatchObject({ adPlatforms: AD_PLATFORMS, adWords: AD_WORDS, campaignTypes: CAMPAIGN_TYPE_WORDS, searchAdNames: SEARCH_AD_NAMES, ga4ChannelGroups: GA4_CHANNEL_GROUPS, hubspotSources: HUBSPOT_SOURCES, words: CHANNEL_WORDS, sourceCategories: SOURCE_CATEGORIES, brandHosts: BRAND_HOSTS });
  });

  it('leaves the KPI guide texts to dist/KpiGuide.html', () => {
    const guide = JSON.parse(readFileSync(path.join(DIST, 'KpiGuide.html'), 'utf8')) as typeof KPI_GUIDE_TEXTS;
    expect(guide).toEqual(KPI_GUIDE_TEXTS);
    const longTexts = Object.values(KPI_GUIDE_TEXTS).flatMap((kpi) => [kpi.reading.ja, kpi.pitfall.en]);
    expect(longTexts.length).toBeGreaterThan(60);
    expect(longTexts.filter((text) => code.includes(text))).toEqual([]);
  });
});

describe('dist/Code.js engine part', () => {
  it('is followed by the generated wrappers', () => {
    expect(code.indexOf(WRAPPERS_MARK)).toBeGreaterThan(0);
  });

  it('checks well over a hundred documentation texts', () => {
    expect(DOCUMENTATION_TEXTS.length).toBeGreaterThan(150);
  });

  it.each(DOCUMENTATION_TEXTS)('does not contain the catalog text "%s…"', (_short, text) => {
    expect(engine.includes(text)).toBe(false);
  });

  it('does not contain the summary of CAC, which only the JSDoc wrapper carries', () => {
    const summary = 'Customer acquisition cost ((cost + other cost) ÷ new customers)';
    expect(engine).not.toContain(summary);
    expect(wrappers).toContain(summary);
  });
});

describe('custom functions without the documentation', () => {
  const log: TouchLog = { touched: [] };
  const context = loadDist(throwingServices(log));
  const call = (name: string, ...args: unknown[]): unknown => outcome(() => (context[name] as (...a: unknown[]) => unknown)(...args));

  it('compute a capped LTV: 10000 × 0.8 = 8000 a period, ÷ 0.02 = 400000, capped at 8000 × 36 = 288000', () => {
    expect(call('LTV', 10000, 0.8, 0.02, 36)).toEqual({ value: 288000 });
  });

  it('treat a left-out optional parameter as not given: CAC 500000 ÷ 10 = 50000', () => {
    expect(call('CAC', 500000, 10)).toEqual({ value: 50000 });
  });

  it('still name the parameter by its label in both languages when an argument is missing', () => {
    expect(call('CPC', 60000)).toEqual({
      error:
        'CPC: クリック数（2番目の引数）が指定されていません。セルか範囲を指定してください。 / CPC: clicks (argument 2) is missing. Pass a cell or a range.',
    });
  });

  it('still name the parameter by its label when a value cannot be read', () => {
    const result = call('CAC', 'abc', 10) as { error?: string };
    expect(result.error).toContain('CAC: 費用（1番目の引数）');
    expect(result.error).toContain('CAC: cost (argument 1)');
  });

  it('touch no Google service', () => {
    expect(log.touched).toEqual([]);
  });
});
