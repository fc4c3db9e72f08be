import { relatedPersonField } from '../../../src/core/recognition/relatedObjectHeaders';
import { fieldForHeader, matchColumns } from '../../../src/core/recognition/matchColumns';
import { recognizeTab } from '../../../src/core/recognition/recognizeTab';

const field = (kind: 'deals' | 'leads', header: string) => relatedPersonField(kind, header)?.field ?? null;

describe('relatedPersonField: a related person record’s e-mail or id (design §3.2.1)', () => {
  it.each([
    // Salesforce report columns of a related object, Japanese and English UI
    ['取引先責任者: メール', 'contact_email'],
    ['取引先責任者：メール', 'contact_email'],
    ['取引先責任者: メールアドレス', 'contact_email'],
    ['取引先責任者: 取引先責任者 ID', 'contact_id'],
    ['主取引先責任者: メール', 'contact_email'],
    ['Contact: Email', 'contact_email'],
    ['Primary Contact: Email', 'contact_email'],
    ['Contact: Contact ID', 'contact_id'],
    ['Lead: Email', 'contact_email'],
    ['Lead: Lead ID', 'lead_id'],
    ['リード: リード ID', 'lead_id'],
    // API relationship paths and other separators
    ['Contact.Email', 'contact_email'],
    ['Contact__r.Email', 'contact_email'],
    ['Person - Email', 'contact_email'],
    ['Person - ID', 'contact_id'],
    ['Email (Contact)', 'contact_email'],
    ['メール（取引先責任者）', 'contact_email'],
    // HubSpot deals, English and Japanese portals
    ['Associated Contact Email', 'contact_email'],
    ['関連付けされたコンタクトのEメール', 'contact_email'],
    ['関連付けられたコンタクトのメールアドレス', 'contact_email'],
    ['コンタクトのレコードID', 'contact_id'],
    // kintone: a deal app's lookup of the lead app's record number
    ['リードレコード番号', 'lead_id'],
    ['リード番号', 'lead_id'],
  ])('reads deals column %j as %s', (header, expected) => {
    expect(field('deals', header)).toBe(expected);
  });

  it.each([
    ['取引先: メール'], // Account: a company, not the person a deal came from
    ['取引先: 取引先 ID'],
    ['Account: Email'],
    ['Account: Phone'],
    ['Organization - Email'],
    ['商談 所有者: メール'], // the CRM user who owns the deal
    ['Opportunity Owner: Email'],
    ['リード 所有者: メール'],
    ['取引先責任者: 電話'], // a person, but not a key
    ['Contact: Full Name'],
    ['Lead Source'],
    ['メール'],
    [''],
  ])('leaves %j alone', (header) => {
    expect(field('deals', header)).toBeNull();
  });

  it('gives a leads tab its own e-mail and id, and no other kind anything', () => {
    expect(field('leads', 'Lead: Email')).toBe('email');
    expect(field('leads', '取引先責任者: メール')).toBe('email');
    expect(field('leads', 'Contact: Contact ID')).toBe('lead_id');
    expect(relatedPersonField('ads', 'Contact: Email')).toBeNull();
    expect(relatedPersonField('email', 'Contact: Email')).toBeNull();
  });

  it('gives a company’s or product’s e-mail or id no key field, even behind a record-type prefix', () => {
    for (const header of ['Organization - ID', 'Organization - Email', 'Account: Email', 'Product - ID', '取引先: メール', '取引先: 取引先 ID']) {
      expect({ header, field: fieldForHeader('deals', header)?.field ?? null }).toEqual({ header, field: null });
    }
    // The record's own id and a person's keys still are.
    expect(fieldForHeader('deals', 'Deal - ID')?.field).toBe('deal_id');
    expect(fieldForHeader('deals', 'Person - Email')?.field).toBe('contact_email');
    expect(fieldForHeader('deals', 'Person - ID')?.field).toBe('contact_id');
    expect(fieldForHeader('leads', 'Person - Email')?.field).toBe('email');
  });

  it('ranks after the explicit aliases of the kind', () => {
    const alias = fieldForHeader('deals', 'Associated Contact Email');
    const pattern = fieldForHeader('deals', '取引先責任者: メール');
    expect(alias?.field).toBe('contact_email');
    expect(pattern?.field).toBe('contact_email');
    expect((alias?.rank ?? Infinity) < (pattern?.rank ?? 0)).toBe(true);
    // Both in one tab: the explicit alias wins the field, the other column stays unmapped.
    expect(matchColumns('deals', ['取引先責任者: メール', 'Associated Contact Email']).columns.contact_email).toBe(1);
  });

  it('links kintone deals by a lookup of the lead app’s record number', () => {
    const { mapping } = recognizeTab('案件管理', [
      ['レコード番号', '作成日時', '案件名', 'リードレコード番号', 'ステータス', '見積金額'],
      ['1', '2025-04-10 10:00', '導入案件', '12', '提案中', '1000000'],
    ]);
    expect(mapping.kind).toBe('deals');
    expect(mapping.columns).toMatchObject({ deal_id: 0, lead_id: 3, stage: 4, amount: 5 });
  });

  it('makes a Salesforce JA opportunity report name its contact, and not by the account', () => {
    const values = [
      ['商談 所有者', '取引先名', '商談名', '金額', '完了予定日', '作成日', 'フェーズ', '取引先: 取引先 ID', '取引先責任者: メール'],
      ['山田 太郎', '東和株式会社', '新規導入', 'JPY 1,200,000', '2025/06/30', '2025/04/10', '成立', '0015g00000AAA', 'sato.1@example.co.jp'],
    ];
    const { mapping } = recognizeTab('report1764901299999', values);
    expect(mapping.kind).toBe('deals');
    expect(mapping.columns.contact_email).toBe(8);
    expect(mapping.columns.contact_id).toBeUndefined();
  });
});
