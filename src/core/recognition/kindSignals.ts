/**
 * Headers that say what kind of table a tab is without being a field the engine reads (design
 * §3.2.1), counted as evidence for the kind; the words are `signalHeaders.ts`'s, read from the
 * vocabulary file. Also the signals of an opportunity list.
 */
import type { TabKind } from '../model/types';
import { headerKey, recordFieldKey } from '../vocabulary/headerKey';
import { recognitionVocabulary } from './vocabularyAsset';


/**
 * How many headers of a row signal a kind.
 *
 * @example
 * kindSignalCount('traffic', ['Event name', 'Event count', 'Total users', 'Total revenue'])
 * //=> 3
 */
export function kindSignalCount(kind: TabKind, headers: readonly unknown[]): number {
  const index = recognitionVocabulary().signalHeaders[kind];
  if (index.size === 0) return 0;
  let count = 0;
  for (const header of headers) {
    if (typeof header !== 'string') continue;
    const recordKey = recordFieldKey(header);
    if (index.has(headerKey(header)) || (recordKey !== null && index.has(recordKey))) count += 1;
  }
  return count;
}

/** Groups that prove an opportunity list on their own: won/closed flags and probability. */
const DECISIVE_GROUPS = new Set([3, 4]);

/** How many of the groups must be present when none is decisive. */
const OPPORTUNITY_GROUPS_NEEDED = 3;

/**
 * True when a header row is an opportunity list's: a won/closed flag or a probability column, or
 * three of stage, amount and close date. Such a tab is deals, even with a lead-source column.
 *
 * @example
 * [looksLikeOpportunities(['Id', 'StageName', 'Amount', 'CloseDate', 'LeadSource']), looksLikeOpportunities(['作成日', 'ステージ', '金額', '受注日'])]
 * //=> [true, false]
 */
export function looksLikeOpportunities(headers: readonly unknown[]): boolean {
  const found = new Set<number>();
  for (const header of headers) {
    if (typeof header !== 'string') continue;
    const key = headerKey(header);
    const recordKey = recordFieldKey(header);
    recognitionVocabulary().opportunitySignals.forEach((group, index) => {
      if (group.includes(key) || (recordKey !== null && group.includes(recordKey))) found.add(index);
    });
  }
  for (const index of found) if (DECISIVE_GROUPS.has(index)) return true;
  return found.size >= OPPORTUNITY_GROUPS_NEEDED;
}
