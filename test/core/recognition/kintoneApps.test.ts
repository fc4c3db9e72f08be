/** kintone CSV exports (design §3.2.1): every app has レコード番号, 作成日時, 更新日時 and its own fields. */
import { recognizeTab } from '../../../src/core/recognition/recognizeTab';

describe('kintone lead and deal apps', () => {
  it('reads 対応状況 as the status and the app’s レコード番号 as its own id, 作成日時 (not 更新日時) as created', () => {
    const { mapping } = recognizeTab('リード管理', [
      ['レコード番号', '作成者', '作成日時', '更新者', '更新日時', '会社名', '担当者名', 'メールアドレス', '流入経路', '対応状況'],
      ['1', '山田', '2025-04-01 10:00', '山田', '2025-04-02 10:00', '東和', '佐藤 翔太', 'a@example.jp', '展示会', '商談化'],
    ]);
    expect(mapping.kind).toBe('leads');
    expect(mapping.columns).toMatchObject({ lead_id: 0, created_date: 2, email: 7, channel: 8, status: 9 });
  });

  it('reads a deal app with its own record number as the deal id', () => {
    const { mapping } = recognizeTab('案件管理', [
      ['レコード番号', '作成者', '作成日時', '更新者', '更新日時', '案件名', '会社名', 'メールアドレス', 'ステータス', '見積金額', '受注予定日'],
      ['1', '山田', '2025-04-10 10:00', '山田', '2025-04-12 10:00', '導入案件', '東和', 'a@example.jp', '提案中', '1000000', '2025-06-30'],
    ]);
    expect(mapping.kind).toBe('deals');
    expect(mapping.columns).toMatchObject({ deal_id: 0, created_date: 2, email: 7, stage: 8, amount: 9, close_date: 10 });
  });
});
