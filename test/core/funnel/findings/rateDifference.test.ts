/**
 * Rates that differ from the rest beyond chance, or within it, judged together: every test of one
 * report is one family under Holm–Bonferroni at 5 % (the tests behind the numbers are worked in
 * statistics.test.ts; the z values below by hand with the pooled two-proportion formula).
 */
import type { ComparisonRow } from '../../../../src/core/funnel/findings';
import { rateComparisons, rateDifferenceFindings } from '../../../../src/core/funnel/findings/rateDifference';
import { comparisonRow, type AttributeRows, type GroupedRow } from '../../../../src/core/funnel/findings/types';
import { counts, familyOf, findingsInput } from './helpers';

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

function totalOf(rows: readonly ComparisonRow[]) {
  const sum = (key: 'leads' | 'opportunities' | 'won' | 'lost') => rows.reduce((total, entry) => total + (entry[key] ?? 0), 0);
  return counts({ leads: sum('leads'), opportunities: sum('opportunities'), won: sum('won'), lost: sum('lost') });
}

type More = { channels?: GroupedRow[]; attributes?: AttributeRows[]; rowKind?: 'group' | 'channel'; view?: 'cohort' | 'period' };

function tests(rows: readonly ComparisonRow[], more: More = {}) {
  const total = totalOf(rows);
  return rateComparisons(findingsInput({ total, rows, ...more }), comparisonRow('', total));
}

/** The rate findings of a report whose family is its rate tests alone. */
function run(rows: readonly ComparisonRow[], language: 'ja' | 'en' = 'ja', more: More = {}) {
  const total = totalOf(rows);
  const input = findingsInput({ language, total, rows, ...more });
  const rates = rateComparisons(input, comparisonRow('', total));
  return rateDifferenceFindings(input, rates, familyOf(rates));
}

describe('rateDifferenceFindings', () => {
  it('reports a 商談化率 above the rest beyond chance, with its Wilson interval and the number of comparisons', () => {
    // 紹介 30/120 = 25.0 % (interval 18.1–33.4 %) against the rest 100/1372 = 7.3 %: z = 6.60. Two tests
    // (each row against the other); the larger |z| must pass 5 %/2 (z ≥ 2.24): it does.
    const findings = run([row('Web', 1372, 100), row('紹介', 120, 30)]);
    expect(findings.map((ranked) => ranked.finding)).toEqual([
      {
        code: 'rate_difference',
        tone: 'good',
        message:
          '「紹介」の商談化率は25.0%（商談30件 ÷ リード120件、95%信頼区間は18.1%〜33.4%）で、ほかのチャネルの7.3%（商談100件 ÷ リード1,372件）より高く、偶然では説明できない差です（このレポートの2通りの比較をまとめて判定）。「紹介」のリードを増やす方法を優先して検討してください。',
      },
    ]);
  });

  it('reports a 受注率 below the rest beyond chance (closed opportunities only)', () => {
    // A: 2 won of 30 closed = 6.7 %; B: 30 of 60 = 50 %: z = −4.05. Four tests (商談化率 20 % against
    // 23.3 %, z = −0.88, twice; 受注率 twice): 4.05 ≥ 2.50 (5 %/4), 4.05 ≥ 2.39 (5 %/3), 0.88 < 2.24.
    const findings = run([row('A', 200, 40, 2, 28), row('B', 300, 70, 30, 30)], 'en');
    expect(findings.map((ranked) => [ranked.finding.tone, ranked.finding.message])).toEqual([
      [
        'bad',
        '"A" has a lower win rate: 6.7% (2 won deals ÷ 30 closed opportunities; 95% interval 1.8%–21.3%) against 50.0% for the other channels (30 won deals ÷ 60 closed opportunities), a difference beyond chance even among the 4 comparisons in this report. Find out why the deals from "A" were lost.',
      ],
    ]);
  });

  it('says a difference is within chance, and how many more leads would settle it at the family’s strictest level', () => {
    // A 5/40 = 12.5 % against 100/1000 = 10.0 %: z = 0.51. Settled when |z| reaches 2.2414 (5 %/2):
    // 1/n = 0.025² ÷ (2.2414² × 0.100962 × 0.899038) − 1/1000 = 0.00037059 → n = 2,699; 2,659 more.
    const findings = run([row('A', 40, 5), row('B', 1000, 100)]);
    expect(findings.map((ranked) => ranked.finding)).toEqual([
      {
        code: 'rate_within_chance',
        tone: 'neutral',
        message:
          '「A」の商談化率は12.5%（商談5件 ÷ リード40件）で、ほかのチャネルの10.0%（商談100件 ÷ リード1,000件）と差がありますが、このレポートの2通りの比較をまとめて見ると、この件数では偶然の範囲内です。差を確かめるには、「A」であとリード約2,659件が必要です。',
      },
    ]);
  });

  it('does not call a difference real that passes 5 % alone but not among the report’s comparisons', () => {
    // X: 2 won of 22 closed (9.1 %) against Y's 26 of 77 (33.8 %): z = −2.27, beyond 1.96 alone. With
    // the 商談化率 tests (15 % each: z = 0) the family has four, and 2.27 < 2.50 (5 %/4): within chance.
    // Settled at 2.4977: 1/n = 0.2468² ÷ (2.4977² × 0.28283 × 0.71717) − 1/77 → 7 more closed opportunities.
    const findings = run([row('X', 200, 30, 2, 20), row('Y', 600, 90, 26, 51)], 'en');
    expect(findings.map((ranked) => ranked.finding)).toEqual([
      {
        code: 'rate_within_chance',
        tone: 'neutral',
        message:
          '"X" has a win rate of 9.1% (2 won deals ÷ 22 closed opportunities) against 33.8% for the other channels (26 won deals ÷ 77 closed opportunities), but with these numbers, among the 4 comparisons in this report, the difference is within chance. About 7 more closed opportunities from "X" would settle it.',
      },
    ]);
  });

  it('tests the values of a lead attribute against the rest of that attribute', () => {
    // 業種: 製造業 60/300 = 20.0 % against the rest (情報通信業 and the merged その他) 40/400 = 10.0 %:
    // z = 3.74; 情報通信業 30/300 against 70/400: z = −2.81. その他 is only part of the rest: two tests.
    // Wilson of 60/300: centre 0.20379, half 0.04514 → 15.9 %–24.9 %.
    const attributes: AttributeRows[] = [
      {
        attribute: '業種',
        rows: [row('製造業', 300, 60), row('情報通信業', 300, 30)],
        total: row('', 700, 100),
      },
    ];
    const findings = run([row('Web', 700, 100)], 'ja', { attributes });
    expect(findings.map((ranked) => ranked.finding.message)).toEqual([
      '業種「製造業」の商談化率は20.0%（商談60件 ÷ リード300件、95%信頼区間は15.9%〜24.9%）で、ほかの業種の10.0%（商談40件 ÷ リード400件）より高く、偶然では説明できない差です（このレポートの2通りの比較をまとめて判定）。業種「製造業」のリードを増やす方法を優先して検討してください。',
    ]);
    const [english] = run([row('Web', 700, 100)], 'en', { attributes });
    expect(english?.finding.message).toMatch(/^業種 "製造業" has a higher opportunity rate: 20.0% .* against 10.0% for the other values of 業種 /);
  });

  it('names a channel inside a group when its own difference is beyond chance', () => {
    // Groups: 有料 33/600 = 5.5 % against その他 66/600 = 11.0 %: z = ∓3.46. 有料's channels: Y1 3/300 =
    // 1.0 % against the other 96/900 = 10.7 %: z = −5.27; G1 30/300 against 69/900: z = 1.27. Four tests:
    // 5.27 ≥ 2.50, 3.46 ≥ 2.39, 3.46 ≥ 2.24, 1.27 < 1.96. The strongest is Y1's. Wilson of 3/300: 0.3 %–2.9 %.
    const channels: GroupedRow[] = [
      { ...row('G1', 300, 30), group: '有料' },
      { ...row('Y1', 300, 3), group: '有料' },
    ];
    const findings = run([row('有料', 600, 33), row('その他', 600, 66)], 'ja', { channels, rowKind: 'group' });
    expect(findings.map((ranked) => [ranked.finding.tone, ranked.finding.message])).toEqual([
      [
        'bad',
        '「Y1」の商談化率は1.0%（商談3件 ÷ リード300件、95%信頼区間は0.3%〜2.9%）で、ほかのチャネルの10.7%（商談96件 ÷ リード900件）より低く、偶然では説明できない差です（このレポートの4通りの比較をまとめて判定）。「Y1」のリードの質（狙う相手や申込みの入口）と、営業への引き渡し方を見直してください。',
      ],
    ]);
  });

  it('tests the channels of a group only when two of them have 20 or more: one channel would repeat its group', () => {
    // 紹介 holds 紹介 (100 leads) and a spelling variant ご紹介 (5): the channel test would be the
    // group's again. 有料 holds G1 and Y1, 300 leads each: both are tested. Groups 2 + channels 2 = 4.
    const channels: GroupedRow[] = [
      { ...row('紹介', 100, 25), group: '紹介' },
      { ...row('ご紹介', 5, 1), group: '紹介' },
      { ...row('G1', 300, 30), group: '有料' },
      { ...row('Y1', 300, 3), group: '有料' },
    ];
    const labels = tests([row('有料', 600, 33), row('紹介', 105, 26)], { channels, rowKind: 'group' }).map((entry) => entry.label);
    expect(labels).toEqual(['有料', '紹介', 'G1', 'Y1']);
  });

  it('does not test 商談化率 in the period view: its 商談 count by event date, its leads by created date', () => {
    const rows = [row('Web', 1372, 100, 30, 70), row('紹介', 120, 30, 10, 10)];
    expect(tests(rows).map((entry) => entry.kind.key)).toEqual(['opportunityRate', 'opportunityRate', 'winRate', 'winRate']);
    expect(tests(rows, { view: 'period' }).map((entry) => entry.kind.key)).toEqual(['winRate', 'winRate']);
  });

  describe('edge cases', () => {
    it('leaves out rows with fewer than 20 in the denominator', () => {
      // 19 leads at 50 % would be significant against 2 %: too few to judge.
      expect(run([row('A', 19, 10), row('B', 1000, 20)])).toEqual([]);
    });

    it('tests a row from 20 in its denominator', () => {
      // 20 leads, 10 商談 (50 %) against 20/1000 (2 %): z = 13.9.
      expect(run([row('A', 20, 10), row('B', 1000, 20)]).map((ranked) => ranked.finding.code)).toEqual(['rate_difference']);
    });

    it('says nothing about a difference under a fifth of the rest’s rate', () => {
      // 11 % against 10 %.
      expect(run([row('A', 100, 11), row('B', 1000, 100)])).toEqual([]);
    });

    it('calls the other rows channel groups when groups are compared', () => {
      const findings = run([row('Web', 1372, 100), row('紹介', 120, 30)], 'ja', { rowKind: 'group' });
      expect(findings[0]?.finding.message).toContain('ほかのチャネルグループの7.3%');
    });
  });
});
