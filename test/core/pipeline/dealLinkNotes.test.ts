import { computeFunnelSummary } from '../../../src/core/funnel/computeFunnelSummary';
import type { FunnelSummary } from '../../../src/core/model/summary';
import { dealLinkNotes } from '../../../src/core/pipeline/dealLinkNotes';
import { deal, lead, settings, source, workbook } from '../funnel/builders';

function summaryWith(sources: FunnelSummary['sources']): FunnelSummary {
  const base = computeFunnelSummary(workbook({ leads: [lead({ created: '2025-04-01' })] }), settings());
  return { ...base, sources };
}

describe('dealLinkNotes', () => {
  it('says which key linked each deals tab, in both languages', () => {
    const summary = summaryWith([
      source('contacts', 'leads', 53),
      source('deals', 'deals', 39, { dealLinks: { linked: 37, unlinked: 2, byKey: [{ key: 'contact_email', deals: 37 }] } }),
      source('受注', 'deals', 5, { dealLinks: { linked: 5, unlinked: 0, byKey: [{ key: 'lead_id', deals: 3 }, { key: 'email', deals: 2 }] } }),
    ]);
    expect(dealLinkNotes(summary, 'en')).toEqual([
      '"deals": 37 of 39 deals linked to leads by contact email (no lead for the other 2).',
      '"受注": every deal (5) linked to leads by lead ID (3), email (2).',
    ]);
    expect(dealLinkNotes(summary, 'ja')).toEqual([
      '「deals」の商談39件のうち37件を、コンタクトのメールアドレスでリードと結び付けました（残りの2件はどのリードとも結び付きません）。',
      '「受注」の商談5件すべてを、リードID（3件）、メールアドレス（2件）でリードと結び付けました。',
    ]);
  });

  describe('edge cases', () => {
    it('says when no deal linked, and nothing for a workbook without leads', () => {
      const none = summaryWith([source('deals', 'deals', 4, { dealLinks: { linked: 0, unlinked: 4, byKey: [] } })]);
      expect(dealLinkNotes(none, 'en')).toEqual([
        '"deals": none of its deals (4) links to a lead. Check that it shares a lead ID, contact or e-mail column with the leads tab.',
      ]);
      const dealsOnly = computeFunnelSummary(
        workbook({ deals: [deal({ created: '2025-04-01' })], sources: [source('deals', 'deals', 1)] }),
        settings(),
      );
      expect(dealLinkNotes(dealsOnly, 'en')).toEqual([]);
    });
  });
});
