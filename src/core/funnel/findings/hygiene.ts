/**
 * Data problems that distort the channel table (design §6.2, §4.6): cost on rows without a single
 * lead, and sessions recorded under names no lead uses.
 */
import { serverMessage } from '../../text/messages';
import { listLabels, quoteLabel } from '../../text/wording';
import { formatPercent } from '../format';
import { proseMoney } from './wording';
import { RANKS, type FindingsInput, type RankedFinding } from './types';

/** Sessions without leads are worth a finding when they are at least this share of all sessions. */
export const MIN_UNTIED_SESSION_SHARE = 0.5;
const NAMED = 5;

/**
 * Rows with cost but no lead (when the workbook has leads at all).
 *
 * @example
 * costWithoutLeadsFinding(input)?.finding.message
 * //=> '費用があるのにリードが0件のチャネルグループ: 「展示会・イベント」（¥300,000）。…'
 */
export function costWithoutLeadsFinding(input: FindingsInput): RankedFinding | null {
  const { language, currency } = input;
  if (input.total.leads === null || input.total.leads === 0) return null;
  const rows = input.rows.filter((row) => row.cost !== null && row.cost > 0 && row.leads === 0);
  if (rows.length === 0) return null;
  const groups = listLabels(
    rows.map((row) => `${quoteLabel(row.label, language)}${language === 'ja' ? '（' : ' ('}${proseMoney(row.cost ?? 0, language, currency)}${language === 'ja' ? '）' : ')'}`),
    language,
    NAMED,
  );
  const message = serverMessage(language, 'findings.groupCostWithoutLeads', { groups });
  return { rank: RANKS.costWithoutLeads, finding: { code: 'channel_hygiene', tone: 'bad', message } };
}

/**
 * Rows with sessions but neither leads nor cost, holding at least {@link MIN_UNTIED_SESSION_SHARE}
 * of the sessions: analytics names its channels differently from the leads.
 *
 * @example
 * sessionsWithoutLeadsFinding(input)?.finding.code
 * //=> 'channel_hygiene'
 */
export function sessionsWithoutLeadsFinding(input: FindingsInput): RankedFinding | null {
  const { language, total } = input;
  if (total.sessions === null || total.sessions <= 0 || total.leads === null || total.leads === 0) return null;
  const rows = input.rows.filter((row) => row.sessions !== null && row.sessions > 0 && row.leads === 0 && (row.cost ?? 0) === 0);
  const untied = rows.reduce((sum, row) => sum + (row.sessions ?? 0), 0);
  if (rows.length === 0 || untied / total.sessions < MIN_UNTIED_SESSION_SHARE) return null;
  const message = serverMessage(language, 'finding.sessionsWithoutLeads', {
    groups: listLabels(
      rows.map((row) => quoteLabel(row.label, language)),
      language,
      NAMED,
    ),
    share: formatPercent(untied / total.sessions),
  });
  return { rank: RANKS.sessionsWithoutLeads, finding: { code: 'channel_hygiene', tone: 'bad', message } };
}
