/**
 * The whole engine in one call: tabs → mappings → parsed rows → funnel summary. Pure; the Sheets
 * adapter and the tests call it alike.
 */
import { computeFunnelSummary } from '../funnel';
import type { DayNumber, FunnelSettings, Language, ParsedWorkbook, TabMapping } from '../model/types';
import type { FunnelSummary } from '../model/summary';
import type { ZoneOffsetResolver } from '../model/zone';
import { parseWorkbook, type SheetTab } from '../parse/parseWorkbook';
import { fieldLabel, kindLabel } from '../recognition/fieldLabels';
import { FunnelError } from './errors';
import { resolveMappings, type ResolvedTab } from './resolveMappings';

export interface FunnelRun {
  readonly resolved: readonly ResolvedTab[];
  readonly workbook: ParsedWorkbook;
  readonly summary: FunnelSummary;
}

/** What recognition made of a tab, for the "no usable tab" message. */
export function describeTab(resolved: ResolvedTab, language: Language): string {
  const { tab, recognition, mapping } = resolved;
  const ja = language === 'ja';
  if (tab.values.length === 0 || tab.values.every((row) => row.every((cell) => cell === '' || cell === null))) {
    return ja ? `「${tab.name}」: 空のタブです。` : `"${tab.name}": the tab is empty.`;
  }
  if (mapping.kind !== null) {
    return ja
      ? `「${tab.name}」: ${kindLabel(mapping.kind, language)}データとして読みましたが、使える行がありませんでした。サイドバーの「列の対応づけ」で、正しい列が選ばれているか確認してください。`
      : `"${tab.name}": read as ${kindLabel(mapping.kind, language)} data, but no row could be used. Check the column mapping in the sidebar.`;
  }
  const best = recognition.candidates[0];
  if (!best) {
    const headers = recognition.headerLabels.filter(Boolean).slice(0, 8).join(ja ? '、' : ', ');
    return ja
      ? `「${tab.name}」: 認識できる列名が見つかりませんでした（見出し: ${headers || 'なし'}）。1行目に「日付」「費用」「作成日」などの見出しを入れてください。`
      : `"${tab.name}": no known column header found (headers: ${headers || 'none'}). Put headers such as "Date", "Cost" or "Create Date" in the first row.`;
  }
  const missing = best.missingRequired.map((field) => fieldLabel(field, language)).join(ja ? '」「' : '", "');
  return ja
    ? `「${tab.name}」: ${kindLabel(best.kind, language)}データのようですが、必須の「${missing}」列が見つかりません。列を追加するか、サイドバーの「列の対応づけ」で選んでください。`
    : `"${tab.name}": looks like ${kindLabel(best.kind, language)} data but has no "${missing}" column, which is required. Add the column, or choose it under column mapping in the sidebar.`;
}

const FUNNEL_KINDS = new Set(['ads', 'traffic', 'leads', 'deals']);

function hasFunnelRows(workbook: ParsedWorkbook): boolean {
  return workbook.ads.length + workbook.traffic.length + workbook.leads.length + workbook.deals.length > 0;
}

/**
 * Runs the engine. Throws {@link FunnelError} `no_usable_tab` when no ads, traffic, leads or deals
 * tab yields a single row, listing what was recognised in each tab.
 *
 * @example
 * runFunnel([{ name: '広告', values: [['日付', '費用'], ['2025-04-01', 1200]] }], { view: 'cohort', language: 'ja', currency: 'JPY' }, () => 540).summary.total.cost
 * //=> 1200
 */
export function runFunnel(
  tabs: readonly SheetTab[],
  settings: FunnelSettings,
  zoneOffset: ZoneOffsetResolver,
  savedMappings: readonly TabMapping[] = [],
  today?: DayNumber
): FunnelRun {
  const resolved = resolveMappings(tabs, savedMappings);
  const workbook = parseWorkbook(
    resolved.map((r) => r.tab),
    resolved.map((r) => r.mapping),
    { zoneOffset, language: settings.language, ...(today !== undefined ? { today } : {}) }
  );
  if (!hasFunnelRows(workbook)) {
    const language = settings.language;
    const details = resolved.length > 0 ? resolved.map((r) => describeTab(r, language)) : [language === 'ja' ? 'タブが1つもありません。' : 'The workbook has no tabs.'];
    const usedKinds = resolved.some((r) => r.mapping.kind !== null && FUNNEL_KINDS.has(r.mapping.kind));
    const message =
      language === 'ja'
        ? `ファネルを計算できるタブがありません${usedKinds ? '（読み込めた行がありません）' : ''}。広告・アクセス・リード・商談のいずれかのデータのタブが必要です。`
        : `No tab can feed the funnel${usedKinds ? ' (no row could be read)' : ''}: an ads, traffic, leads or deals tab is needed.`;
    throw new FunnelError('no_usable_tab', message, details);
  }
  return { resolved, workbook, summary: computeFunnelSummary(workbook, settings) };
}
