import type { TabMapping } from '../../src/core/model/types';
import type { KindView, SavedSetup, SidebarState, TabView } from '../../src/shared/rpc';
import {
  channelOverride,
  withAttributeColumn,
  withChannelGroup,
  columnsFor,
  isTabUsable,
  mappingOf,
  missingRequiredFields,
  needsChannelName,
  sameMapping,
  setupFromState,
  withChannel,
  withColumn,
  withKind,
  withSettings,
} from '../../src/sidebar/setupEdits';

const KINDS: readonly KindView[] = [
  {
    kind: 'ads',
    label: '広告',
    fields: [
      { field: 'date', label: '日付', required: true },
      { field: 'cost', label: '費用', required: true },
      { field: 'channel', label: 'チャネル', required: false },
      { field: 'clicks', label: 'クリック', required: false },
    ],
  },
  {
    kind: 'traffic',
    label: 'アクセス',
    fields: [
      { field: 'date', label: '日付', required: true },
      { field: 'sessions', label: 'セッション', required: true },
      { field: 'channel', label: 'チャネル', required: false },
    ],
  },
  { kind: 'leads', label: 'リード', fields: [{ field: 'created_date', label: '作成日', required: true }] },
];

const ADS: TabMapping = { tab: 'GoogleAds', kind: 'ads', headerRow: 0, columns: { date: 0, cost: 3, clicks: 2 } };
const LEADS: TabMapping = { tab: 'リード', kind: 'leads', headerRow: 1, columns: { created_date: 0 } };

const COLUMNS = ['日付', 'キャンペーン', 'クリック', '費用'].map((label) => ({ label, samples: [] }));
/** What matching proposes for the GoogleAds tab read as leads: its date column as the created date. */
const ADS_AS_LEADS: TabMapping = { tab: 'GoogleAds', kind: 'leads', headerRow: 0, columns: { created_date: 0 } };
/** Read as traffic, the tab's header is found one row lower. */
const ADS_AS_TRAFFIC: TabMapping = { tab: 'GoogleAds', kind: 'traffic', headerRow: 1, columns: { date: 0 } };
const TRAFFIC_COLUMNS = [{ label: 'Day', samples: ['2025-04-01'] }];

function tabView(mapping: TabMapping, suggestions: TabView['suggestions'] = []): TabView {
  return { name: mapping.tab, rowCount: 10, detectedKind: mapping.kind, confidence: 0.9, mapping, columns: COLUMNS, suggestions, closest: null, empty: false };
}

const STATE: SidebarState = {
  language: 'ja',
  tabs: [
    tabView(ADS, [
      { kind: 'ads', mapping: ADS },
      { kind: 'leads', mapping: ADS_AS_LEADS },
      { kind: 'traffic', mapping: ADS_AS_TRAFFIC, columns: TRAFFIC_COLUMNS },
    ]),
    tabView(LEADS),
  ],
  settings: { view: 'cohort', currency: 'JPY' },
  kinds: KINDS,
  saved: false,
};

const SETUP: SavedSetup = setupFromState(STATE);

describe('setupFromState', () => {
  it('takes each tab mapping in order and the settings', () => {
    expect(SETUP).toEqual({ mappings: [ADS, LEADS], settings: { view: 'cohort', currency: 'JPY' } });
  });

  describe('edge cases', () => {
    it('gives no mappings for a workbook without tabs', () => {
      expect(setupFromState({ ...STATE, tabs: [] }).mappings).toEqual([]);
    });
  });
});

describe('mappingOf', () => {
  it('finds a tab mapping by name', () => {
    expect(mappingOf(SETUP, 'リード')).toBe(LEADS);
  });

  describe('edge cases', () => {
    it('returns undefined for an unknown tab', () => {
      expect(mappingOf(SETUP, 'ない')).toBeUndefined();
    });
  });
});

describe('withKind', () => {
  it('takes what automatic matching proposes for the new kind', () => {
    expect(mappingOf(withKind(SETUP, STATE, 'GoogleAds', 'leads'), 'GoogleAds')).toEqual(ADS_AS_LEADS);
  });

  it('without a proposal, keeps the columns of fields the new kind also has and drops the others', () => {
    const next = withKind(SETUP, STATE, 'リード', 'ads');
    expect(mappingOf(next, 'リード')).toEqual({ tab: 'リード', kind: 'ads', headerRow: 1, columns: {} });
    const ads = withKind(SETUP, { ...STATE, tabs: [tabView(ADS), tabView(LEADS)] }, 'GoogleAds', 'traffic');
    expect(mappingOf(ads, 'GoogleAds')).toEqual({ tab: 'GoogleAds', kind: 'traffic', headerRow: 0, columns: { date: 0 } });
  });

  it('restores the shown mapping when the user goes back to its kind', () => {
    const away = withKind(SETUP, STATE, 'GoogleAds', 'leads');
    const back = withKind(away, STATE, 'GoogleAds', 'ads');
    expect(mappingOf(back, 'GoogleAds')).toEqual(ADS);
  });

  it('clears the columns of a tab that is not used', () => {
    expect(mappingOf(withKind(SETUP, STATE, 'リード', null), 'リード')).toEqual({ tab: 'リード', kind: null, headerRow: 1, columns: {} });
  });

  it('does not change the setup it was given', () => {
    const copy = JSON.parse(JSON.stringify(SETUP)) as SavedSetup;
    withKind(SETUP, STATE, 'GoogleAds', 'traffic');
    expect(SETUP).toEqual(copy);
  });

  describe('edge cases', () => {
    it('keeps a channel name the user typed when moving between ads and traffic', () => {
      const named = withChannel(SETUP, 'GoogleAds', 'Google広告');
      expect(mappingOf(withKind(named, STATE, 'GoogleAds', 'traffic'), 'GoogleAds')).toEqual({ ...ADS_AS_TRAFFIC, channel: 'Google広告' });
      expect(mappingOf(withKind(named, STATE, 'GoogleAds', 'leads'), 'GoogleAds')?.channel).toBeUndefined();
    });

    it('returns the same mapping when the kind does not change', () => {
      expect(mappingOf(withKind(SETUP, STATE, 'GoogleAds', 'ads'), 'GoogleAds')).toBe(ADS);
    });
  });
});

describe('withColumn', () => {
  it('maps a field to a column', () => {
    expect(mappingOf(withColumn(SETUP, 'GoogleAds', 'channel', 1), 'GoogleAds')?.columns).toEqual({ date: 0, cost: 3, clicks: 2, channel: 1 });
  });

  it('unmaps a field with null', () => {
    expect(mappingOf(withColumn(SETUP, 'GoogleAds', 'clicks', null), 'GoogleAds')?.columns).toEqual({ date: 0, cost: 3 });
  });

  describe('edge cases', () => {
    it('leaves other tabs untouched', () => {
      expect(mappingOf(withColumn(SETUP, 'GoogleAds', 'clicks', null), 'リード')).toBe(LEADS);
    });
  });
});

describe('withChannel', () => {
  it('sets the trimmed channel name', () => {
    expect(mappingOf(withChannel(SETUP, 'GoogleAds', '  Google広告 '), 'GoogleAds')?.channel).toBe('Google広告');
  });

  describe('edge cases', () => {
    it('removes the channel name when blank, so the server uses the tab name', () => {
      const named = withChannel(SETUP, 'GoogleAds', 'Google広告');
      expect('channel' in (mappingOf(withChannel(named, 'GoogleAds', '   '), 'GoogleAds') ?? {})).toBe(false);
    });
  });
});

describe('withSettings', () => {
  it('changes the settings given and keeps the others', () => {
    expect(withSettings(SETUP, { view: 'period', grossMargin: 0.7 }).settings).toEqual({ view: 'period', currency: 'JPY', grossMargin: 0.7 });
  });

  describe('edge cases', () => {
    it('removes a setting patched with undefined', () => {
      expect(withSettings(SETUP, { currency: undefined }).settings).toEqual({ view: 'cohort' });
    });
  });
});

describe('isTabUsable', () => {
  it('is true for a tab with a kind and nothing missing', () => {
    expect(isTabUsable(ADS)).toBe(true);
  });

  it('is false when something is missing or the tab is not used', () => {
    expect(isTabUsable({ ...ADS, columns: { date: 0 } })).toBe(false);
    expect(isTabUsable({ ...ADS, kind: null })).toBe(false);
  });

  describe('edge cases', () => {
    it('is false for a tab without a mapping', () => {
      expect(isTabUsable(undefined)).toBe(false);
    });

    it('follows the parser: an email tab needs delivered or sent', () => {
      expect(isTabUsable({ tab: 'メール', kind: 'email', headerRow: 0, columns: { sent: 1 } })).toBe(true);
      expect(isTabUsable({ tab: 'メール', kind: 'email', headerRow: 0, columns: { opens: 1 } })).toBe(false);
    });
  });
});

describe('columnsFor', () => {
  it('gives the tab columns for its header row, and a suggestion its own when it starts on another row', () => {
    const view = STATE.tabs[0]!;
    expect(columnsFor(view, ADS)).toBe(COLUMNS);
    expect(columnsFor(view, ADS_AS_TRAFFIC)).toBe(TRAFFIC_COLUMNS);
  });
});

describe('needsChannelName', () => {
  it('is true for ads and traffic tabs without a channel column', () => {
    expect(needsChannelName(ADS)).toBe(true);
    expect(needsChannelName({ ...ADS, kind: 'traffic' })).toBe(true);
  });

  it('is false when a channel column is mapped or the kind has no channel name', () => {
    expect(needsChannelName({ ...ADS, columns: { ...ADS.columns, channel: 1 } })).toBe(false);
    expect(needsChannelName(LEADS)).toBe(false);
  });

  describe('edge cases', () => {
    it('is false for a tab that is not used', () => {
      expect(needsChannelName({ ...ADS, kind: null })).toBe(false);
    });
  });
});

describe('missingRequiredFields', () => {
  it('lists required fields that no column is mapped to', () => {
    const mapping: TabMapping = { tab: 'X', kind: 'ads', headerRow: 0, columns: { date: 0 } };
    expect(missingRequiredFields(mapping, KINDS).map((field) => field.label)).toEqual(['費用']);
  });

  it('does not ask for a date column when the report states its period (design §3.2.1)', () => {
    const mapping: TabMapping = { tab: 'X', kind: 'ads', headerRow: 2, columns: { cost: 4 }, period: { from: '2025-07-08', to: '2025-07-31' } };
    expect(missingRequiredFields(mapping, KINDS)).toEqual([]);
    expect(missingRequiredFields({ ...mapping, period: undefined }, KINDS).map((field) => field.label)).toEqual(['日付']);
  });

  it('counts a medium column as the channel of an ads or traffic tab', () => {
    expect(needsChannelName({ tab: 'GA4', kind: 'traffic', headerRow: 0, columns: { date: 0, medium: 1, sessions: 2 } })).toBe(false);
  });

  it('takes a deals tab’s close date for its created date (a won-deal list, design §3.2.1)', () => {
    const deals: KindView = { kind: 'deals', label: '商談', fields: [{ field: 'created_date', label: '作成日', required: true }] };
    const wonList: TabMapping = { tab: '受注一覧', kind: 'deals', headerRow: 0, columns: { close_date: 0, amount: 1 } };
    expect(missingRequiredFields(wonList, [deals])).toEqual([]);
    expect(missingRequiredFields({ ...wonList, columns: { amount: 1 } }, [deals]).map((field) => field.label)).toEqual(['作成日']);
  });

  describe('edge cases', () => {
    it('lists nothing for an unused tab, and names a field of a kind the server did not describe by its key', () => {
      expect(missingRequiredFields({ ...ADS, kind: null }, KINDS)).toEqual([]);
      expect(missingRequiredFields({ ...ADS, kind: 'email' }, KINDS)).toEqual([{ field: 'delivered', label: 'delivered', required: true }]);
    });
  });
});

describe('sameMapping', () => {
  it('ignores key order and undefined members', () => {
    const reordered: TabMapping = { columns: { clicks: 2, cost: 3, date: 0 }, headerRow: 0, kind: 'ads', tab: 'GoogleAds', channel: undefined };
    expect(sameMapping(ADS, reordered)).toBe(true);
  });

  it('tells different mappings apart', () => {
    expect(sameMapping(ADS, { ...ADS, columns: { ...ADS.columns, cost: 4 } })).toBe(false);
    expect(sameMapping(ADS, { ...ADS, channel: 'Google' })).toBe(false);
  });

  describe('edge cases', () => {
    it('compares wide target layouts by their content', () => {
      const wide: TabMapping = { tab: '目標', kind: 'targets', headerRow: 0, columns: { month: 0 }, wideMetrics: { 1: 'leads', 2: 'won' } };
      expect(sameMapping(wide, { ...wide, wideMetrics: { 2: 'won', 1: 'leads' } })).toBe(true);
    });
  });
});

describe('channel overrides and attribute columns', () => {
  const empty = { mappings: [], settings: {} };

  it('sets, replaces (any spelling of the channel) and removes a channel override', () => {
    const one = withChannelGroup(empty, 'Google Ads', 'paid_search');
    expect(one.settings).toEqual({ channelGroups: { 'Google Ads': 'paid_search' } });
    expect(channelOverride(one, 'ｇｏｏｇｌｅ  ads')).toBe('paid_search');
    const replaced = withChannelGroup(one, 'google ads', 'display');
    expect(replaced.settings).toEqual({ channelGroups: { 'google ads': 'display' } });
    const two = withChannelGroup(replaced, '展示会', 'events');
    expect(Object.keys(two.settings.channelGroups ?? {})).toEqual(['google ads', '展示会']);
    expect(withChannelGroup(withChannelGroup(two, 'GOOGLE ADS', null), '展示会', null).settings).toEqual({});
    expect(channelOverride(empty, 'Google Ads')).toBeUndefined();
  });

  it('adds and removes picked attribute columns, leaving the setting out when none is left', () => {
    const picked = withAttributeColumn(withAttributeColumn(empty, '地域', true), '流入経路', true);
    expect(picked.settings).toEqual({ attributeColumns: ['地域', '流入経路'] });
    expect(withAttributeColumn(picked, '地域', true).settings).toEqual({ attributeColumns: ['流入経路', '地域'] });
    expect(withAttributeColumn(withAttributeColumn(picked, '地域', false), '流入経路', false).settings).toEqual({});
  });
});
