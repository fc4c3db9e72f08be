/**
 * Never silent (design §3.2.1): every tab that is not used is named, with its row count and why —
 * empty, no known header, a required column missing (with the headers seen and how to add it), or
 * no row readable (with up to three of the values that stopped them, quoted only when safe). The
 * same sentence is the tab's warning and its line in the CLI's exit-3 message, and the JSON
 * `sources` entry says the reason in a few words.
 */
import type { AnyField, Language, ParsedWorkbook, SourceTabSummary, TabKind, Warning } from '../model/types';
import { formatCount } from '../funnel/format';
import { rowsText } from '../parse/messages';
import { missingFields } from '../model/requiredFields';
import { countDataRows } from '../recognition/recognizeTab';
import { parseDay } from '../dates/parseDay';
import { serverMessage } from '../text/messages';
import { cellText, isBlank } from '../text/normalize';
import { quoteSafely } from '../text/safeQuote';
import { joinList, joinQuoted, listLabels, quoteLabel } from '../text/wording';
import { fieldLabel, kindLabel } from '../vocabulary/fieldLabels';
import type { ResolvedTab } from './resolveMappings';

/** Header labels a message names before counting the rest. */
const HEADERS_SHOWN = 8;

/** What became of one tab. */
export interface TabVerdict {
  readonly tab: string;
  /** True when the tab feeds the report (rows read, or a recognised tab that is simply empty below its header). */
  readonly used: boolean;
  /** The sentence that explains an unused tab; for a used one, what was read (exit-3 message only). */
  readonly line: string;
  /** The warning to add; `null` when the tab is used or the parser already warned about it. */
  readonly warning: Warning | null;
  /** The tab's JSON `sources` entry. */
  readonly source: SourceTabSummary;
  /** The kind a tab was read as when none of its rows could be read. */
  readonly unreadableKind?: TabKind;
}

function unusedWarning(tab: string, message: string): Warning {
  return { tab, row: null, field: null, code: 'unusable_tab', message };
}

/** The headers a message shows: as written when recognised as a header, else only what is safe to quote. */
function headersText(labels: readonly string[], recognised: boolean, language: Language): string {
  const shown = labels.filter((label) => label !== '');
  if (shown.length === 0) return serverMessage(language, 'pipeline.noHeaders');
  const quoted = shown.map((label) => (recognised ? quoteLabel(label, language) : quoteSafely(label, language)));
  return listLabels(quoted, language, HEADERS_SHOWN);
}

function fixFor(kind: TabKind, missing: readonly AnyField[], language: Language): { key: 'tabs.unusedNoDay' | 'tabs.unusedMissing'; fix: string } {
  if (missing.includes('date') && (kind === 'ads' || kind === 'traffic')) {
    return { key: 'tabs.unusedNoDay', fix: serverMessage(language, kind === 'ads' ? 'tabs.dayColumnAds' : 'tabs.dayColumnTraffic') };
  }
  return { key: 'tabs.unusedMissing', fix: serverMessage(language, 'tabs.fixColumn') };
}

function isEmptyTab(values: readonly (readonly unknown[])[]): boolean {
  return values.every((row) => row.every(isBlank));
}

/** An unused tab that recognition could not make usable (no kind). */
function unrecognisedVerdict(resolved: ResolvedTab, base: SourceTabSummary, language: Language): TabVerdict {
  const { tab, recognition, mapping } = resolved;
  const best = recognition.candidates[0];
  const rows = rowsText(countDataRows(tab.values, mapping.headerRow), language);
  if (!best) {
    const headers = headersText(recognition.headerLabels, false, language);
    // Months (or days) across the header row: a 予算表 with the months as columns, which no kind reads.
    const across = recognition.headerLabels.filter((label) => parseDay(label, () => 0).kind === 'day').length > 1;
    const line = serverMessage(language, across ? 'tabs.unusedMonthsAcross' : 'tabs.unusedNoHeader', { tab: tab.name, rows, headers });
    const source = { ...base, headerRow: null, mapping: {}, unusedReason: serverMessage(language, 'tabs.reasonNoHeader') };
    return { tab: tab.name, used: false, line, warning: unusedWarning(tab.name, line), source };
  }
  const fields = joinQuoted(best.missingRequired.map((field) => fieldLabel(field, language)), language);
  const { key, fix } = fixFor(best.kind, best.missingRequired, language);
  const headers = headersText(recognition.headerLabels, true, language);
  const line = serverMessage(language, key, { tab: tab.name, rows, kind: kindLabel(best.kind, language), fields, headers, fix });
  const header = tab.values[mapping.headerRow] ?? [];
  const seen: Record<string, string> = {};
  for (const [field, column] of Object.entries(best.columns)) {
    if (column !== undefined) seen[field] = recognition.headerLabels[column] ?? cellText(header[column]).trim();
  }
  const source = { ...base, mapping: seen, unusedReason: serverMessage(language, 'tabs.reasonMissing', { fields }) };
  return { tab: tab.name, used: false, line, warning: unusedWarning(tab.name, line), source };
}

/** A tab read as a kind of which no row could be used: the first values that stopped them. */
function unreadableVerdict(resolved: ResolvedTab, base: SourceTabSummary, kind: TabKind, workbook: ParsedWorkbook, language: Language): TabVerdict {
  const { tab, mapping } = resolved;
  const header = tab.values[mapping.headerRow] ?? [];
  const examples = (workbook.unreadable?.get(tab.name) ?? []).map(({ field, value, row }) => {
    const column = mapping.columns[field];
    const written = column === undefined ? '' : cellText(header[column]).trim();
    const name = written === '' ? fieldLabel(field, language) : written;
    const shown = isBlank(value) ? serverMessage(language, 'tabs.blankValue') : quoteSafely(value, language);
    return serverMessage(language, 'tabs.valueInColumn', { field: quoteLabel(name, language), value: shown, row });
  });
  const rows = rowsText(countDataRows(tab.values, mapping.headerRow), language);
  const line = serverMessage(language, 'tabs.unusedUnreadable', { tab: tab.name, rows, kind: kindLabel(kind, language), examples: joinList(examples, language) });
  const source = { ...base, kind: null, unusedReason: serverMessage(language, 'tabs.reasonUnreadable') };
  return { tab: tab.name, used: false, line, warning: unusedWarning(tab.name, line), source, unreadableKind: kind };
}

/** A recognised tab that gave no rows: nothing below its header, or rows the mapping could not read. */
function noRowsLine(resolved: ResolvedTab, kind: TabKind, language: Language): string {
  const { tab, mapping } = resolved;
  const dataRows = countDataRows(tab.values, mapping.headerRow);
  const label = kindLabel(kind, language);
  if (dataRows === 0) return serverMessage(language, 'pipeline.headerOnly', { tab: tab.name, kind: label });
  return serverMessage(language, 'pipeline.noUsableRowsMapping', { tab: tab.name, kind: label, rows: formatCount(dataRows) });
}

function verdictOf(resolved: ResolvedTab, base: SourceTabSummary, workbook: ParsedWorkbook, language: Language): TabVerdict {
  const { tab, mapping } = resolved;
  if (isEmptyTab(tab.values)) {
    // Nothing in it to lose (a new spreadsheet's シート1): named in sources and in an exit-3 message, never a warning.
    const line = serverMessage(language, 'tabs.unusedEmpty', { tab: tab.name });
    const source = { ...base, kind: null, headerRow: null, mapping: {}, unusedReason: serverMessage(language, 'tabs.reasonEmpty') };
    return { tab: tab.name, used: false, line, warning: null, source };
  }
  if (mapping.kind === null) return unrecognisedVerdict(resolved, base, language);
  if (base.kind === null) {
    // A saved mapping the parser refused (columns missing, header row gone): it warned already.
    const parsed = workbook.warnings.find((w) => w.tab === tab.name && (w.code === 'unusable_tab' || w.code === 'header_not_found'));
    const line = parsed?.message ?? noRowsLine(resolved, mapping.kind, language);
    const missing = missingFields(mapping, mapping.kind);
    const reason =
      missing.length > 0
        ? serverMessage(language, 'tabs.reasonMissing', { fields: joinQuoted(missing.map((field) => fieldLabel(field, language)), language) })
        : serverMessage(language, 'tabs.reasonNoHeader');
    return { tab: tab.name, used: false, line, warning: null, source: { ...base, unusedReason: reason } };
  }
  if (workbook.unreadable?.has(tab.name)) return unreadableVerdict(resolved, base, base.kind, workbook, language);
  const line =
    base.rowsRead > 0
      ? serverMessage(language, 'pipeline.usedTab', { tab: tab.name, rows: base.rowsRead, kind: kindLabel(base.kind, language) })
      : noRowsLine(resolved, base.kind, language);
  return { tab: tab.name, used: true, line, warning: null, source: base };
}

/**
 * What became of every tab: used, or unused with the reason, in the order of the tabs.
 *
 * @example
 * explainTabs([resolvedProductsTab], workbook, 'en')[0].line
 * //=> '"products" (7 rows): no known column header found (headers: "product_id", "product_name", "sales_price"), so the tab was not used. Put headers such as "Date", "Cost" or "Create Date" in the first row.'
 */
export function explainTabs(resolved: readonly ResolvedTab[], workbook: ParsedWorkbook, language: Language): TabVerdict[] {
  const sourceByTab = new Map(workbook.sources.map((source) => [source.tab, source]));
  return resolved.map((entry) => {
    const base: SourceTabSummary = sourceByTab.get(entry.tab.name) ?? {
      tab: entry.tab.name,
      kind: null,
      headerRow: entry.mapping.headerRow + 1,
      rowsRead: 0,
      rowsSkipped: 0,
      mapping: {},
    };
    return verdictOf(entry, base, workbook, language);
  });
}
