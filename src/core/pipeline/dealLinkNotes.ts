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
 * //=> ['"deals": 37 of 39 deals linked to leads by contact email (no lead for the other 2).']
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
    const linked = formatCount(links.linked);
    const unlinked = formatCount(links.unlinked);
    if (links.linked === 0) notes.push(serverMessage(language, 'links.noneLinked', { tab: source.tab, unlinked }));
    else if (links.unlinked === 0) notes.push(serverMessage(language, 'links.allLinked', { tab: source.tab, linked, keys }));
    else notes.push(serverMessage(language, 'links.someLinked', { tab: source.tab, linked, unlinked, total: formatCount(links.linked + links.unlinked), keys }));
  }
  return notes;
}
