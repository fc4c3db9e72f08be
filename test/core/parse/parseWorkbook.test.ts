import type { TabMapping, Warning } from '../../../src/core/model/types';
import { parseWorkbook } from '../../../src/core/parse/parseWorkbook';
import { ROW_WARNINGS_PER_COLUMN } from '../../../src/core/parse/warningLog';
import { recognizeTab } from '../../../src/core/recognition/recognizeTab';
import { ga4TrafficAcquisitionJa } from '../../fixtures/exports/ga4-traffic-acquisition-ja';
import { googleAdsCampaignReportJa } from '../../fixtures/exports/google-ads-campaign-report-ja';
import { handmadeDealsJa } from '../../fixtures/exports/handmade-deals-ja';
import { handmadeLeadsJa } from '../../fixtures/exports/handmade-leads-ja';
import { hubspotContactsEn } from '../../fixtures/exports/hubspot-contacts-en';
import { hubspotDealsEn } from '../../fixtures/exports/hubspot-deals-en';
import { targetsLongEn } from '../../fixtures/exports/targets-long-en';
import { targetsWideJa } from '../../fixtures/exports/targets-wide-ja';

type Grid = readonly (readonly unknown[])[];

const utcDay = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day) / 86_400_000;
const tokyo = () => 540;
const options = { zoneOffset: tokyo, language: 'ja' as const };
const optionsEn = { zoneOffset: tokyo, language: 'en' as const };

/** Parses one tab with the mapping recognition proposes. */
function parseRecognised(name: string, values: Grid, language: 'ja' | 'en' = 'ja') {
  const { mapping } = recognizeTab(name, values);
  return parseWorkbook([{ name, values }], [mapping], { zoneOffset: tokyo, language });
}

const codesOf = (warnings: readonly Warning[]) => warnings.map((warning) => [warning.row, warning.field, warning.code]);

describe('parseWorkbook', () => {
  describe('ads tabs', () => {
    it('reads a Google Ads report: title rows and totals skipped, -- blank, the tab name as channel', () => {
      const parsed = parseRecognised('Google広告', googleAdsCampaignReportJa);
      expect(parsed.ads).toEqual([
        {
          tab: 'Google広告',
          row: 4,
          date: utcDay(2025, 4, 1),
          until: null,
          channel: 'Google広告',
          campaign: '指名検索',
          cost: 6720,
          impressions: 1234,
          clicks: 56,
          conversions: 2,
        },
        {
          tab: 'Google広告',
          row: 5,
          date: utcDay(2025, 4, 2),
          until: null,
          channel: 'Google広告',
          campaign: '一般検索',
          cost: 0,
          impressions: 2000,
          clicks: 0,
          conversions: 0,
        },
      ]);
      // The two 合計: rows have no date in the 日 column: totals, skipped, counted and named.
      expect(parsed.warnings).toEqual([
        {
          tab: 'Google広告',
          row: 6, // the first row it names (design §9.1)
          field: null,
          code: 'total_rows_skipped',
          message:
            '「Google広告」の2行（6、7行目）は合計・小計の行と判断し、二重に数えないよう集計から除外しました。データの行が含まれている場合は、その行に日付（またはID）を入れるか、「合計」のようなラベルを変えてください。',
        },
      ]);
      expect(parsed.sources).toEqual([
        {
          tab: 'Google広告',
          kind: 'ads',
          headerRow: 3,
          rowsRead: 2,
          rowsSkipped: 2,
          mapping: { date: '日', campaign: 'キャンペーン', impressions: '表示回数', clicks: 'クリック数', cost: '費用', conversions: 'コンバージョン' },
        },
      ]);
    });

    it('uses the channel the user set for a tab without a channel column', () => {
      const values = [['日付', '費用'], ['2025/4/1', '1000']];
      const mapping: TabMapping = { tab: '展示会費用', kind: 'ads', headerRow: 0, columns: { date: 0, cost: 1 }, channel: '展示会' };
      expect(parseWorkbook([{ name: '展示会費用', values }], [mapping], options).ads[0]?.channel).toBe('展示会');
    });

    it('keeps the raw channel label, trimmed, and null for a blank channel cell', () => {
      const values = [['日付', '媒体', '費用'], ['2025/4/1', '  Google広告 ', '1000'], ['2025/4/1', '', '500']];
      const parsed = parseRecognised('広告', values);
      expect(parsed.ads.map((row) => row.channel)).toEqual(['Google広告', null]);
    });

    it('keeps a negative cost with a warning, and skips a row with an unreadable cost', () => {
      const values = [['日付', '費用', '表示回数'], ['2025/4/1', '-1,000', '5'], ['2025/4/2', 'abc', '5'], ['2025/4/3', '¥500', '-3']];
      const parsed = parseRecognised('広告', values, 'en');
      expect(parsed.ads.map((row) => [row.row, row.cost, row.impressions])).toEqual([
        [2, -1000, 5],
        [4, 500, null],
      ]);
      expect(codesOf(parsed.warnings)).toEqual([
        [2, 'cost', 'negative_value'],
        [3, 'cost', 'unparseable_number'],
        [4, 'impressions', 'negative_value'],
      ]);
      expect(parsed.warnings[1]?.message).toBe(
        '"広告" row 3: cost "abc" is not a number. The row was skipped. Enter a number (e.g. 1200, ¥1,200, 12%, 1.2万) or leave the cell blank.',
      );
      expect(parsed.sources[0]).toEqual({
        tab: '広告',
        kind: 'ads',
        headerRow: 1,
        rowsRead: 2,
        rowsSkipped: 1,
        mapping: { date: '日付', cost: '費用', impressions: '表示回数' },
      });
    });
  });

  describe('traffic tabs', () => {
    it('reads a GA4 export below its # preamble', () => {
      const parsed = parseRecognised('GA4', ga4TrafficAcquisitionJa);
      expect(parsed.traffic[0]).toEqual({
        tab: 'GA4',
        row: 11,
        date: utcDay(2025, 4, 1),
        until: null,
        channel: 'Organic Search',
        sessions: 150,
        newUsers: null,
        engagedSessions: 90,
        bounceRate: 0.4,
        averageEngagementSeconds: 83.5,
        downloads: null,
      });
      expect(parsed.traffic).toHaveLength(3);
    });

    it('reads bounce rates as fractions, percentages or percent points', () => {
      const values = [
        ['日付', 'セッション', '直帰率'],
        ['20250401', '100', '0.4462'],
        ['20250402', '100', '44.62%'],
        ['20250403', '100', '44.62'],
        ['20250404', '100', '140%'],
        ['20250405', '100', '--'],
      ];
      const parsed = parseRecognised('アクセス', values);
      expect(parsed.traffic.map((row) => row.bounceRate)).toEqual([0.4462, 0.4462, 0.4462, null, null]);
      expect(codesOf(parsed.warnings)).toEqual([[5, 'bounce_rate', 'unparseable_number']]);
    });

    it('skips a row with negative sessions', () => {
      const parsed = parseRecognised('アクセス', [['日付', 'セッション'], ['2025/4/1', '-5']]);
      expect(parsed.traffic).toEqual([]);
      expect(codesOf(parsed.warnings)).toEqual([[2, 'sessions', 'negative_value']]);
    });
  });

  describe('leads tabs', () => {
    it('reads a hand-made lead list with ○/済 flags, a won date and an amount', () => {
      const parsed = parseRecognised('リード', handmadeLeadsJa);
      expect(parsed.leads).toEqual([
        {
          tab: 'リード',
          row: 4,
          created: utcDay(2025, 4, 1),
          leadId: null,
          emailKey: 'taro@example.co.jp',
          linkKey: null,
          dealId: null,
          channel: '展示会',
          score: null,
          mql: { date: null, flag: true },
          sql: { date: null, flag: false },
          opportunities: { date: null, flag: true },
          won: { date: utcDay(2025, 5, 20), flag: false },
          statusStage: null,
          lost: false,
          amount: 1_200_000,
        },
        {
          tab: 'リード',
          row: 5,
          created: utcDay(2025, 4, 2),
          leadId: null,
          emailKey: 'suzuki@example.jp',
          linkKey: null,
          dealId: null,
          channel: 'Web広告',
          score: null,
          mql: { date: null, flag: false },
          sql: { date: null, flag: false },
          opportunities: { date: null, flag: false },
          won: { date: null, flag: false },
          statusStage: null,
          lost: false,
          amount: null,
        },
      ]);
      expect(parsed.warnings).toEqual([]);
    });

    it('reads a HubSpot contacts export with stage dates and lifecycle stage', () => {
      const parsed = parseRecognised('contacts', hubspotContactsEn, 'en');
      const [first, second] = parsed.leads;
      expect(first).toMatchObject({
        row: 2,
        leadId: '101',
        emailKey: 'taro.yamada@example.co.jp',
        score: 55,
        mql: { date: utcDay(2025, 4, 5), flag: false },
        sql: { date: utcDay(2025, 4, 10), flag: false },
        opportunities: { date: utcDay(2025, 4, 20), flag: false },
        won: { date: utcDay(2025, 5, 15), flag: false },
        statusStage: 'won',
      });
      expect(second).toMatchObject({ row: 3, statusStage: 'mql', sql: { date: null, flag: false } });
    });

    it('turns a flag-like value in a date column into a flag, and a date in a flag column into a date', () => {
      const values = [
        ['作成日', 'MQL日', '商談化', 'SQL日'],
        ['2025/4/1', '済', '2025/4/9', '4月上旬'],
      ];
      const parsed = parseRecognised('リード', values);
      expect(parsed.leads[0]).toMatchObject({
        mql: { date: null, flag: true },
        opportunities: { date: utcDay(2025, 4, 9), flag: false },
        sql: { date: null, flag: false },
      });
      expect(codesOf(parsed.warnings)).toEqual([[2, 'sql_date', 'unparseable_date']]);
    });

    it('reads status, lost flags and reports unknown statuses and flags once per column', () => {
      const values = [
        ['作成日', 'ステータス', '失注', 'MQL'],
        ['2025/4/1', '商談中', '', '○'],
        ['2025/4/2', '保留', '', '要確認'],
        ['2025/4/3', '保留', '有', '要確認'],
        ['2025/4/4', '失注', '', ''],
      ];
      const parsed = parseRecognised('リード', values, 'en');
      expect(parsed.leads.map((lead) => [lead.statusStage, lead.lost, lead.mql.flag])).toEqual([
        ['opportunities', false, true],
        ['leads', false, false],
        ['leads', true, false],
        ['opportunities', true, false],
      ]);
      expect(codesOf(parsed.warnings)).toEqual([
        [null, 'status', 'unrecognised_value'],
        [null, 'mql_flag', 'unrecognised_value'],
      ]);
      expect(parsed.warnings[0]?.message).toBe(
        // Japanese text could be a name, so it is described, with the row to look at (design §7.2).
        '"リード", column status: 2 rows hold values that could not be read ((text of 2 characters) (row 3)), counted at the lead stage. Use values such as Lead, MQL, SQL, Opportunity, Won or Lost.',
      );
    });

    it('normalises emails and keeps numeric ids as text', () => {
      const values = [['作成日', 'Email', 'Lead ID'], ['2025/4/1', ' Taro.Yamada＠Example.co.jp ', 12345]];
      const parsed = parseRecognised('leads', values);
      expect(parsed.leads[0]).toMatchObject({ emailKey: 'taro.yamada@example.co.jp', leadId: '12345' });
    });

    it('reads Date cells in the spreadsheet zone', () => {
      const values = [['作成日', 'MQL日'], [new Date(Date.UTC(2025, 2, 31, 15)), new Date(Date.UTC(2025, 3, 4, 15))]];
      const parsed = parseRecognised('リード', values);
      expect(parsed.leads[0]).toMatchObject({ created: utcDay(2025, 4, 1), mql: { date: utcDay(2025, 4, 5), flag: false } });
    });
  });

  describe('lead attributes (design §4.7)', () => {
    const values: Grid = [
      ['作成日', '業種', '従業員数', '地域', '担当者メモ'],
      ['2025-04-01', ' 製造業 ', 120, '関東', ''],
      ['2025-04-02', '', '', '', '=HYPERLINK("http://x","a")'],
    ];
    const mapping: TabMapping = { tab: 'リード', kind: 'leads', headerRow: 0, columns: { created_date: 0, industry: 1, employees: 2 } };

    it('reads recognised attribute columns as trimmed text, leaving blanks out', () => {
      const parsed = parseWorkbook([{ name: 'リード', values }], [mapping], options);
      expect(parsed.leads.map((row) => row.attributes)).toEqual([{ industry: '製造業', employees: '120' }, {}]);
      expect(parsed.leadAttributes).toEqual([
        { tab: 'リード', key: 'industry', field: 'industry', header: '業種' },
        { tab: 'リード', key: 'employees', field: 'employees', header: '従業員数' },
      ]);
    });

    it('reads the columns the user picked by header, once, and keeps formula-looking text literal', () => {
      const parsed = parseWorkbook([{ name: 'リード', values }], [mapping], { ...options, attributeColumns: ['地域', ' 担当者メモ ', '業種', '存在しない列'] });
      expect(parsed.leads.map((row) => row.attributes)).toEqual([
        { industry: '製造業', employees: '120', 'column:地域': '関東' },
        { 'column:担当者メモ': '=HYPERLINK("http://x","a")' },
      ]);
      expect(parsed.leadAttributes?.map((column) => [column.key, column.field, column.header])).toEqual([
        ['industry', 'industry', '業種'],
        ['employees', 'employees', '従業員数'],
        ['column:地域', 'column', '地域'],
        ['column:担当者メモ', 'column', '担当者メモ'],
      ]);
    });

    it('gives rows of a leads tab without attribute columns no attributes at all', () => {
      const parsed = parseWorkbook([{ name: 'リード', values }], [{ ...mapping, columns: { created_date: 0 } }], options);
      expect(parsed.leads.every((row) => row.attributes === undefined)).toBe(true);
      expect(parsed).not.toHaveProperty('leadAttributes');
    });
  });

  describe('deals tabs', () => {
    it('reads HubSpot deal stages as outcomes', () => {
      const parsed = parseRecognised('deals', hubspotDealsEn);
      expect(parsed.deals.map((deal) => [deal.dealId, deal.outcome, deal.amount, deal.closeDate])).toEqual([
        ['9001', 'won', 1_200_000, utcDay(2025, 5, 15)],
        ['9002', 'open', 300_000, utcDay(2025, 6, 30)],
        ['9003', 'lost', 500_000, utcDay(2025, 5, 1)],
      ]);
    });

    it('reads a hand-made sheet with フェーズ and 受注日', () => {
      const parsed = parseRecognised('商談', handmadeDealsJa);
      expect(parsed.deals.map((deal) => [deal.outcome, deal.closeDate])).toEqual([
        ['won', utcDay(2025, 5, 20)],
        ['open', null],
      ]);
    });

    it('treats a date under 受注日 as won when there is no stage column', () => {
      const values = [['作成日', '会社名', '受注日', '金額'], ['2025/4/10', 'A社', '2025/5/20', '100'], ['2025/4/11', 'B社', '', '200']];
      const parsed = parseRecognised('商談', values);
      expect(parsed.deals.map((deal) => deal.outcome)).toEqual(['won', 'open']);
    });

    it('keeps deals with an unknown stage open and says so once', () => {
      const values = [['作成日', 'ステージ'], ['2025/4/1', '社内稟議待ち？'], ['2025/4/2', '受注']];
      const parsed = parseRecognised('商談', values);
      expect(parsed.deals.map((deal) => deal.outcome)).toEqual(['open', 'won']);
      expect(codesOf(parsed.warnings)).toEqual([[null, 'stage', 'unrecognised_value']]);
    });
  });

  describe('email tabs', () => {
    it('falls back to sent when delivered is blank, and skips rows with neither', () => {
      const values = [
        ['配信日', '件名', '配信数', '到達数', '開封数'],
        ['2025/4/10', 'A', '1,000', '980', '245'],
        ['2025/4/24', 'B', '500', '', '120'],
        ['2025/4/30', 'C', '', '', '10'],
      ];
      const parsed = parseRecognised('メルマガ', values);
      expect(parsed.email.map((row) => [row.row, row.delivered, row.opens])).toEqual([
        [2, 980, 245],
        [3, 500, 120],
      ]);
      expect(codesOf(parsed.warnings)).toEqual([[4, 'delivered', 'missing_required']]);
    });
  });

  describe('targets tabs', () => {
    it('reads the wide layout into one row per month and metric', () => {
      const parsed = parseRecognised('目標', targetsWideJa);
      expect(parsed.targets.filter((row) => row.month === '2025-04')).toEqual([
        { tab: '目標', row: 2, month: '2025-04', metric: 'leads', target: 100 },
        { tab: '目標', row: 2, month: '2025-04', metric: 'opportunities', target: 20 },
        { tab: '目標', row: 2, month: '2025-04', metric: 'won', target: 5 },
        { tab: '目標', row: 2, month: '2025-04', metric: 'revenue', target: 5_000_000 },
        { tab: '目標', row: 2, month: '2025-04', metric: 'cost', target: 1_000_000 },
      ]);
      expect(parsed.targets).toHaveLength(10);
      expect(parsed.mappedFields).toEqual(new Set(['targets.month', 'targets.metric', 'targets.target']));
    });

    it('reads the long layout and skips rows with unknown metrics', () => {
      const values = [...targetsLongEn, ['2025-04', 'Gross profit', '100']];
      const parsed = parseRecognised('Targets', values, 'en');
      expect(parsed.targets.map((row) => row.metric)).toEqual(['leads', 'revenue', 'opportunities']);
      expect(codesOf(parsed.warnings)).toEqual([[5, 'metric', 'unknown_metric']]);
      expect(parsed.sources[0]).toMatchObject({ tab: 'Targets', kind: 'targets', headerRow: 1, rowsRead: 3, rowsSkipped: 1 });
    });
  });

  describe('row numbers and skipped rows', () => {
    it('reports the row number the user sees, counting title and header rows', () => {
      const values = [
        ['リード一覧'],
        ['作成日', '会社名', 'メール'],
        ['2025/4/1', 'A社', 'a@example.jp'],
        ['2025/2/30', 'B社', 'b@example.jp'],
        ['', 'C社', 'c@example.jp'],
      ];
      const parsed = parseRecognised('リード', values);
      expect(parsed.leads.map((lead) => lead.row)).toEqual([3]);
      expect(parsed.warnings).toEqual([
        {
          tab: 'リード',
          row: 4,
          field: 'created_date',
          code: 'unparseable_date',
          message:
            '「リード」4行目: 作成日「2025/2/30」は存在しない日付・時刻です。この行は集計から除外しました。2025-04-01、2025/4/1、2025年4月1日のような形で入力してください。',
        },
        {
          tab: 'リード',
          row: 5,
          field: 'created_date',
          code: 'missing_required',
          message: '「リード」5行目: 作成日が空欄です。この行は集計から除外しました。値を入力するか、データの行でなければ削除してください。',
        },
      ]);
      expect(parsed.sources).toEqual([
        { tab: 'リード', kind: 'leads', headerRow: 2, rowsRead: 1, rowsSkipped: 2, mapping: { created_date: '作成日', company: '会社名', email: 'メール' } },
      ]);
    });

    it('passes over blank rows and repeated headers, and counts and names the total rows it skips', () => {
      const values = [
        ['日付', '費用'],
        ['2025/4/1', '100'],
        [],
        ['', '  '],
        ['日付', '費用'],
        ['2025/4/2', '200'],
        ['合計', '300'],
        ['Grand total', '300'],
        ['# exported by tool'],
      ];
      const parsed = parseRecognised('広告', values);
      expect(parsed.ads.map((row) => [row.row, row.cost])).toEqual([
        [2, 100],
        [6, 200],
      ]);
      expect(codesOf(parsed.warnings)).toEqual([[7, null, 'total_rows_skipped']]);
      expect(parsed.warnings[0]?.message).toContain('（7、8行目）');
      expect(parsed.sources).toEqual([{ tab: '広告', kind: 'ads', headerRow: 1, rowsRead: 2, rowsSkipped: 2, mapping: { date: '日付', cost: '費用' } }]);
    });

    it('caps row warnings per column and sums up the rest', () => {
      const bad = Array.from({ length: ROW_WARNINGS_PER_COLUMN + 3 }, () => ['不明', '100']);
      const parsed = parseRecognised('広告', [['日付', '費用'], ...bad], 'en');
      expect(parsed.warnings).toHaveLength(ROW_WARNINGS_PER_COLUMN + 1);
      expect(parsed.warnings.at(-1)).toMatchObject({ row: null, field: 'date', code: 'unparseable_date' });
      expect(parsed.sources[0]?.rowsSkipped).toBe(ROW_WARNINGS_PER_COLUMN + 3);
    });

    it('reads a/b/yyyy dates in the order the column shows, and says when it had to assume', () => {
      const dayFirst = parseRecognised('Leads', [['Created Date'], ['4/5/2025'], ['13/5/2025']], 'en');
      expect(dayFirst.leads.map((lead) => lead.created)).toEqual([utcDay(2025, 5, 4), utcDay(2025, 5, 13)]);
      expect(dayFirst.warnings).toEqual([]);
      const assumed = parseRecognised('Leads', [['Created Date'], ['4/5/2025']], 'en');
      expect(assumed.leads.map((lead) => lead.created)).toEqual([utcDay(2025, 4, 5)]);
      expect(codesOf(assumed.warnings)).toEqual([[null, 'created_date', 'ambiguous_date_order']]);
    });
  });

  describe('mappings', () => {
    it('lists every mapped kind.field and a source per tab', () => {
      const parsed = parseWorkbook(
        [
          { name: '広告', values: [['日付', '費用', '表示回数'], ['2025/4/1', '100', '10']] },
          { name: 'メモ', values: [['メモ']] },
        ],
        [
          { tab: '広告', kind: 'ads', headerRow: 0, columns: { date: 0, cost: 1, impressions: 2 } },
          { tab: 'メモ', kind: null, headerRow: 0, columns: {} },
        ],
        options,
      );
      expect(parsed.mappedFields).toEqual(new Set(['ads.date', 'ads.cost', 'ads.impressions']));
      expect(parsed.sources).toEqual([
        { tab: '広告', kind: 'ads', headerRow: 1, rowsRead: 1, rowsSkipped: 0, mapping: { date: '日付', cost: '費用', impressions: '表示回数' } },
        { tab: 'メモ', kind: null, headerRow: 1, rowsRead: 0, rowsSkipped: 0, mapping: {} },
      ]);
    });

    it('does not read a tab whose required columns are not mapped', () => {
      const parsed = parseWorkbook(
        [{ name: '広告', values: [['日付', '費用'], ['2025/4/1', '100']] }],
        [{ tab: '広告', kind: 'ads', headerRow: 0, columns: { date: 0 } }],
        options,
      );
      expect(parsed.ads).toEqual([]);
      expect(parsed.mappedFields.size).toBe(0);
      expect(parsed.warnings).toEqual([
        {
          tab: '広告',
          row: null,
          field: 'cost',
          code: 'unusable_tab',
          message:
            '「広告」タブ（1行）は、広告データとして読むのに必要な列（費用）が選ばれていないため、読み込みませんでした。サイドバーの「列の対応づけ」で列を選んでください。',
        },
      ]);
    });

    it('warns about a mapped tab that no longer exists and about a header row beyond the end', () => {
      const parsed = parseWorkbook(
        [{ name: '短い', values: [['日付', '費用']] }],
        [
          { tab: '消えたタブ', kind: 'leads', headerRow: 0, columns: { created_date: 0 } },
          { tab: '短い', kind: 'ads', headerRow: 4, columns: { date: 0, cost: 1 } },
        ],
        optionsEn,
      );
      expect(codesOf(parsed.warnings)).toEqual([
        [null, null, 'unusable_tab'],
        [5, null, 'header_not_found'],
      ]);
      expect(parsed.warnings[0]?.message).toBe(
        'Tab "消えたタブ" was not found, so it was not read. If it was renamed, set up the renamed tab in the sidebar.',
      );
    });

    it('combines several tabs of one kind and uses only the first mapping of a tab', () => {
      const tabs = [
        { name: 'Google', values: [['日', '費用'], ['2025/4/1', '100']] },
        { name: 'Yahoo', values: [['日', 'コスト'], ['2025/4/1', '50']] },
      ];
      const parsed = parseWorkbook(
        tabs,
        [
          { tab: 'Google', kind: 'ads', headerRow: 0, columns: { date: 0, cost: 1 } },
          { tab: 'Yahoo', kind: 'ads', headerRow: 0, columns: { date: 0, cost: 1 } },
          { tab: 'Google', kind: 'traffic', headerRow: 0, columns: { date: 0, sessions: 1 } },
        ],
        options,
      );
      expect(parsed.ads.map((row) => [row.channel, row.cost])).toEqual([
        ['Google', 100],
        ['Yahoo', 50],
      ]);
      expect(parsed.traffic).toEqual([]);
      expect(parsed.sources).toHaveLength(2);
    });
  });

  describe('edge cases', () => {
    it('returns empty results for no tabs', () => {
      const parsed = parseWorkbook([], [], options);
      expect(parsed).toEqual({
        ads: [],
        traffic: [],
        leads: [],
        deals: [],
        email: [],
        targets: [],
        mappedFields: new Set(),
        sources: [],
        unreadable: new Map(),
        warnings: [],
      });
    });

    it('reads --, n/a and (not set) in number columns as blank, not zero', () => {
      const values = [['日付', '費用', '表示回数', 'クリック数', 'コンバージョン'], ['2025/4/1', '100', 'n/a', '(not set)', 'N/A']];
      const parsed = parseRecognised('広告', values);
      expect(parsed.ads[0]).toMatchObject({ cost: 100, impressions: null, clicks: null, conversions: null });
      expect(parsed.warnings).toEqual([]);
    });

    it('reads rows shorter than the header as blank cells', () => {
      const parsed = parseRecognised('広告', [['日付', '費用', '表示回数'], ['2025/4/1', '100']]);
      expect(parsed.ads[0]).toMatchObject({ cost: 100, impressions: null });
    });

    it('reads optional values that cannot be parsed as null with a warning', () => {
      const parsed = parseRecognised('広告', [['日付', '費用', 'クリック数'], ['2025/4/1', '100', 'たくさん']]);
      expect(parsed.ads[0]?.clicks).toBeNull();
      expect(codesOf(parsed.warnings)).toEqual([[2, 'clicks', 'unparseable_number']]);
      expect(parsed.warnings[0]?.message).toContain('この値は空欄として扱いました。');
    });
  });
});
