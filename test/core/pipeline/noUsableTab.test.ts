/**
 * "No tab can feed the funnel" says why, per tab, one sentence per problem (design §3.2.1): a tab whose
 * rows could not be read names its row count and quotes the offending values (safely) with their rows.
 */
import type { FunnelSettings } from '../../../src/core/model/types';
import { FunnelError } from '../../../src/core/pipeline/errors';
import { runFunnel } from '../../../src/core/pipeline/runFunnel';

const TOKYO = (): number => 540;
const JA: FunnelSettings = { view: 'cohort', language: 'ja', currency: 'JPY' };

function failure(tabs: { name: string; values: unknown[][] }[], settings: FunnelSettings = JA): FunnelError {
  try {
    runFunnel(tabs, settings, TOKYO);
  } catch (error) {
    if (error instanceof FunnelError) return error;
    throw error;
  }
  throw new Error('runFunnel did not fail');
}

describe('the "no usable tab" error', () => {
  it('quotes the unreadable dates of a leads tab with their rows, one sentence each', () => {
    const error = failure([{ name: 'リード', values: [['作成日', '流入元'], ['abc', 'Google広告'], ['def', '展示会']] }]);
    expect(error.code).toBe('no_usable_tab');
    expect(error.details).toEqual([
      '「リード」: リードデータとして読みましたが、2行のうち使える行がありませんでした。下の各行の値を直すか、サイドバーの「列の対応づけ」で正しい列が選ばれているか確認してください。',
      expect.stringMatching(/^「リード」2行目: 作成日「abc」は.*この行は集計から除外しました。/),
      expect.stringMatching(/^「リード」3行目: 作成日「def」は.*この行は集計から除外しました。/),
    ]);
  });

  it('quotes three problems, then counts the rest, in English too', () => {
    const rows = ['x1', 'x2', 'x3', 'x4', 'x5'].map((value) => [value, 'Google']);
    const error = failure([{ name: 'Leads', values: [['Create Date', 'Source'], ...rows] }], { ...JA, language: 'en' });
    expect(error.details[0]).toBe('"Leads": read as Leads data, but none of its 5 rows could be used. Fix the values listed below, or check the column mapping in the sidebar.');
    expect(error.details.slice(1, 4).map((line) => line.slice(0, 36))).toEqual(['"Leads" row 2: created date "x1" is ', '"Leads" row 3: created date "x2" is ', '"Leads" row 4: created date "x3" is ']);
    expect(error.details.slice(4)).toEqual(['"Leads": 2 more rows hold values that could not be read.']);
  });

  describe('edge cases', () => {
    it('describes a personal value instead of quoting it', () => {
      const error = failure([{ name: 'リード', values: [['作成日', '流入元'], ['taro@example.com', 'Google広告']] }]);
      expect(error.details.join('\n')).not.toContain('taro@example.com');
      expect(error.details[1]).toMatch(/^「リード」2行目: 作成日（メールアドレス）は/);
    });

    it('says a header-only tab has no rows below its header', () => {
      const error = failure([{ name: '広告', values: [['日付', '媒体', '費用']] }]);
      expect(error.details).toEqual(['「広告」: 広告データとして読みましたが、見出しの下に行がないため、使える行がありませんでした。データを貼り付けてください。']);
    });
  });
});
