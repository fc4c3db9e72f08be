/**
 * Lead attribute breakdowns (design §4.7) through the engine, with every count worked out by hand.
 */
import { computeFunnelSummary } from '../../../src/core/funnel/computeFunnelSummary';
import type { AttributeRow } from '../../../src/core/model/breakdowns';
import type { LeadAttributeColumn } from '../../../src/core/model/types';
import { lead, settings, times, workbook } from './builders';

const column = (key: string, header: string, field: LeadAttributeColumn['field'] = key as LeadAttributeColumn['field'], tab = 'リード'): LeadAttributeColumn => ({
  tab,
  key,
  field,
  header,
});
const counts = (row: AttributeRow | undefined) =>
  row === undefined ? undefined : [row.value, row.kind, row.leads, row.mql, row.sql, row.opportunities, row.won, row.lost, row.revenue];

describe('attribute tables', () => {
  describe('counts and rates per value', () => {
    const book = workbook({
      leads: [
        lead({ created: '2025-04-01', won: '2025-04-20', amount: 100000, attributes: { industry: '製造業' } }),
        lead({ created: '2025-04-02', opportunities: '2025-04-15', lost: true, attributes: { industry: ' 製造業' } }),
        lead({ created: '2025-04-03', attributes: { industry: '製造業' } }),
        lead({ created: '2025-04-04', opportunities: true, attributes: { industry: '情報通信業' } }),
        lead({ created: '2025-04-05', mql: '2025-04-06', attributes: { industry: '情報通信業' } }),
        lead({ created: '2025-04-06' }),
      ],
      leadAttributes: [column('industry', '業種')],
    });
    const [table] = computeFunnelSummary(book, settings()).byAttribute;

    it('names the table after the attribute and its column', () => {
      expect([table?.attribute, table?.field, table?.column, table?.distinctValues]).toEqual(['業種', 'industry', '業種', 2]);
    });

    it('counts leads, stages, wins, losses and revenue per value, blanks last', () => {
      // 製造業: won (⇒ opp, SQL, MQL), lost opportunity (⇒ SQL, MQL), lead only.
      // 情報通信業: opportunity flag (⇒ SQL, MQL), MQL only. One lead without an industry.
      expect(table?.rows.map(counts)).toEqual([
        ['製造業', 'value', 3, 2, 2, 2, 1, 1, 100000],
        ['情報通信業', 'value', 2, 2, 1, 1, 0, 0, 0],
        ['(未設定)', 'blank', 1, 0, 0, 0, 0, 0, 0],
      ]);
    });

    it('computes 商談化率, 受注率 (won ÷ won + lost) and 商談→受注率, and marks small samples', () => {
      const [manufacturing, ict] = table?.rows ?? [];
      expect([manufacturing?.opportunityRate, manufacturing?.winRate, manufacturing?.opportunityToWinRate]).toEqual([2 / 3, 0.5, 0.5]);
      expect([ict?.opportunityRate, ict?.winRate, ict?.opportunityToWinRate]).toEqual([0.5, null, 0]);
      expect(table?.rows.every((row) => row.smallSample)).toBe(true);
    });

    it('names the attribute in English', () => {
      expect(computeFunnelSummary(book, settings({ language: 'en' })).byAttribute[0]?.attribute).toBe('Industry');
      expect(computeFunnelSummary(book, settings({ language: 'en' })).byAttribute[0]?.rows.at(-1)?.value).toBe('(not set)');
    });
  });

  it('bands employee counts in order, keeps text sizes as written after the bands', () => {
    const sizes = ['5', '120名', '約1,200名', '300', '11-50名', '1000人以上', '51-200名'];
    const book = workbook({
      leads: sizes.map((size, index) => lead({ created: `2025-04-0${index + 1}`, attributes: { employees: size } })),
      leadAttributes: [column('employees', '従業員数')],
    });
    const [table] = computeFunnelSummary(book, settings()).byAttribute;
    expect(table?.rows.map((row) => [row.value, row.kind, row.leads])).toEqual([
      ['1〜9名', 'band', 1],
      ['100〜299名', 'band', 1],
      ['300〜999名', 'band', 1],
      ['1,000名以上', 'band', 2],
      ['11-50名', 'value', 1],
      ['51-200名', 'value', 1],
    ]);
  });

  it('bands other sizes by powers of ten', () => {
    const book = workbook({
      leads: ['350,000,000', '5000万', '2億', '中堅'].map((size, index) => lead({ created: `2025-04-0${index + 1}`, attributes: { company_size: size } })),
      leadAttributes: [column('company_size', '売上規模')],
    });
    expect(computeFunnelSummary(book, settings()).byAttribute[0]?.rows.map((row) => [row.value, row.leads])).toEqual([
      ['1,000万〜1億未満', 1],
      ['1億〜10億未満', 2],
      ['中堅', 1],
    ]);
  });

  it('merges the smallest values into その他 so that at most 12 rows show', () => {
    // 20 campaigns with 20, 19, … 1 leads, and 2 leads without one: 10 named + その他 + (未設定).
    const leads = times(20, (index) => times(20 - index, () => lead({ created: '2025-04-01', attributes: { campaign: `キャンペーン${String(index + 1).padStart(2, '0')}` } }))).flat();
    const book = workbook({
      leads: [...leads, lead({ created: '2025-04-01' }), lead({ created: '2025-04-01' })],
      leadAttributes: [column('campaign', 'キャンペーン')],
    });
    const [table] = computeFunnelSummary(book, settings()).byAttribute;
    expect(table?.rows).toHaveLength(12);
    expect(table?.distinctValues).toBe(20);
    expect(table?.rows.slice(0, 10).map((row) => row.leads)).toEqual([20, 19, 18, 17, 16, 15, 14, 13, 12, 11]);
    // その他: campaigns 11–20 with 10 + 9 + … + 1 = 55 leads.
    expect(table?.rows[10]).toMatchObject({ value: 'その他', kind: 'other', leads: 55, smallSample: false });
    expect(table?.rows[11]).toMatchObject({ value: '(未設定)', kind: 'blank', leads: 2 });
    expect(table?.rows.reduce((sum, row) => sum + row.leads, 0)).toBe(210 + 2);
  });

  it('counts the leads created in the period, whatever the view', () => {
    const book = workbook({
      leads: [
        lead({ created: '2025-03-20', attributes: { industry: '小売業' } }),
        lead({ created: '2025-04-02', won: '2025-05-01', amount: 5, attributes: { industry: '製造業' } }),
      ],
      leadAttributes: [column('industry', '業種')],
    });
    for (const view of ['cohort', 'period'] as const) {
      const tables = computeFunnelSummary(book, settings({ view, from: '2025-04-01', to: '2025-04-30' })).byAttribute;
      expect(tables[0]?.rows.map((row) => [row.value, row.leads, row.won])).toEqual([['製造業', 1, 1]]);
    }
  });

  it('makes one table of one attribute found in two tabs, recognised attributes first, then picked columns', () => {
    const book = workbook({
      leads: [
        lead({ created: '2025-04-01', tab: 'HubSpot', attributes: { 'column:地域': '関東', industry: 'Manufacturing' } }),
        lead({ created: '2025-04-02', tab: 'リード', attributes: { industry: '製造業', job_title: '部長' } }),
      ],
      leadAttributes: [column('column:地域', '地域', 'column', 'HubSpot'), column('industry', 'Industry', 'industry', 'HubSpot'), column('industry', '業種'), column('job_title', '役職')],
    });
    expect(computeFunnelSummary(book, settings()).byAttribute.map((table) => [table.attribute, table.field, table.column])).toEqual([
      ['業種', 'industry', 'Industry / 業種'],
      ['役職', 'job_title', '役職'],
      ['地域', 'column', '地域'],
    ]);
  });

  it('has no table for a column without a single value in the period, and no revenue without amounts', () => {
    const book = workbook({
      leads: [lead({ created: '2025-04-01', won: true, attributes: { lead_type: '資料請求' } }), lead({ created: '2025-04-02' })],
      leadAttributes: [column('industry', '業種'), column('lead_type', 'リード種別')],
    });
    const tables = computeFunnelSummary(book, settings()).byAttribute;
    expect(tables.map((table) => table.field)).toEqual(['lead_type']);
    expect(tables[0]?.rows[0]?.revenue).toBeNull();
  });

  it('keeps formula-looking and HTML-looking values as literal text', () => {
    const hostile = ['=HYPERLINK("http://x","a")', '+81', '<img src=x onerror=alert(1)>'];
    const book = workbook({
      leads: hostile.map((value, index) => lead({ created: `2025-04-0${index + 1}`, attributes: { industry: value } })),
      leadAttributes: [column('industry', '=業種')],
    });
    const [table] = computeFunnelSummary(book, settings()).byAttribute;
    expect(table?.rows.map((row) => row.value).sort()).toEqual([...hostile].sort());
    expect(table?.column).toBe('=業種');
  });
});
