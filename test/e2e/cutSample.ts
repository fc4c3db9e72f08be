/**
 * The sample workbook as it would have been exported on an earlier day: a mid-period report, built
 * in the test from the sample's own tabs (never a hand-edited file). On and before `cutoff`
 * everything stays; after it:
 * - dated rows (ads, trafic, trade shows, e-mail, leads by created date, deals by created date)
 *   are dropped, and the ads export's own total row with them (it would no longer add up);
 * - stage dates (MQL日, SQL日) after it are blanked;
 * - deals closed after it are still open: フェーズ 商談中, their 完了予定日 kept as the expected date;
 * - each lead's ライフサイクルステージ follows: 顧客 with a won deal, 商談 with an open one, 失注
 *   when all its deals are lost, else SQL or MQL by the dates left, else リード.
 * The 目標 tab is kept whole: the targets run on past the data, as in a fiscal year under way.
 */
import { buildSampleWorkbook, isDayCell, type SampleCell, type SampleTab } from '../../src/core/sample';
import { LocalDateTime, type Workbook } from '../../src/local/workbook/model';
import { workbookFromTabs, type CellInput } from '../../src/local/workbook/fromTabs';

/** A day cell, `2025/4/1`, `2025-04-01` or GA4's `20250401` as YYYY-MM-DD; anything else null. */
export function dayOfCell(cell: SampleCell | undefined): string | null {
  if (cell !== undefined && isDayCell(cell)) return cell.iso;
  const text = String(cell ?? '');
  const slashed = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(text);
  if (slashed) return `${slashed[1]}-${slashed[2]!.padStart(2, '0')}-${slashed[3]!.padStart(2, '0')}`;
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  return compact ? `${compact[1]}-${compact[2]}-${compact[3]}` : null;
}

const LEAD = { created: 1, email: 3, mql: 6, sql: 7, lifecycle: 8 } as const;
const DEAL = { email: 2, created: 3, phase: 4, close: 5 } as const;

function emailKey(cell: SampleCell | undefined): string {
  return String(cell ?? '').normalize('NFKC').trim().toLowerCase();
}

function cutDated(tab: SampleTab, cutoff: string): SampleTab {
  const values = tab.values.filter((row) => {
    const day = dayOfCell(row[0]);
    if (day !== null) return day <= cutoff;
    return !String(row[0] ?? '').startsWith('合計');
  });
  return { name: tab.name, values };
}

function cutDeals(tab: SampleTab, cutoff: string): SampleTab {
  const [header, ...rows] = tab.values;
  const kept = rows
    .filter((row) => (dayOfCell(row[DEAL.created]) ?? '') <= cutoff)
    .map((row) => {
      const closed = row[DEAL.phase] === '受注' || row[DEAL.phase] === '失注';
      if (!closed || (dayOfCell(row[DEAL.close]) ?? '') <= cutoff) return row;
      const open = [...row];
      open[DEAL.phase] = '商談中';
      return open;
    });
  return { name: tab.name, values: [header!, ...kept] };
}

function cutLeads(tab: SampleTab, deals: SampleTab, cutoff: string): SampleTab {
  const phases = new Map<string, Set<SampleCell>>();
  for (const row of deals.values.slice(1)) {
    const key = emailKey(row[DEAL.email]);
    phases.set(key, (phases.get(key) ?? new Set()).add(row[DEAL.phase]!));
  }
  const [header, ...rows] = tab.values;
  const kept = rows
    .filter((row) => {
      const created = dayOfCell(row[LEAD.created]);
      // A lead whose created date is unreadable text stays: the report warns about it either way.
      return created === null || created <= cutoff;
    })
    .map((row) => {
      const next = [...row];
      for (const column of [LEAD.mql, LEAD.sql]) if ((dayOfCell(next[column]) ?? '') > cutoff) next[column] = '';
      const own = phases.get(emailKey(row[LEAD.email]));
      next[LEAD.lifecycle] = own?.has('受注')
        ? '顧客'
        : own !== undefined && [...own].some((phase) => phase !== '失注')
          ? '商談'
          : own !== undefined
            ? '失注'
            : next[LEAD.sql] !== ''
              ? 'SQL'
              : next[LEAD.mql] !== ''
                ? 'MQL'
                : 'リード';
      return next;
    });
  return { name: tab.name, values: [header!, ...kept] };
}

/**
 * The sample's tabs as exported on `cutoff` (YYYY-MM-DD).
 *
 * @example
 * cutSampleTabs('2025-12-31').find((tab) => tab.name === '目標')?.values.length
 * //=> 13 // the targets run to March
 */
export function cutSampleTabs(cutoff: string): SampleTab[] {
  const tabs = buildSampleWorkbook();
  const dealsTab = tabs.find((tab) => tab.name === '商談')!;
  const deals = cutDeals(dealsTab, cutoff);
  return tabs.map((tab) => {
    if (tab.name === '目標') return tab;
    if (tab.name === '商談') return deals;
    if (tab.name === 'リード') return cutLeads(tab, deals, cutoff);
    // The Google広告 export's title rows carry no day: they stay, its total row goes.
    return cutDated(tab, cutoff);
  });
}

function toCellInput(cell: SampleCell): CellInput {
  if (!isDayCell(cell)) return cell;
  return LocalDateTime.fromUtcFields(new Date(`${cell.iso}T00:00:00Z`));
}

/** {@link cutSampleTabs} as an in-memory workbook for the bundle. */
export function cutSampleWorkbook(cutoff: string): Workbook {
  const tabs = cutSampleTabs(cutoff).map((tab) => ({ name: tab.name, rows: tab.values.map((row) => row.map(toCellInput)) }));
  return workbookFromTabs(tabs, { name: `ファネルKPI サンプル（${cutoff}時点）`, timeZone: 'Asia/Tokyo' });
}
