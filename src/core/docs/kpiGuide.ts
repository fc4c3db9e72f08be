/**
 * docs/kpi-guide.md, rendered from the same KPI catalog as the report's KPIガイド sheet.
 */
import { KPI_CATALOG, KPI_KEYS } from '../report/kpiCatalog';
import { KPI_NAMES } from '../report/kpiNames';
import { KPI_GUIDE_TEXTS } from '../report/kpiGuideTexts';

/**
 * Renders the KPI guide in Japanese, then English.
 *
 * @example
 * renderKpiGuide().split('\n')[0]
 * //=> '# KPIガイド / KPI guide'
 */
export function renderKpiGuide(): string {
  const japanese = KPI_KEYS.map((key) => {
    const kpi = { ...KPI_CATALOG[key], name: KPI_NAMES[key], ...KPI_GUIDE_TEXTS[key] };
    return [`### ${kpi.name.ja}（${kpi.name.en}）`, '', `- 計算式: ${kpi.formula.ja}`, `- 見方: ${kpi.reading.ja}`, `- 注意点: ${kpi.pitfall.ja}`].join('\n');
  });
  const english = KPI_KEYS.map((key) => {
    const kpi = { ...KPI_CATALOG[key], name: KPI_NAMES[key], ...KPI_GUIDE_TEXTS[key] };
    return [`### ${kpi.name.en}`, '', `- Formula: ${kpi.formula.en}`, `- How to read it: ${kpi.reading.en}`, `- Pitfall: ${kpi.pitfall.en}`].join('\n');
  });
  return [
    '# KPIガイド / KPI guide',
    '',
    '<!-- Generated from src/core/report/kpiCatalog.ts, kpiNames.ts and kpiGuideTexts.ts by `npm run build`; edit those, not this file. -->',
    '',
    'レポートの各シートに出てくる数字の意味・計算式・読み方・よくある落とし穴です。レポートの「KPIガイド」シートと同じ内容です。',
    '',
    'What every figure in the report means, how it is calculated, how to read it and a common pitfall — the same text as the report\'s "KPI guide" sheet.',
    '',
    '## 日本語',
    '',
    ...japanese.flatMap((section) => [section, '']),
    '## English',
    '',
    ...english.flatMap((section) => [section, '']),
  ]
    .join('\n')
    .trimEnd()
    .concat('\n');
}
