/**
 * Which key linked each deals tab to the leads (design §3.2.1: "the sidebar shows which key linked
 * the tabs"): one sentence per deals tab, for the sidebar's result panel and the CLI.
 */
import type { FunnelSummary } from '../model/summary';
import type { Language } from '../model/types';
import { formatCount } from '../funnel/format';
import { serverMessage } from '../text/messages';
import { joinList } from '../text/wording';
import { fieldLabel } from '../vocabulary/fieldLabels';

/**
 * The sentences, in source order; none for a workbook without leads (nothing to link to).
 *
 * @example
 * dealLinkNotes(summaryWithHubSpotDeals, 'en')
 * //=> ['"deals": 37 deals linked to leads by contact email; 2 match no lead.']
 */
export function dealLinkNotes(summary: FunnelSummary, language: Language): string[] {
  const notes: string[] = [];
  for (const source of summary.sources) {
    const links = source.dealLinks;
    if (links === undefined) continue;
    const several = links.byKey.length > 1;
    const keys = joinList(
      links.byKey.map(({ key, deals }) =>
        several ? serverMessage(language, 'links.keyWithCount', { key: fieldLabel(key, language), count: formatCount(deals) }) : fieldLabel(key, language),
      ),
      language,
    );
    const values = { tab: source.tab, linked: formatCount(links.linked), keys, unlinked: formatCount(links.unlinked) };
    if (links.linked === 0) notes.push(serverMessage(language, 'links.noneLinked', { tab: source.tab, unlinked: values.unlinked }));
    else notes.push(serverMessage(language, links.unlinked === 0 ? 'links.allLinked' : 'links.someLinked', values));
  }
  return notes;
}
