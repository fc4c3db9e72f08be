import { REPORT_ROLES } from '../../../src/core/report/model';
import { reportLabels } from '../../../src/core/report/labels';

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
    it('keeps user-derived metric names as they are in target headers', () => {
      expect(reportLabels('ja').monthly.target('=SUM(A1)')).toBe('目標: =SUM(A1)');
      expect(reportLabels('en').monthly.attainment('Leads')).toBe('Attainment: Leads');
    });
  });
});
