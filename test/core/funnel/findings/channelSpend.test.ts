/**
 * Money worst and best spent, worked by hand. What is judged is the cost per 商談 of a row with at
 * least 20 商談 against the other rows with cost together (also at least 20); the wins are context.
 * Cost with a 商談: ¥10,500,000 over 109 商談.
 *
 * | row  | cost       | share  | 商談 | won | cost per 商談 | the others' cost per 商談        | ratio |
 * |------|------------|--------|------|-----|-------------|--------------------------------|-------|
 * | A    | ¥6,000,000 | 57.1 % | 30   | 2   | ¥200,000    | ¥4,500,000 ÷ 79 = ¥56,962       | 3.51  |
 * | B    | ¥3,000,000 | 28.6 % | 40   | 5   | ¥75,000     | ¥7,500,000 ÷ 69 = ¥108,696      | 0.69  |
 * | C    | ¥1,000,000 | 9.5 %  | 20   | 3   | ¥50,000     | ¥9,500,000 ÷ 89 = ¥106,742      | 0.47  |
 * | D    | ¥500,000   | 4.8 %  | 19   | 1   | (19 商談: not judged, but one of the others)                      |
 * | free | ¥0         | —      | 50   | 10  | (no cost: not compared)                                          |
 *
 * Worst: A (a tenth of the cost or more, ratio above 1). Best: C (lowest ratio). With D at 20 商談:
 * ¥500,000 ÷ 20 = ¥25,000 against ¥10,000,000 ÷ 89 = ¥112,360, ratio 0.22: D becomes the best.
 */
import { channelSpendFindings } from '../../../../src/core/funnel/findings/channelSpend';
import type { ComparisonRow } from '../../../../src/core/funnel/findings';
import { counts, findingsInput } from './helpers';

const row = (label: string, cost: number, opportunities: number, won: number, revenue: number, leads = opportunities * 5): ComparisonRow => ({
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
  row('A', 6000000, 30, 2, 3000000),
  row('B', 3000000, 40, 5, 9000000),
  row('C', 1000000, 20, 3, 6000000),
  row('D', 500000, 19, 1, 1000000),
  row('free', 0, 50, 10, 20000000),
];
const total = counts({ cost: 10500000, opportunities: 159, won: 21, leads: 795 });

describe('channelSpendFindings', () => {
  it('names the row that pays most per 商談 against the others with cost, and the one that pays least', () => {
    const [worst, best] = channelSpendFindings(findingsInput({ total, rows }));
    expect(worst?.finding).toEqual({
      code: 'channel_spend',
      tone: 'bad',
      message:
        '費用の割に商談が少ないのは「A」です。費用の57.1%（600万円）を使い、商談は30件、商談獲得単価は20万円で、費用のかかったほかのチャネル（「B」、「C」、「D」）の約5.7万円の3.5倍でした。受注は2件、ROASは50%です。「A」の予算を段階的に減らし、商談獲得単価の低い「C」に回して効果を確かめてください。',
    });
    expect(best?.finding).toEqual({
      code: 'channel_spend',
      tone: 'good',
      message:
        '費用の割に商談がいちばん多いのは「C」です。費用の9.5%（100万円）で商談20件、商談獲得単価は5万円で、費用のかかったほかのチャネル（「A」、「B」、「D」）の約11万円を下回りました。受注は3件、ROASは600%です。「C」に回す予算を増やせないか検討してください。',
    });
  });

  it('says it in plain English, with ROAS as a multiple', () => {
    const [worst] = channelSpendFindings(findingsInput({ language: 'en', total, rows }));
    expect(worst?.finding.message).toBe(
      '"A" gets the fewest opportunities for its money: 57.1% of the cost (¥6 million) brought 30 opportunities, a cost per opportunity of ¥200,000, 3.5× what the other channels with cost ("B", "C", "D") paid (about ¥57,000). It brought 2 won deals (ROAS 0.5×). Cut the budget of "A" step by step and move it to "C", whose cost per opportunity is lower, to see whether the results follow.',
    );
    expect(worst?.finding.message).not.toMatch(/\(s\)|spends its money/);
  });

  it('names the channel inside the worst group that spends a larger share of its cost than it brings 商談, with a caveat under 20', () => {
    // A's channels: A1 ¥4,000,000 for 27 商談 (66.7 % of the cost, 90 % of the 商談); A2 ¥2,000,000
    // for 3 商談 and no win (33.3 % of the cost, 10 % of the 商談).
    const channels = [
      { ...row('A1', 4000000, 27, 2, 3000000), group: 'A' },
      { ...row('A2', 2000000, 3, 0, 0), group: 'A' },
    ];
    const [worst] = channelSpendFindings(findingsInput({ total, rows, channels }));
    expect(worst?.finding.message).toContain(
      '受注は2件、ROASは50%です。内訳では「A2」が費用200万円（このグループの33.3%）で、商談3件・受注0件でした（件数が少なく、偶然の差かどうかはまだ判断できません）。まず「A2」の配信内容と予算から見直してください。',
    );
    const [english] = channelSpendFindings(findingsInput({ language: 'en', total, rows, channels }));
    expect(english?.finding.message).toContain(
      'Within it, "A2" spent ¥2 million (33.3% of the group): opportunities 3, wins 0 (too few to tell whether that is more than chance). Start with the targeting and the budget of "A2".',
    );
  });

  describe('the 20 behind every claim', () => {
    it('judges a row from 20 商談, not 19', () => {
      const judged = rows.map((entry) => (entry.label === 'D' ? row('D', 500000, 20, 1, 1000000) : entry));
      const [, best] = channelSpendFindings(findingsInput({ total, rows: judged }));
      expect(best?.finding.message).toMatch(/^費用の割に商談がいちばん多いのは「D」です。費用の4.8%（50万円）で商談20件、商談獲得単価は2.5万円で、費用のかかったほかのチャネル（「A」、「B」、「C」）の約11万円を下回りました。/);
    });

    it('compares CAC only when the row and the others each have 20 wins or more', () => {
      // A wins 20 (CAC ¥300,000); the others 12 + 8 + 1 = 21 for ¥4,500,000 (CAC ¥214,286).
      const many = [row('A', 6000000, 30, 20, 3000000), row('B', 3000000, 40, 12, 9000000), row('C', 1000000, 20, 8, 6000000), rows[3]!];
      const [worst] = channelSpendFindings(findingsInput({ total, rows: many }));
      expect(worst?.finding.message).toContain('受注は20件で、CACは30万円（比べた相手は約21万円）、ROASは50%です。');
      const fewer = [row('A', 6000000, 30, 19, 3000000), ...many.slice(1)];
      const [without] = channelSpendFindings(findingsInput({ total, rows: fewer }));
      expect(without?.finding.message).toContain('受注は19件、ROASは50%です。');
      expect(without?.finding.message).not.toContain('CAC');
    });

    it('needs 20 商談 among the others too', () => {
      // Only A and a row of 19 商談 have cost: A has nothing to be compared with.
      expect(channelSpendFindings(findingsInput({ total, rows: [rows[0]!, rows[3]!, rows[4]!] }))).toEqual([]);
    });
  });

  describe('edge cases', () => {
    it('does not call a small spender the worst', () => {
      // C pays ¥45,000 per 商談 against ¥25,000 for A and B, 1.8 times as much, but holds 8.7 % of the
      // cost: no "worst" finding. A (¥25,000 against ¥5,400,000 ÷ 200 = ¥27,000 for B and C) is the best.
      const even = [row('A', 5000000, 200, 5, 0), row('B', 4500000, 180, 5, 0), row('C', 900000, 20, 0, 0)];
      const findings = channelSpendFindings(findingsInput({ total: counts({ cost: 10400000, won: 10 }), rows: even }));
      expect(findings.map((ranked) => ranked.finding.tone)).toEqual(['good']);
      expect(findings[0]?.finding.message).toMatch(/^費用の割に商談がいちばん多いのは「A」です。/);
    });

    it('measures by leads when no column shows 商談', () => {
      const [worst] = channelSpendFindings(findingsInput({ total, rows, stagesWithData: new Set(['mql']) }));
      // A: ¥6,000,000 ÷ 150 leads = ¥40,000 against ¥4,500,000 ÷ 395 = ¥11,392.
      expect(worst?.finding.message).toMatch(/^費用の割にリードが少ないのは「A」です。費用の57.1%（600万円）を使い、リードは150件、リード獲得単価は4万円で/);
    });
  });
});
