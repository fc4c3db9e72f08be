import { REPORT_ROLES } from '../../../src/core/report/model';
import { REPORT_LABEL_TEXTS } from '../../../src/core/report/labelTexts';
import { parseReportLabelTexts, reportLabels, type ReportLabels } from '../../../src/core/report/labels';
import { placeholders } from '../../../src/core/text/translate';

describe('reportLabels', () => {
  it('names the sheets as design §6 does', () => {
    expect(REPORT_ROLES.map((role) => reportLabels('ja').sheetNames[role])).toEqual([
      'ファネル概要',
      'チャネル別',
      '月次推移',
      'スコア分析',
      'リードタイム',
      'メール分析',
      '属性別',
      '目標逆算',
      'KPIガイド',
    ]);
    expect(REPORT_ROLES.map((role) => reportLabels('en').sheetNames[role])).toEqual([
      'Funnel summary',
      'By channel',
      'Monthly',
      'Lead score',
      'Velocity',
      'Email performance',
      'By attribute',
      'Plan',
      'KPI guide',
    ]);
  });

  it('writes the period in each language', () => {
    expect(reportLabels('ja').periodRange('2025-04-01', '2026-03-31')).toBe('2025-04-01 〜 2026-03-31');
    expect(reportLabels('en').periodRange('2025-04-01', '2026-03-31')).toBe('2025-04-01 to 2026-03-31');
  });

  it('calls a month still being counted 集計途中（暫定） / provisional in the maturity note', () => {
    expect(reportLabels('ja').maturityNote).toContain('集計途中（暫定）');
    expect(reportLabels('en').maturityNote).toContain('provisional');
    expect(reportLabels('ja').maturityNote).not.toContain('未成熟');
  });

  describe('edge cases', () => {
    it('keeps target headers short: the metric names its columns once, above them, so no header repeats it', () => {
      expect([reportLabels('ja').monthly.target, reportLabels('ja').monthly.eventActual, reportLabels('ja').monthly.attainment]).toEqual(['目標', '実績（発生日）', '達成率']);
      expect([reportLabels('en').plan.actual, reportLabels('en').plan.expected]).toEqual(['Actual', 'Expected']);
    });
  });

  describe('the table outside Code.js (design §10)', () => {
    /** Every text of a table, by key path. */
    const textPaths = (value: unknown, prefix = ''): [string, string][] =>
      typeof value === 'string'
        ? [[prefix, value]]
        : Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => textPaths(child, prefix ? `${prefix}.${key}` : key));

    /** Every word of a table that takes a value, by key path. */
    function templated(labels: ReportLabels, prefix = ''): [string, (...args: never[]) => string][] {
      return Object.entries(labels).flatMap(([key, value]: [string, unknown]) => {
        if (typeof value === 'function') return [[prefix + key, value as (...args: never[]) => string]];
        if (typeof value === 'object' && value !== null) return templated(value as ReportLabels, `${prefix}${key}.`);
        return [];
      });
    }

    it('fills every placeholder of every word that takes a value, in both languages', () => {
      for (const language of ['ja', 'en'] as const) {
        const words = templated(reportLabels(language));
        // Exactly the templates take values: a text with a placeholder is never shown unfilled.
        const withPlaceholders = textPaths(REPORT_LABEL_TEXTS[language]).filter(([, text]) => placeholders(text).length > 0);
        expect(words.map(([key]) => key).sort()).toEqual(withPlaceholders.map(([key]) => key).sort());
        expect(words).toHaveLength(10);
        for (const [key, word] of words) {
          const text = (word as (...args: string[]) => string)('«1»', '«2»', '«3»');
          expect({ key, text, unfilled: /\{\w+\}/.test(text) }).toEqual({ key, text, unfilled: false });
          expect({ key, first: text.includes('«1»') }).toEqual({ key, first: true });
        }
      }
    });

    it('uses the same placeholders in both languages', () => {
      const english = new Map(textPaths(REPORT_LABEL_TEXTS.en));
      for (const [key, text] of textPaths(REPORT_LABEL_TEXTS.ja)) {
        expect({ key, placeholders: placeholders(text) }).toEqual({ key, placeholders: placeholders(english.get(key) ?? '') });
      }
    });

    it('reads the asset back, and stops with a clear message on a damaged or partial one', () => {
      expect(parseReportLabelTexts(JSON.stringify(REPORT_LABEL_TEXTS))).toEqual(REPORT_LABEL_TEXTS);
      const message = "ReportLabels.html is not the report's label table; rebuild and push the add-on (npm run build).";
      expect(() => parseReportLabelTexts('<html>')).toThrow(message);
      expect(() => parseReportLabelTexts(JSON.stringify({ ja: REPORT_LABEL_TEXTS.ja }))).toThrow(message);
      const { guide: _guide, ...withoutGuide } = REPORT_LABEL_TEXTS.en;
      expect(() => parseReportLabelTexts(JSON.stringify({ ja: REPORT_LABEL_TEXTS.ja, en: withoutGuide }))).toThrow(message);
      expect(() => parseReportLabelTexts(JSON.stringify({ ja: REPORT_LABEL_TEXTS.ja, en: { ...REPORT_LABEL_TEXTS.en, assumptions: 3 } }))).toThrow(message);
    });
  });
});
