import { AMOUNT_KEYS, AUXILIARY_KEYS, COUNT_KEYS, RATIO_KEYS } from '../../../src/core/model/summary';
import { KPI_CATALOG, KPI_KEYS } from '../../../src/core/report/kpiCatalog';
import { KPI_NAMES } from '../../../src/core/report/kpiNames';
import { kpiName, parseReportLabelTexts } from '../../../src/core/report/labels';
import { REPORT_LABEL_TEXTS } from '../../../src/core/report/labelTexts';
import { KPI_GUIDE_TEXTS } from '../../../src/core/report/kpiGuideTexts';

const JAPANESE_SCRIPT = /[\u3040-\u30ff\u4e00-\u9fff]/;
const TEXT_FIELDS = ['name', 'formula', 'reading', 'pitfall'] as const;
/** The catalog entry with its name and guide texts, which live apart (design §10). */
const entry = (key: (typeof KPI_KEYS)[number]) => ({ ...KPI_CATALOG[key], name: KPI_NAMES[key], ...KPI_GUIDE_TEXTS[key] });

describe('KPI_CATALOG', () => {
  it('has an entry for every count, amount, auxiliary and ratio key of the summary', () => {
    for (const key of [...COUNT_KEYS, ...AMOUNT_KEYS, ...AUXILIARY_KEYS, ...RATIO_KEYS]) {
      expect(KPI_KEYS).toContain(key);
      expect(KPI_CATALOG[key]).toBeDefined();
    }
  });

  it('lists every key once, in the same order as its entries', () => {
    expect(new Set(KPI_KEYS).size).toBe(KPI_KEYS.length);
    expect(Object.keys(KPI_CATALOG)).toEqual([...KPI_KEYS]);
    expect(Object.keys(KPI_NAMES)).toEqual([...KPI_KEYS]);
    expect(Object.keys(KPI_GUIDE_TEXTS)).toEqual([...KPI_KEYS]);
  });

  it('writes every text in both languages, Japanese in Japanese and English without Japanese script', () => {
    for (const key of KPI_KEYS) {
      for (const field of TEXT_FIELDS) {
        const text = entry(key)[field];
        expect(text.en.trim()).not.toBe('');
        expect(text.ja.trim()).not.toBe('');
        expect(JAPANESE_SCRIPT.test(text.en)).toBe(false);
        // Names and formulas may be pure symbols (ROAS, LTV ÷ CAC); explanations are always prose.
        if (field === 'reading' || field === 'pitfall') expect(JAPANESE_SCRIPT.test(text.ja)).toBe(true);
      }
    }
  });

  it('names the denominator of every ratio in its formula', () => {
    for (const key of RATIO_KEYS.filter((ratio) => ratio !== 'ltv')) {
      expect(KPI_GUIDE_TEXTS[key].formula.ja).toContain('÷');
      expect(KPI_GUIDE_TEXTS[key].formula.en).toContain('÷');
    }
  });

  it('uses the design §5 Japanese names of the headline KPIs', () => {
    expect(KPI_NAMES.opportunityRate.ja).toBe('商談化率');
    expect(KPI_NAMES.winRate.ja).toBe('受注率');
    expect(KPI_NAMES.cpl.ja).toBe('リード獲得単価（CPL）');
    expect(KPI_NAMES.roas.ja).toBe('ROAS');
  });

  describe('edge cases', () => {
    it('never starts a text with a character that a spreadsheet reads as a formula', () => {
      for (const key of KPI_KEYS) {
        for (const field of TEXT_FIELDS) {
          for (const text of [entry(key)[field].ja, entry(key)[field].en]) expect(text).not.toMatch(/^[=+\-@]/);
        }
      }
    });
  });
});

describe('kpiName', () => {
  it('gives the name in the requested language', () => {
    expect(kpiName('opportunityRate', 'ja')).toBe('商談化率');
    expect(kpiName('opportunityRate', 'en')).toBe('Opportunity rate');
  });

  it("reads every name of kpiNames.ts from the report labels' file", () => {
    for (const key of KPI_KEYS) expect([kpiName(key, 'ja'), kpiName(key, 'en')]).toEqual([KPI_NAMES[key].ja, KPI_NAMES[key].en]);
    expect(REPORT_LABEL_TEXTS.ja.kpiNames.cpl).toBe('リード獲得単価（CPL）');
  });

  it('stops with a clear message on a labels file without every KPI name', () => {
    const { cpl: _cpl, ...jaNames } = REPORT_LABEL_TEXTS.ja.kpiNames;
    const { cpl: _cplEn, ...enNames } = REPORT_LABEL_TEXTS.en.kpiNames;
    const stale = JSON.stringify({ ja: { ...REPORT_LABEL_TEXTS.ja, kpiNames: jaNames }, en: { ...REPORT_LABEL_TEXTS.en, kpiNames: enNames } });
    expect(() => parseReportLabelTexts(stale)).toThrow("ReportLabels.html is not the report's label table; rebuild and push the add-on (npm run build).");
    expect(parseReportLabelTexts(JSON.stringify(REPORT_LABEL_TEXTS)).en.kpiNames.cpl).toBe('CPL (cost per lead)');
  });

  describe('edge cases', () => {
    it('keeps names that are the same in both languages', () => {
      expect(kpiName('mql', 'ja')).toBe(kpiName('mql', 'en'));
    });
  });
});
