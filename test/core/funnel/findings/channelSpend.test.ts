/**
 * Money worst and best spent, worked by hand. Total cost ¥1,000,000 and 20 wins:
 *
 * | row  | cost     | share | leads | 商談 | won | share | wins ÷ cost share | CAC      |
 * |------|----------|-------|-------|------|-----|-------|-------------------|----------|
 * | A    | ¥600,000 | 60 %  | 100   | 8    | 1   | 5 %   | 0.083             | ¥600,000 |
 * | B    | ¥300,000 | 30 %  | 50    | 10   | 6   | 30 %  | 1.0               | ¥50,000  |
 * | C    | ¥100,000 | 10 %  | 30    | 6    | 3   | 15 %  | 1.5               | ¥33,333  |
 * | free | ¥0       | —     | 40    | 12   | 10  | 50 %  | —                 | —        |
 * | tiny | ¥0→ ¥5,000 (19 leads: too few to judge, left out)                                  |
 *
 * Worst: A (60 % of cost for 5 % of wins). Best: C. CAC of the other paid rows for A:
 * (¥300,000 + ¥100,000) ÷ (6 + 3) = ¥44,444.
 */
import { channelSpendFindings } from '../../../../src/core/funnel/findings/channelSpend';
import type { ComparisonRow } from '../../../../src/core/funnel/findings';
import { counts, findingsInput } from './helpers';

const row = (label: string, cost: number, leads: number, opportunities: number, won: number, revenue: number): ComparisonRow => ({
  label,
  cost,
  leads,
  opportunities,
  won,
  lost: 0,
  revenue,
  sessions: 0,
});

const rows = [
  row('A', 600000, 100, 8, 1, 300000),
  row('B', 300000, 50, 10, 6, 1200000),
  row('C', 100000, 30, 6, 3, 900000),
  row('free', 0, 40, 12, 10, 2000000),
  row('tiny', 5000, 19, 0, 0, 0),
];
const total = counts({ cost: 1000000, won: 20, leads: 239 });

describe('channelSpendFindings', () => {
  it('names the row that wins least for its share of the cost, and the one that wins most', () => {
    const [worst, best] = channelSpendFindings(findingsInput({ total, rows }));
    expect(worst?.finding).toEqual({
      code: 'channel_spend',
      tone: 'bad',
      message:
        '費用の効率がいちばん悪いのは「A」です。費用 ¥600,000（全体の 60.0%）に対して受注は 1件（全体の 5.0%）で、CAC は ¥600,000（ほかの有料チャネルは ¥44,444）、ROAS は 50% でした（リード 100件 → 商談 8件 → 受注 1件）。「A」の予算を段階的に減らし、CAC の低い「C」に回して効果を確かめてください。',
    });
    expect(best?.finding).toEqual({
      code: 'channel_spend',
      tone: 'good',
      message: '費用の効率がいちばん良いのは「C」です。費用 ¥100,000（全体の 10.0%）で受注 3件（全体の 15.0%）、CAC は ¥33,333、ROAS は 900% でした。「C」に回す予算を増やせないか検討してください。',
    });
  });

  it('writes ROAS as a multiple in English', () => {
    const [worst] = channelSpendFindings(findingsInput({ language: 'en', total, rows }));
    expect(worst?.finding.message).toBe(
      '"A" spends its money worst: ¥600,000 (60.0% of all cost) brought 1 won deal(s) (5.0% of all wins); CAC ¥600,000 against ¥44,444 for the other paid channels, ROAS 0.5× (100 leads → 8 opportunities → 1 won). Cut the budget of "A" step by step and move it to "C", whose CAC is lower, to see whether the wins follow.',
    );
  });

  describe('edge cases', () => {
    it('says there is no CAC for a row without a win', () => {
      const [worst] = channelSpendFindings(findingsInput({ total, rows: [row('A', 600000, 100, 8, 0, 0), ...rows.slice(1)] }));
      expect(worst?.finding.message).toContain('受注は 0件（全体の 0.0%）で、受注がないため CAC は出せず、ROAS は 0% でした');
    });

    it('names nobody when fewer than two paid rows have 20 leads, or nothing was won', () => {
      expect(channelSpendFindings(findingsInput({ total, rows: [rows[0]!, rows[3]!, rows[4]!] }))).toEqual([]);
      expect(channelSpendFindings(findingsInput({ total: counts({ cost: 1000000, won: 0 }), rows }))).toEqual([]);
    });

    it('does not call a small spender the worst', () => {
      // C alone wins less than it spends but holds only 5 % of the cost: no "worst" finding.
      const even = [row('A', 500000, 100, 8, 10, 0), row('B', 450000, 100, 8, 9, 0), row('C', 50000, 30, 3, 0, 0)];
      const findings = channelSpendFindings(findingsInput({ total: counts({ cost: 1000000, won: 19 }), rows: even }));
      expect(findings.map((ranked) => ranked.finding.tone)).toEqual(['good']);
    });
  });
});
