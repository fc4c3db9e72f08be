import { parseKpiGuideTexts } from '../../../src/core/report/kpiGuideAsset';
import { KPI_KEYS } from '../../../src/core/report/kpiCatalog';
import { KPI_GUIDE_TEXTS } from '../../../src/core/report/kpiGuideTexts';

describe('parseKpiGuideTexts', () => {
  it('reads back the texts the build wrote', () => {
    const texts = parseKpiGuideTexts(JSON.stringify(KPI_GUIDE_TEXTS));
    expect(texts.winRate.formula.en).toBe(KPI_GUIDE_TEXTS.winRate.formula.en);
    expect(Object.keys(texts).sort()).toEqual([...KPI_KEYS].sort());
  });

  describe('edge cases', () => {
    it('names the file when it is not JSON', () => {
      expect(() => parseKpiGuideTexts('<html>')).toThrow('KpiGuide.html is not the KPI guide');
    });

    it('names every KPI whose texts are missing or incomplete (a stale file)', () => {
      const { cac, ...rest } = KPI_GUIDE_TEXTS;
      void cac;
      const stale = { ...rest, leads: { formula: KPI_GUIDE_TEXTS.leads.formula, reading: KPI_GUIDE_TEXTS.leads.reading } };
      expect(() => parseKpiGuideTexts(JSON.stringify(stale))).toThrow('lacks the guide texts of leads, cac;');
    });

    it('does not take inherited keys for texts', () => {
      expect(() => parseKpiGuideTexts('{"__proto__": {"leads": 1}}')).toThrow('lacks the guide texts of');
    });
  });
});
