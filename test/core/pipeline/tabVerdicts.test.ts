/**
 * Never silent (design §3.2.1): every unused tab is named with its row count and why, in a warning
 * and in the exit-3 message alike; JSON `sources` carries kind, header row, rows and the mapping.
 */
import type { FunnelSettings } from '../../../src/core/model/types';
import { runFunnel } from '../../../src/core/pipeline/runFunnel';

const TOKYO = (): number => 540;
const EN: FunnelSettings = { view: 'cohort', language: 'en', currency: 'JPY' };
const JA: FunnelSettings = { ...EN, language: 'ja' };

const leads = { name: 'Leads', values: [['Create Date', 'Email'], ['2025-04-01', 'a@example.com'], ['2025-04-02', 'b@example.com']] };
const products = { name: 'products', values: [['product_id', 'product_name', 'sales_price'], ['P200', 'CRM Starter', '30075'], ['P201', 'CRM Pro', '11051']] };
const noCost = { name: 'Ads', values: [['Date', 'Clicks'], ['2025-04-01', '10']] };
/** Read as ads, but every cost is unreadable; the second row's date holds an e-mail address. */
const badCosts = { name: 'Spend', values: [['日付', '費用'], ['2025-04-01', 'abc'], ['taro@example.com', '100'], ['2025-04-03', '']] };
const empty = { name: 'Sheet1', values: [] as unknown[][] };

describe('unused tabs', () => {
  it('each get one warning naming the tab, its rows and why, first among the warnings', () => {
    const { summary } = runFunnel([leads, products, noCost, badCosts, empty], EN, TOKYO);
    const unused = summary.warnings.filter((w) => w.code === 'unusable_tab');
    expect(unused.map((w) => w.tab)).toEqual(['products', 'Ads', 'Spend']);
    expect(summary.warnings.slice(0, 3)).toEqual(unused);
    expect(unused.map((w) => w.message)).toEqual([
      '"products" (2 rows): no known column header found (headers: "product_id", "product_name", "sales_price"), so the tab was not used. Put headers such as "Date", "Cost" or "Create Date" in the first row.',
      '"Ads" (1 row): looks like Ads data but has no "cost" column, which is required, so it was not used (headers: "Date", "Clicks"). Add the column, or choose it under column mapping in the sidebar.',
      // The e-mail address is described, never repeated (design §7.2).
      '"Spend" (3 rows): read as Ads data, but no row could be used (column "費用" "abc" (row 2), column "日付" (an e-mail address) (row 3), column "費用" (blank) (row 4)), so the tab was not used. Check the column mapping in the sidebar.',
    ]);
  });

  it('say so when the months run across the columns (a 予算表), and how to lay the targets out', () => {
    const budget = { name: '目標', values: [['指標', '2025年4月', '2025年5月', '合計'], ['売上', '3,000,000', '3,500,000', '6,500,000'], ['リード数', '100', '120', '220']] };
    const { summary } = runFunnel([leads, budget], JA, TOKYO);
    expect(summary.warnings.filter((w) => w.code === 'unusable_tab').map((w) => w.message)).toEqual([
      '「目標」（2行）: 月（日付）が列に並んだ表のため、使いませんでした（見出し: （2文字の文字列）、「2025年4月」、「2025年5月」、（2文字の文字列））。目標として使うには、1行に1か月ずつ、「月」の列と「売上」「リード数」など指標ごとの列（または「月」「指標」「目標」の3列）の表にしてください。',
    ]);
    // One month in a header is no layout: the usual sentence.
    const single = { name: 'メモ', values: [['項目', '2025年4月'], ['メモ', 'abc']] };
    expect(runFunnel([leads, single], EN, TOKYO).summary.warnings.find((w) => w.tab === 'メモ')?.message).toContain('no known column header found');
  });

  it('are listed in JSON sources with their kind, header row, rows, mapping and reason', () => {
    const { summary } = runFunnel([leads, products, noCost, badCosts, empty], EN, TOKYO);
    expect(summary.sources).toEqual([
      { tab: 'Leads', kind: 'leads', headerRow: 1, rowsRead: 2, rowsSkipped: 0, mapping: { created_date: 'Create Date', email: 'Email' } },
      { tab: 'products', kind: null, headerRow: null, rowsRead: 0, rowsSkipped: 0, mapping: {}, unusedReason: 'no known header' },
      { tab: 'Ads', kind: null, headerRow: 1, rowsRead: 0, rowsSkipped: 0, mapping: { date: 'Date', clicks: 'Clicks' }, unusedReason: 'no "cost" column' },
      { tab: 'Spend', kind: null, headerRow: 1, rowsRead: 0, rowsSkipped: 3, mapping: { date: '日付', cost: '費用' }, unusedReason: 'no readable row' },
      { tab: 'Sheet1', kind: null, headerRow: null, rowsRead: 0, rowsSkipped: 0, mapping: {}, unusedReason: 'empty tab' },
    ]);
  });

  it('are named the same way in the exit-3 message when no tab can be used', () => {
    let message = '';
    try {
      runFunnel([products, noCost, empty], JA, TOKYO);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.split('\n')).toEqual([
      'ファネルを計算できるタブがありません。広告・アクセス・リード・商談・メールのいずれかのデータのタブが必要です。',
      '- 「products」（2行）: 認識できる列名が見つかりませんでした（見出し: 「product_id」、「product_name」、「sales_price」）。このタブは使いませんでした。1行目に「日付」「費用」「作成日」などの見出しを入れてください。',
      '- 「Ads」（1行）: 広告データのようですが、必須の「費用」列が見つからないため、使いませんでした（見出し: 「Date」、「Clicks」）。列を追加するか、サイドバーの「列の対応づけ」で選んでください。',
      '- 「Sheet1」: 空のタブのため、使いませんでした。',
    ]);
  });

  describe('edge cases', () => {
    it('never quote a headerless first row that could be personal data', () => {
      const headerless = { name: 'Names', values: [['山田太郎', '株式会社サンプル'], ['鈴木花子', '例示工業']] };
      const { summary } = runFunnel([leads, headerless], EN, TOKYO);
      const message = summary.warnings.find((w) => w.tab === 'Names')?.message ?? '';
      expect(message).toContain('(headers: (text of 4 characters), (text of 8 characters))');
      expect(message).not.toContain('山田');
    });

    it('quote a column of the same unreadable date once, then the next different values', () => {
      // Year-day-month dates: no order reads them.
      const swapped = { name: 'Meta', values: [['Date', 'Spent'], ['2023-31-08', '1.4'], ['2023-31-08', '1.8'], ['2023-30-08', '0'], ['2023-29-08', '2']] };
      const { summary } = runFunnel([leads, swapped], EN, TOKYO);
      expect(summary.warnings.find((w) => w.tab === 'Meta' && w.code === 'unusable_tab')?.message).toContain(
        '(column "Date" "2023-31-08" (row 2), column "Date" "2023-30-08" (row 4), column "Date" "2023-29-08" (row 5))',
      );
    });

    it('explain a saved mapping whose required column is gone, with the parser\'s one warning', () => {
      const saved = [{ tab: 'Ads', kind: 'ads' as const, headerRow: 0, columns: { date: 0 } }];
      const ads = { name: 'Ads', values: [['Date', 'Cost'], ['2025-04-01', '10']] };
      const { summary } = runFunnel([leads, ads], EN, TOKYO, saved);
      expect(summary.warnings.filter((w) => w.tab === 'Ads').map((w) => w.code)).toEqual(['unusable_tab']);
      expect(summary.sources[1]).toMatchObject({ tab: 'Ads', kind: null, unusedReason: 'no "cost" column' });
    });

    it('give a header-only tab of a known kind no warning: it is used, with no rows', () => {
      const headerOnly = { name: 'Deals', values: [['Deal ID', 'Deal Stage', 'Create Date']] };
      const { summary } = runFunnel([leads, headerOnly], EN, TOKYO);
      expect(summary.warnings.filter((w) => w.code === 'unusable_tab')).toEqual([]);
      expect(summary.sources[1]).toMatchObject({ tab: 'Deals', kind: 'deals', rowsRead: 0, rowsSkipped: 0 });
    });
  });
});

describe('e-mail-only workbooks', () => {
  it('are usable: the period spans the send dates, and campaigns sharing a title stay apart by id', () => {
    const campaigns = {
      name: 'campaigns',
      values: [
        ['Title', 'Send Date', 'Total Recipients', 'Unique Id'],
        ['Newsletter', 'Jun 01, 2023 09:46 pm', '33', '031aae0fbe'],
        ['Newsletter', 'Jun 18, 2023 10:34 am', '51', '8513aa4943'],
        ['Sticker order', 'Aug 16, 2023 07:52 pm', '133', '9c5afed75a'],
      ],
    };
    const { summary } = runFunnel([campaigns], EN, TOKYO);
    expect(summary.period).toEqual({ from: '2023-06-01', to: '2023-08-16' });
    expect(summary.email.map((row) => [row.campaign, row.delivered])).toEqual([
      ['Newsletter', 33],
      ['Newsletter', 51],
      ['Sticker order', 133],
    ]);
    expect(summary.total.leads).toBeNull();
  });
});
