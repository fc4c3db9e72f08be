import type { TabMapping } from '../../../src/core/model/types';
import { linkSharedColumns, type MappedTab } from '../../../src/core/recognition/sharedLinkKey';
import { resolveMappings } from '../../../src/core/pipeline/resolveMappings';

const MQL = [
  ['mql_id', 'first_contact_date', 'landing_page_id', 'origin'],
  ['m1', '2025-04-01', 'p1', 'organic_search'],
  ['m2', '2025-04-02', 'p1', 'paid_search'],
  ['m3', '2025-04-03', 'p2', 'social'],
];
const CLOSED = [
  ['mql_id', 'seller_id', 'won_date', 'landing_page_id'],
  ['m2', 's1', '2025-05-01', 'p1'],
  ['m3', 's2', '2025-05-03', 'p2'],
];
const leadsMapping: TabMapping = { tab: 'MQL', kind: 'leads', headerRow: 0, columns: { created_date: 1, channel: 3 } };
const dealsMapping: TabMapping = { tab: 'Closed', kind: 'deals', headerRow: 0, columns: { close_date: 2 } };
const tab = (name: string, values: unknown[][], mapping: TabMapping, saved = false): MappedTab => ({ tab: { name, values }, mapping, saved });

describe('linkSharedColumns', () => {
  it('maps an id column both tabs share, whose values are the leads’ ids, as the link key of both', () => {
    const [leads, deals] = linkSharedColumns([tab('MQL', MQL, leadsMapping), tab('Closed', CLOSED, dealsMapping)]);
    expect(leads?.columns).toEqual({ created_date: 1, channel: 3, link_key: 0 });
    expect(deals?.columns).toEqual({ close_date: 2, link_key: 0 });
  });

  it('maps it as the deals’ lead ID when the leads tab reads that column as its lead ID', () => {
    const withId: TabMapping = { ...leadsMapping, columns: { ...leadsMapping.columns, lead_id: 0 } };
    const [leads, deals] = linkSharedColumns([tab('MQL', MQL, withId), tab('Closed', CLOSED, dealsMapping)]);
    expect(leads?.columns).toEqual(withId.columns);
    expect(deals?.columns).toEqual({ close_date: 2, lead_id: 0 });
  });

  describe('edge cases', () => {
    it('ignores shared columns that are not ids: a repeated value in the leads tab, or a header that is no id', () => {
      // landing_page_id repeats in the leads tab (p1 twice): it names pages, not leads.
      const noMql = [MQL.map((row) => row.slice(1)), CLOSED.map((row) => row.slice(1))];
      const [leads, deals] = linkSharedColumns([
        tab('MQL', noMql[0] as unknown[][], { ...leadsMapping, columns: { created_date: 0, channel: 2 } }),
        tab('Closed', noMql[1] as unknown[][], { ...dealsMapping, columns: { close_date: 1 } }),
      ]);
      expect(leads?.columns.link_key).toBeUndefined();
      expect(deals?.columns.link_key).toBeUndefined();
      const domains = [['Domain', 'Create Date'], ['a.com', '2025-04-01'], ['b.com', '2025-04-02']];
      const dealDomains = [['Domain', 'Close Date'], ['a.com', '2025-05-01']];
      const linked = linkSharedColumns([
        tab('Leads', domains, { tab: 'Leads', kind: 'leads', headerRow: 0, columns: { created_date: 1 } }),
        tab('Deals', dealDomains, { tab: 'Deals', kind: 'deals', headerRow: 0, columns: { close_date: 1 } }),
      ]);
      expect(linked.map((mapping) => mapping.columns.link_key)).toEqual([undefined, undefined]);
    });

    it('never links by each tab’s own record number (kintone apps both number their records from 1)', () => {
      const leads = [['レコード番号', '作成日時', 'メールアドレス'], ['1', '2025-04-01 10:00', 'a@example.jp'], ['2', '2025-04-02 10:00', 'b@example.jp'], ['3', '2025-04-03 10:00', 'c@example.jp']];
      const deals = [['レコード番号', '作成日時', 'メールアドレス'], ['1', '2025-04-10 10:00', 'c@example.jp'], ['2', '2025-04-11 10:00', 'a@example.jp']];
      for (const header of ['レコード番号', 'ID', 'No', 'Record ID']) {
        const rename = (values: string[][]) => values.map((row, index) => (index === 0 ? [header, ...row.slice(1)] : row));
        const linked = linkSharedColumns([
          tab('リード管理', rename(leads), { tab: 'リード管理', kind: 'leads', headerRow: 0, columns: { created_date: 1, email: 2 } }),
          tab('案件管理', rename(deals), { tab: '案件管理', kind: 'deals', headerRow: 0, columns: { created_date: 1, email: 2 } }),
        ]);
        expect({ header, links: linked.map((mapping) => mapping.columns.link_key) }).toEqual({ header, links: [undefined, undefined] });
      }
    });

    it('needs most of the deals’ values among the leads’ ids', () => {
      const stray = [CLOSED[0] as unknown[], ['x1', 's1', '2025-05-01', 'p1'], ['x2', 's1', '2025-05-01', 'p1'], ['m2', 's1', '2025-05-01', 'p1']];
      const [, deals] = linkSharedColumns([tab('MQL', MQL, leadsMapping), tab('Closed', stray, dealsMapping)]);
      expect(deals?.columns.link_key).toBeUndefined();
    });

    it('leaves saved mappings and deals tabs that already name a lead or contact ID alone', () => {
      expect(linkSharedColumns([tab('MQL', MQL, leadsMapping, true), tab('Closed', CLOSED, dealsMapping)])[1]).toBe(dealsMapping);
      const withContact: TabMapping = { ...dealsMapping, columns: { close_date: 2, contact_id: 1 } };
      expect(linkSharedColumns([tab('MQL', MQL, leadsMapping), tab('Closed', CLOSED, withContact)])[1]).toBe(withContact);
    });
  });
});

describe('resolveMappings', () => {
  it('links recognised leads and deals tabs through their shared id column', () => {
    const resolved = resolveMappings([
      { name: 'MQL', values: MQL },
      { name: 'Closed deals', values: CLOSED },
    ]);
    expect(resolved.map((entry) => [entry.mapping.kind, entry.mapping.columns.link_key])).toEqual([
      ['leads', 0],
      ['deals', 0],
    ]);
  });
});
