/**
 * Rates that differ from the rest beyond chance, or within it; the tests behind the numbers are
 * worked in statistics.test.ts.
 */
import type { ComparisonRow } from '../../../../src/core/funnel/findings';
import { rateDifferenceFindings } from '../../../../src/core/funnel/findings/rateDifference';
import { comparisonRow } from '../../../../src/core/funnel/findings/types';
import { counts, findingsInput } from './helpers';

const row = (label: string, leads: number, opportunities: number, won = 0, lost = 0): ComparisonRow => ({
  label,
  leads,
  opportunities,
  won,
  lost,
  cost: 0,
  revenue: 0,
  sessions: 0,
});

function run(rows: readonly ComparisonRow[], language: 'ja' | 'en' = 'ja') {
  const sum = (key: 'leads' | 'opportunities' | 'won' | 'lost') => rows.reduce((total, entry) => total + (entry[key] ?? 0), 0);
  const total = counts({ leads: sum('leads'), opportunities: sum('opportunities'), won: sum('won'), lost: sum('lost') });
  return rateDifferenceFindings(findingsInput({ language, total, rows }), comparisonRow('', total));
}

describe('rateDifferenceFindings', () => {
  it('reports a 商談化率 above the rest beyond chance, with its Wilson interval', () => {
    // 紹介 30/120 = 25.0 % (interval 18.1–33.4 %) against the rest 100/1372 = 7.3 %: z = 6.60.
    const findings = run([row('Web', 1372, 100), row('紹介', 120, 30)]);
    expect(findings.map((ranked) => ranked.finding)).toEqual([
      {
        code: 'rate_difference',
        tone: 'good',
        message:
          '「紹介」の商談化率は 25.0%（商談 30件 ÷ リード 120件、95% 信頼区間 18.1%〜33.4%）で、ほかのチャネルの 7.3%（商談 100件 ÷ リード 1,372件）より高く、偶然では説明できない差です。「紹介」のリードを増やす方法を優先して検討してください。',
      },
    ]);
  });

  it('reports a 受注率 below the rest beyond chance (closed opportunities only)', () => {
    // A: 2 won of 2 + 28 closed = 6.7 %; B: 30 of 30 + 30 = 50 %. Pooled 32/90; z = −4.0.
    const findings = run([row('A', 200, 40, 2, 28), row('B', 300, 70, 30, 30)], 'en');
    expect(findings.map((ranked) => [ranked.finding.tone, ranked.finding.message])).toEqual([
      [
        'bad',
        '"A" has a lower win rate: 6.7% (2 won ÷ 30 closed; 95% interval 1.8%–21.3%) against 50.0% for the other channels (30 won ÷ 60 closed), a difference beyond chance. Find out why the deals from "A" were lost.',
      ],
    ]);
  });

  it('says a difference is within chance, and how many more leads would settle it', () => {
    // A 5/40 = 12.5 % against 100/1000 = 10.0 %: z = 0.51; 1,222 more leads from A would settle it.
    const findings = run([row('A', 40, 5), row('B', 1000, 100)]);
    expect(findings.map((ranked) => ranked.finding)).toEqual([
      {
        code: 'rate_within_chance',
        tone: 'neutral',
        message:
          '「A」の商談化率は 12.5%（商談 5件 ÷ リード 40件）で、ほかのチャネルの 10.0%（商談 100件 ÷ リード 1,000件）と差がありますが、この件数では偶然の範囲内です。差を確かめるには、「A」であとリード約1,222件が必要です。',
      },
    ]);
  });

  describe('edge cases', () => {
    it('leaves out rows with fewer than 20 in the denominator', () => {
      // 19 leads at 50 % would be significant against 2 %: too few to judge.
      expect(run([row('A', 19, 10), row('B', 1000, 20)])).toEqual([]);
    });

    it('says nothing about a difference under a fifth of the rest’s rate', () => {
      // 11 % against 10 %.
      expect(run([row('A', 100, 11), row('B', 1000, 100)])).toEqual([]);
    });

    it('calls the other rows channel groups when groups are compared', () => {
      const rows = [row('Web', 1372, 100), row('紹介', 120, 30)];
      const total = counts({ leads: 1492, opportunities: 130 });
      const [finding] = rateDifferenceFindings(findingsInput({ total, rows, rowKind: 'group' }), comparisonRow('', total));
      expect(finding?.finding.message).toContain('ほかのチャネルグループの 7.3%');
    });
  });
});
