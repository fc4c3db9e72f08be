/**
 * Sheet 7, KPIガイド / KPI guide (design §6): every figure shown on the other report sheets, with its
 * Japanese and English names, the formula, how to read it and a common pitfall, from the KPI catalog.
 */
import type { Language } from '../model/types';
import { textCell } from './cells';
import { PLAIN_FORMAT } from './formats';
import { KPI_KEYS, type KpiKey } from './kpiCatalog';
import type { KpiGuideTexts } from './kpiGuideTexts';
import { kpiName, reportLabels } from './labels';
import type { ReportSheet } from './model';
import { finishSheet, mergeWidths, preamble } from './sheetParts';
import { placeTable, type TableColumn } from './table';

/**
 * Builds the guide for the KPIs in `shown`, in catalog order, each once. `texts` are the guide's
 * texts, which the adapter loads from outside the bundle (design §10).
 *
 * @example
 * buildGuideSheet(['cac', 'leads'], 'en', KPI_GUIDE_TEXTS).name
 * //=> 'KPI guide'
 */
export function buildGuideSheet(shown: readonly KpiKey[], language: Language, texts: KpiGuideTexts): ReportSheet {
  const labels = reportLabels(language);
  const top = preamble(labels.sheetNames.guide, [labels.guide.intro]);
  const keys = KPI_KEYS.filter((key) => shown.includes(key));
  const other: Language = language === 'ja' ? 'en' : 'ja';
  const column = (key: string, header: string, width: number, text: (entry: KpiKey) => string): TableColumn<KpiKey> => ({
    key,
    header,
    format: PLAIN_FORMAT,
    width,
    cell: (entry) => textCell(text(entry)),
  });
  const table = placeTable(
    top.nextRow + 1,
    1,
    [
      column('name', language === 'ja' ? labels.guide.nameJa : labels.guide.nameEn, 200, (key) => kpiName(key, language)),
      column('otherName', language === 'ja' ? labels.guide.nameEn : labels.guide.nameJa, 200, (key) => kpiName(key, other)),
      column('formula', labels.guide.formula, 260, (key) => texts[key].formula[language]),
      column('reading', labels.guide.reading, 360, (key) => texts[key].reading[language]),
      column('pitfall', labels.guide.pitfall, 360, (key) => texts[key].pitfall[language]),
    ],
    keys.map((key) => ({ data: key })),
    { wrap: true },
  );
  return finishSheet({
    role: 'guide',
    name: labels.sheetNames.guide,
    blocks: [top.block, table.block],
    frozenRows: table.headerRow,
    frozenColumns: 1,
    columnWidths: mergeWidths([{ firstColumn: 1, widths: table.widths }]),
    charts: [],
  });
}
