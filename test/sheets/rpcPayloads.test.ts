/**
 * The validators at the boundary of the server functions (src/sheets/rpcPayloads.ts): one per
 * payload type, each either the payload as the engine may use it or problems in the user's words.
 * The whole surface is fuzzed through the built bundle in test/fuzz/sidebarRpc.test.ts.
 */
import fc from 'fast-check';
import { MAX_MAPPINGS, payloadLanguage, readMappingsPayload, readRequestPayload, readSettingsPayload, readSetupPayload, readSheetNamePayload, requirePayload, savedSettings } from '../../src/sheets/rpcPayloads';

const ADS = { tab: '広告', kind: 'ads', headerRow: 0, columns: { date: 0, cost: 2, channel: 1 } };

describe('readSetupPayload', () => {
  it('keeps a setup the sidebar sends (mappings from its state, settings as typed)', () => {
    const setup = {
      mappings: [ADS, { tab: 'メモ', kind: null, headerRow: 0, columns: {} }, { tab: '目標', kind: 'targets', headerRow: 1, columns: { month: 0 }, wideMetrics: { 1: 'leads' } }],
      settings: { view: 'period', language: 'ja', targetRevenue: '8400万', grossMargin: 0.7, channelGroups: { 'Google Ads': 'paid_search' } },
    };
    expect(readSetupPayload(setup, 'ja')).toEqual({
      ok: true,
      value: {
        mappings: [ADS, { tab: 'メモ', kind: null, headerRow: 0, columns: {} }, { tab: '目標', kind: 'targets', headerRow: 1, columns: { month: 0 }, wideMetrics: { 1: 'leads' } }],
        settings: { view: 'period', language: 'ja', targetRevenue: '8400万', grossMargin: 0.7, channelGroups: { 'Google Ads': 'paid_search' } },
      },
    });
  });

  it('keeps a margin as the fraction and channel groups by id, as the sidebar shows them', () => {
    expect(readSettingsPayload({ grossMargin: '70%', channelGroups: { 'Google Ads': '有料検索', 展示会: 'Events' } }, 'ja')).toEqual({
      ok: true,
      value: { grossMargin: 0.7, channelGroups: { 'Google Ads': 'paid_search', 展示会: 'events' } },
    });
  });

  it('keeps only the keys of SettingsInput: __proto__, constructor and the like are not carried into the saved setup', () => {
    const settings = JSON.parse('{"view":"cohort","__proto__":{"polluted":1},"constructor":{"prototype":{"x":1}},"extra":"x"}') as unknown;
    const result = readSetupPayload({ mappings: [], settings }, 'en');
    expect(result).toEqual({ ok: true, value: { mappings: [], settings: { view: 'cohort' } } });
    expect(Object.getPrototypeOf(result.ok ? result.value.settings : null)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['a number', 42],
    ['a list', []],
    ['text', 'setup'],
    ['null', null],
  ])('refuses %s instead of a setup', (_label, input) => {
    expect(readSetupPayload(input, 'en')).toEqual({ ok: false, problems: ['The setup sent by the sidebar is not an object with mappings and settings. Reopen the sidebar and try again.'] });
  });

  it('names the mapping and the part of it that cannot be read, in Japanese too', () => {
    const result = readSetupPayload(
      { mappings: [{ ...ADS, headerRow: -1 }, { ...ADS, tab: 'リード', columns: { date: 'A', bogus: 1 } }, { tab: 'x'.repeat(101), kind: 'ads', headerRow: 0, columns: {} }, 7], settings: {} },
      'ja'
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        '「広告」の列の対応づけを読み取れませんでした（headerRow）。サイドバーを開き直して、このタブの対応づけを確認してください。',
        '「リード」の列の対応づけを読み取れませんでした（columns.date, columns.bogus）。サイドバーを開き直して、このタブの対応づけを確認してください。',
        '3番目のタブの列の対応づけを読み取れませんでした（tab）。サイドバーを開き直して、このタブの対応づけを確認してください。',
        '4番目のタブの列の対応づけを読み取れませんでした（mapping）。サイドバーを開き直して、このタブの対応づけを確認してください。',
      ],
    });
  });

  it('refuses a tab mapped twice, a channel over 200 characters and more mappings than a setup holds', () => {
    expect(readMappingsPayload([ADS, { ...ADS, kind: 'traffic' }], 'en')).toEqual({
      ok: false,
      problems: ['The column mapping of "広告" could not be read (tab). Reopen the sidebar and check the mapping of this tab.'],
    });
    expect(readMappingsPayload([{ ...ADS, channel: 'x'.repeat(201) }], 'en')).toEqual({
      ok: false,
      problems: ['The column mapping of "広告" could not be read (channel). Reopen the sidebar and check the mapping of this tab.'],
    });
    const many = Array.from({ length: MAX_MAPPINGS + 1 }, (_, i) => ({ ...ADS, tab: `t${i}` }));
    expect(readMappingsPayload(many, 'en')).toEqual({ ok: false, problems: [`A setup holds column mappings for at most ${MAX_MAPPINGS} tabs. Set the tabs you do not use to "Not used" and save again.`] });
  });

  it('counts the problems beyond the tenth', () => {
    const result = readMappingsPayload(Array.from({ length: 13 }, () => 'x'), 'en');
    expect(result.ok ? [] : result.problems).toHaveLength(11);
    expect(result.ok ? '' : result.problems[10]).toBe('3 more problems.');
  });

  it('refuses settings that readSettings refuses, quoting a bad value short and never a huge one', () => {
    const result = readSettingsPayload({ language: 'en', from: 'x'.repeat(1 << 20), to: { a: 1 }, currency: 5 }, 'ja');
    expect(result).toEqual({
      ok: false,
      problems: [
        'from must be a date written YYYY-MM-DD, such as 2025-04-01 (got text of 1048576 characters).',
        'to must be a date written YYYY-MM-DD, such as 2025-04-01 (got a value that is neither text nor a number).',
        'currency must be a three-letter code such as JPY or USD.',
      ],
    });
    expect(readSettingsPayload({ from: '2025/04/01', to: NaN }, 'ja')).toEqual({
      ok: false,
      problems: [
        '開始日（from）は 2025-04-01 のような YYYY-MM-DD 形式の日付で指定してください（指定された値: 「2025/04/01」）。',
        '終了日（to）は 2025-04-01 のような YYYY-MM-DD 形式の日付で指定してください（指定された値: 文字列でも数でもない値）。',
      ],
    });
  });

  it('refuses a period day outside the years dates are read in (a period to 9999 overflowed the monthly tables)', () => {
    expect(readSettingsPayload({ from: '0001-01-01', to: '9999-12-31' }, 'ja')).toEqual({
      ok: false,
      problems: ['開始日（from）「0001-01-01」は1900年〜2200年の日付にしてください。', '終了日（to）「9999-12-31」は1900年〜2200年の日付にしてください。'],
    });
  });

  it('turns problems into one typed error the sidebar shows line by line', () => {
    expect(() => requirePayload(readSetupPayload(5, 'en'), 'en')).toThrow(
      expect.objectContaining({ name: 'FunnelError', code: 'invalid_settings', details: ['The setup sent by the sidebar is not an object with mappings and settings. Reopen the sidebar and try again.'] })
    );
  });

  it('answers any JSON value with a payload or problems, never a throw, and keeps no key outside SettingsInput [fast-check, 300 runs]', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.jsonValue({ maxDepth: 4 }), (mappings, settings) => {
        const result = readSetupPayload({ mappings, settings }, 'en');
        if (result.ok) {
          for (const key of Object.keys(result.value.settings)) expect(['view', 'language', 'currency', 'from', 'to', 'grossMargin', 'expectedPurchases', 'scoreBands', 'channelGroups', 'attributeColumns', 'targetRevenue', 'targetCustomers']).toContain(key);
        } else {
          for (const problem of result.problems) expect(problem.length).toBeLessThan(700);
        }
      }),
      { seed: 16, numRuns: 300 }
    );
  });
});

describe('readRequestPayload, readSheetNamePayload, payloadLanguage', () => {
  it('reads the JSON entry points’ request: settings and mappings when given, withSummary only when true', () => {
    expect(readRequestPayload(undefined, 'ja')).toEqual({ ok: true, value: { withSummary: false } });
    expect(readRequestPayload({ settings: { view: 'period' }, withSummary: 'yes', notices: ['x'] }, 'ja')).toEqual({ ok: true, value: { settings: { view: 'period' }, withSummary: false } });
    expect(readRequestPayload({ mappings: {} }, 'en')).toEqual({ ok: false, problems: ['The column mappings are not a list with one entry per tab. Reopen the sidebar and try again.'] });
  });

  it('accepts a sheet name only as non-blank text Sheets could hold', () => {
    expect(['ファネル概要', '', ' ', 5, null, ['a'], 'x'.repeat(101), 'x'.repeat(100)].map(readSheetNamePayload)).toEqual(['ファネル概要', null, null, null, null, null, null, 'x'.repeat(100)]);
  });

  it('takes the first language named', () => {
    expect(payloadLanguage({ language: 'fr' }, 'en')).toBe('en');
    expect(payloadLanguage(undefined, { language: 'ja' })).toBe('ja');
    expect(payloadLanguage('__proto__', 7)).toBeNull();
  });
});

describe('savedSettings', () => {
  it('keeps each stored setting that is valid on its own, so an old or hand-edited store never reaches the sidebar as junk', () => {
    expect(savedSettings({ view: 'period', from: 5, to: '2025-04-30', grossMargin: 70, channelGroups: { Web: 'Referral sites' }, junk: 1, __proto__: { x: 1 } })).toEqual({
      view: 'period',
      to: '2025-04-30',
      grossMargin: 0.7,
      channelGroups: { Web: 'referral' },
    });
    expect(savedSettings('cohort')).toEqual({});
    expect(savedSettings(null)).toEqual({});
  });

  it('leaves out a null or blank view, language, currency or period day (not set), and keeps a null margin or target (cleared), blank as null', () => {
    expect(savedSettings({ view: null, language: null, currency: null, from: null, to: null, grossMargin: null, targetRevenue: null })).toEqual({
      grossMargin: null,
      targetRevenue: null,
    });
    expect(readSettingsPayload({ currency: null }, 'en')).toEqual({ ok: true, value: {} });
    expect(savedSettings({ currency: '', from: '', expectedPurchases: '', grossMargin: '', targetCustomers: '' })).toEqual({
      expectedPurchases: null,
      grossMargin: null,
      targetCustomers: null,
    });
  });
});
