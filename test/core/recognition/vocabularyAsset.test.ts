import { PROJECT_ASSETS } from '../../../src/core/docs/projectAssets';
import { FIELDS_BY_KIND, TAB_KINDS, type AnyField, type TabKind } from '../../../src/core/model/types';
import { FIELD_ALIASES, TAB_NAME_HINTS } from '../../../src/core/recognition/aliases';
import { kindSignalCount } from '../../../src/core/recognition/kindSignals';
import { OPPORTUNITY_SIGNALS, SIGNAL_HEADERS } from '../../../src/core/recognition/signalHeaders';
import { tabNameSuggests } from '../../../src/core/recognition/evaluateKind';
import { fieldForHeader } from '../../../src/core/recognition/matchColumns';
import { recognizeTab } from '../../../src/core/recognition/recognizeTab';
import { parseVocabulary, recognitionVocabulary, VOCABULARY_ASSET } from '../../../src/core/recognition/vocabularyAsset';
import { useAssetReader } from '../../../src/core/text/assets';
import { headerKey } from '../../../src/core/vocabulary/headerKey';
import { STATUS_VALUES } from '../../../src/core/vocabulary/statusWords';
import { fieldLabel, kindLabel, parseLabelTables } from '../../../src/core/vocabulary/fieldLabels';
import { parseMetricAliases, targetMetricFromText } from '../../../src/core/vocabulary/targetMetrics';
import { FIELD_LABELS, KIND_LABELS, METRIC_ALIASES, TARGET_METRIC_LABELS } from '../../../src/core/vocabulary/vocabularyWords';
import { testAssetReader } from '../../setup/projectAssets';

const content = (): string => PROJECT_ASSETS[VOCABULARY_ASSET]?.() ?? '';

describe('the header vocabulary asset (design §10)', () => {
  afterEach(() => {
    useAssetReader(testAssetReader);
  });

  it('holds the two tables of aliases.ts, the signal headers, the status values and the field and metric names, word for word', () => {
    expect(JSON.parse(content())).toEqual({
      fieldAliases: FIELD_ALIASES,
      tabNameHints: TAB_NAME_HINTS,
      signalHeaders: SIGNAL_HEADERS,
      opportunitySignals: OPPORTUNITY_SIGNALS,
      statusValues: STATUS_VALUES,
      labels: { kinds: KIND_LABELS, fields: FIELD_LABELS, targetMetrics: TARGET_METRIC_LABELS },
      metricAliases: METRIC_ALIASES,
    });
  });

  it('reads the field, kind and metric names back, and refuses a file without them', () => {
    for (const [field, label] of Object.entries(FIELD_LABELS)) expect(fieldLabel(field as AnyField, 'ja')).toBe(label.ja);
    for (const [kind, label] of Object.entries(KIND_LABELS)) expect(kindLabel(kind as TabKind, 'en')).toBe(label.en);
    for (const [metric, words] of Object.entries(METRIC_ALIASES)) for (const word of words) expect([word, targetMetricFromText(word)]).toEqual([word, metric]);
    expect(() => parseLabelTables('{}')).toThrow('Vocabulary.html has no field names; rebuild and push the add-on (npm run build).');
    expect(() => parseMetricAliases('{}')).toThrow('Vocabulary.html has no target metric names; rebuild and push the add-on (npm run build).');
  });

  it('is read back as the lookup by header key: every alias finds its field and rank, the first listing winning', () => {
    const vocabulary = parseVocabulary(content());
    let checked = 0;
    for (const kind of TAB_KINDS) {
      const table = FIELD_ALIASES[kind] as Readonly<Record<string, readonly string[]>>;
      for (const [field, aliases] of Object.entries(table)) {
        aliases.forEach((alias, rank) => {
          const found = vocabulary.aliases[kind].get(headerKey(alias));
          checked += 1;
          // A word listed twice in a kind keeps its first (more preferred) place.
          if (found?.field === field && found.rank < rank) return;
          expect({ kind, alias, found }).toEqual({ kind, alias, found: { field, rank } });
        });
      }
    }
    expect(checked).toBeGreaterThan(700);
    expect(vocabulary.tabNameHints).toEqual(TAB_NAME_HINTS);
  });

  it('is read once per execution, on the first header, and never by what recognises nothing', () => {
    const reads: string[] = [];
    useAssetReader((name) => {
      reads.push(name);
      return testAssetReader(name);
    });
    expect(reads).toEqual([]);
    expect(fieldForHeader('ads', '')).toBeNull();
    expect(reads).toEqual([]);
    recognizeTab('Google広告', [['日', 'キャンペーン', '費用', '表示回数', 'クリック数'], ['2025-04-01', 'A', 1000, 100, 5]]);
    recognizeTab('リード', [['リードID', '作成日', '流入元'], ['L1', '2025-04-01', 'Web']]);
    expect(tabNameSuggests('商談一覧', 'deals')).toBe(true);
    expect(reads).toEqual([VOCABULARY_ASSET]);
  });

  it('is what recognition matches with: the core holds no copy of the table', () => {
    useAssetReader(() =>
      JSON.stringify({ fieldAliases: { ...FIELD_ALIASES, ads: { cost: ['出費'] } }, tabNameHints: { ...TAB_NAME_HINTS, ads: ['出稿表'] }, signalHeaders: { ...SIGNAL_HEADERS, ads: ['入札単価'] }, opportunitySignals: OPPORTUNITY_SIGNALS }),
    );
    expect(fieldForHeader('ads', '出費')).toEqual({ field: 'cost', rank: 0 });
    expect([kindSignalCount('ads', ['入札単価', 'CTR'])]).toEqual([1]);
    expect(fieldForHeader('ads', '費用')).toBeNull();
    expect(tabNameSuggests('出稿表 4月', 'ads')).toBe(true);
    expect(tabNameSuggests('Google広告', 'ads')).toBe(false);
    useAssetReader(testAssetReader);
    expect(fieldForHeader('ads', '費用')).toEqual({ field: 'cost', rank: 0 });
    expect(recognitionVocabulary().tabNameHints.ads).toEqual(TAB_NAME_HINTS.ads);
    expect(kindSignalCount('ads', ['入札単価', 'CTR'])).toBe(1);
    expect(kindSignalCount('traffic', ['Event name', 'Event count', 'Total users', 'Total revenue'])).toBe(3);
  });

  it('stops with a clear message on a damaged or stale file', () => {
    const message = "Vocabulary.html is not the add-on's header vocabulary; rebuild and push the add-on (npm run build).";
    const withAds = (ads: unknown): string => JSON.stringify({ fieldAliases: { ...FIELD_ALIASES, ads }, tabNameHints: TAB_NAME_HINTS, signalHeaders: SIGNAL_HEADERS, opportunitySignals: OPPORTUNITY_SIGNALS });
    const { targets: _targets, ...withoutTargets } = FIELD_ALIASES;
    for (const damaged of [
      '<html>',
      '[]',
      JSON.stringify(FIELD_ALIASES),
      JSON.stringify({ fieldAliases: withoutTargets, tabNameHints: TAB_NAME_HINTS, signalHeaders: SIGNAL_HEADERS, opportunitySignals: OPPORTUNITY_SIGNALS }),
      JSON.stringify({ fieldAliases: FIELD_ALIASES, tabNameHints: { ...TAB_NAME_HINTS, email: 'メール' }, signalHeaders: SIGNAL_HEADERS, opportunitySignals: OPPORTUNITY_SIGNALS }),
      // A file from before the signal headers moved out, or with a group of opportunity signals missing.
      JSON.stringify({ fieldAliases: FIELD_ALIASES, tabNameHints: TAB_NAME_HINTS }),
      JSON.stringify({ fieldAliases: FIELD_ALIASES, tabNameHints: TAB_NAME_HINTS, signalHeaders: SIGNAL_HEADERS, opportunitySignals: OPPORTUNITY_SIGNALS.slice(1) }),
      JSON.stringify({ fieldAliases: FIELD_ALIASES, tabNameHints: TAB_NAME_HINTS, signalHeaders: { ...SIGNAL_HEADERS, deals: 'probability' }, opportunitySignals: OPPORTUNITY_SIGNALS }),
      // A field the code no longer has (renamed since the file was built).
      withAds({ ...FIELD_ALIASES.ads, spend: ['費用'] }),
      withAds({ cost: '費用' }),
      withAds({ cost: ['費用', 3] }),
      withAds({ cost: [''] }),
    ]) {
      expect(() => parseVocabulary(damaged)).toThrow(message);
    }
    useAssetReader(() => '<html>');
    expect(() => recognizeTab('Google広告', [['日', '費用']])).toThrow(message);
  });

  it('lets a kind leave out fields that have no aliases', () => {
    expect(FIELDS_BY_KIND.leads).toContain('link_key');
    expect(Object.keys(FIELD_ALIASES.leads)).not.toContain('link_key');
    expect(() => parseVocabulary(content())).not.toThrow();
  });
});
