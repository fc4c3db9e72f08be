/**
 * Money worst and best spent, worked by hand. Only rows with cost and at least 20 商談 are judged,
 * and only against each other; a row with cost and fewer is named, not compared. Each claim is a
 * test: the row's share of the judged rows' 商談 against its share of their cost, z = (x − Np) ÷
 * √(Np(1 − p)), judged in the report's family (here the spend tests alone, Holm at 5 %).
 *
 * Judged: A, B, C — ¥10,000,000 and 90 商談. D (19 商談) is too few; free has no cost.
 *
 * | row  | cost       | share of all cost | 商談 | p (share of judged cost) | expected | z      | cost per 商談 | the others'           | ratio |
 * |------|------------|-------------------|------|--------------------------|----------|--------|-------------|-----------------------|-------|
 * | A    | ¥6,000,000 | 57.1 %            | 30   | 0.6                      | 54       | −5.16  | ¥200,000    | ¥4,000,000 ÷ 60 = ¥66,667 | 3.0 |
 * | B    | ¥3,000,000 | 28.6 %            | 40   | 0.3                      | 27       | +2.99  | ¥75,000     | ¥7,000,000 ÷ 50 = ¥140,000 | 0.54 |
 * | C    | ¥1,000,000 | 9.5 %             | 20   | 0.1                      | 9        | +3.87  | ¥50,000     | ¥9,000,000 ÷ 70 = ¥128,571 | 0.39 |
 * | D    | ¥500,000   | 4.8 %             | 19   | (too few: left out of the comparison, named)                                   |
 * | free | ¥0         | —                 | 50   | (no cost: not compared)                                                        |
 *
 * Holm over 3 tests: 5.16 ≥ 2.39, 3.87 ≥ 2.24, 2.99 ≥ 1.96 — all beyond chance. Worst: A (a tenth of
 * the cost or more, ratio above 1). Best: C (lowest ratio).
 */
import { channelSpendFindings, spendFamily, spendTests } from '../../../../src/core/funnel/findings/channelSpend';
import type { ComparisonRow, FindingsInput } from '../../../../src/core/funnel/findings';
import { rateComparisons } from '../../../../src/core/funnel/findings/rateDifference';
import { comparisonRow } from '../../../../src/core/funnel/findings/types';
import { counts, familyOf, findingsInput } from './helpers';

const row = (label: string, cost: number, opportunities: number, won: number, revenue: number, lost = 0): ComparisonRow => ({
  label,
  cost,
  leads: opportunities * 5,
  opportunities,
  won,
  lost,
  revenue,
  sessions: 0,
});

const rows = [row('A', 6000000, 30, 2, 3000000), row('B', 3000000, 40, 5, 9000000), row('C', 1000000, 20, 3, 6000000), row('D', 500000, 19, 1, 1000000), row('free', 0, 50, 10, 20000000)];
const total = counts({ cost: 10500000, opportunities: 159, won: 21, leads: 795 });

/** The spend findings with the spend tests alone in the family. */
function spend(input: FindingsInput) {
  const tests = spendTests(input);
  return channelSpendFindings(input, tests, [], familyOf(spendFamily(tests)));
}

describe('channelSpendFindings', () => {
  it('tests each judged row’s share of 商談 against its share of cost', () => {
    const tests = spendTests(findingsInput({ total, rows }));
    expect(tests.tests.map((entry) => [entry.row.label, Number(entry.z.toFixed(2)), Number(entry.ratio.toFixed(2))])).toEqual([
      ['A', -5.16, 3],
      ['B', 2.99, 0.54],
      ['C', 3.87, 0.39],
    ]);
    expect(tests.tooFew.map((entry) => entry.label)).toEqual(['D']);
  });

  it('names the worst and the best when the tests call them real, and the rows too few to judge', () => {
    const [worst, best] = spend(findingsInput({ total, rows }));
    expect(worst?.finding).toEqual({
      code: 'channel_spend',
      tone: 'bad',
      message:
        '費用の割に商談が少ないのは「A」です。費用の57.1%（600万円）を使い、商談は30件、商談獲得単価は20万円で、費用のかかったほかのチャネル（「B」、「C」）の約6.7万円の3.0倍でした。' +
        '費用に占める割合と商談に占める割合の差は、偶然では説明できません（このレポートの3通りの比較をまとめて判定）。受注は2件、ROASは50%です。' +
        '商談が20件未満の「D」（費用50万円、商談19件）は、件数が少なく判断できないため比べる相手から外しています。' +
        '「A」の予算を段階的に減らし、商談獲得単価の低い「C」に回して効果を確かめてください。',
    });
    expect(best?.finding).toEqual({
      code: 'channel_spend',
      tone: 'good',
      message:
        '費用の割に商談がいちばん多いのは「C」です。費用の9.5%（100万円）で商談20件、商談獲得単価は5万円で、費用のかかったほかのチャネル（「A」、「B」）の約13万円を下回りました。' +
        '費用に占める割合と商談に占める割合の差は、偶然では説明できません（このレポートの3通りの比較をまとめて判定）。受注は3件、ROASは600%です。「C」に回す予算を増やせないか検討してください。',
    });
  });

  it('says it in plain English, with ROAS as a multiple', () => {
    const [worst] = spend(findingsInput({ language: 'en', total, rows }));
    expect(worst?.finding.message).toBe(
      '"A" gets the fewest opportunities for its money: 57.1% of the cost (¥6 million) brought 30 opportunities, a cost per opportunity of ¥200,000, 3.0× what the other channels with cost ("B", "C") paid (about ¥66,700). ' +
        'Its share of the opportunities differs from its share of the cost beyond chance, even among the 3 comparisons in this report. It brought 2 won deals (ROAS 0.5×). ' +
        '"D" (¥500,000, 19 opportunities) had fewer than 20 opportunities: too few to judge, so they are left out of the comparison. ' +
        'Cut the budget of "A" step by step and move it to "C", whose cost per opportunity is lower, to see whether the results follow.',
    );
  });

  it('keeps a difference within chance neutral, says how many more 商談 would settle it, and gives no budget step', () => {
    // X ¥5,000,000 for 25 商談, Y ¥4,000,000 for 28: X holds 5/9 = 55.6 % of the cost, so 29.4 of the 53
    // 商談 were expected; z = (25 − 29.44) ÷ √(53 × 0.556 × 0.444) = −1.23. One test (with two rows each
    // is the other's rest): within chance at 5 %. Settling it at the same shares takes 53 × (1.96 ÷ 1.23)²
    // = 135 商談, 82 more. Cost per 商談 ¥200,000 against ¥142,857: 1.4×.
    const pair = [row('X', 5000000, 25, 2, 4000000), row('Y', 4000000, 28, 3, 6000000)];
    const findings = spend(findingsInput({ total: counts({ cost: 9000000 }), rows: pair }));
    expect(findings.map((ranked) => ranked.finding)).toEqual([
      {
        code: 'channel_spend',
        tone: 'neutral',
        message:
          '費用の割に商談が少ないのは「X」です。費用の55.6%（500万円）を使い、商談は25件、商談獲得単価は20万円で、費用のかかったほかのチャネル（「Y」）の約14万円の1.4倍でした。' +
          'ただし、このレポートの1通りの比較をまとめて見ると、この件数では偶然の範囲内です。差を確かめるには、比べた全体であと商談約82件が必要です。受注は2件、ROASは80%です。' +
          '判断がつくまで予算配分は大きく変えず、「X」の商談獲得単価を月ごとに追ってください。',
      },
    ]);
  });

  it('says beside the better row that its 商談 close less often, and asks why before more budget', () => {
    // C: 2 won of 22 closed (9.1 %) against 36 of 91 for the rest (39.6 %): z = −2.71, within chance
    // among the report's tests (opportunity rates, win rates and spend shares together).
    const closing = [row('A', 6000000, 30, 10, 3000000, 20), row('B', 3000000, 40, 15, 9000000, 25), row('C', 1000000, 20, 2, 6000000, 20), row('D', 500000, 19, 1, 1000000, 0), row('free', 0, 50, 10, 20000000, 10)];
    const closingTotal = counts({ cost: 10500000, opportunities: 159, leads: 795, won: 38, lost: 75 });
    const input = findingsInput({ total: closingTotal, rows: closing });
    const rates = rateComparisons(input, comparisonRow('', closingTotal));
    const tests = spendTests(input);
    const [worst, best] = channelSpendFindings(input, tests, rates, familyOf([...rates, ...spendFamily(tests)]));
    const caveat = 'ただし、「C」の商談は受注率9.1%（2/22件）と、ほかの39.6%より低めです（差は偶然の範囲内）。';
    expect(worst?.finding.message).toMatch(new RegExp(`「C」に回して効果を確かめてください。${caveat.replace(/[()（）]/g, '.')}$`));
    expect(best?.finding.message).toMatch(new RegExp(`${caveat.replace(/[()（）]/g, '.')}予算を増やす前に、「C」の商談が受注に至りにくい理由を確かめてください。$`));
    const [english] = channelSpendFindings({ ...input, language: 'en' }, tests, rates, familyOf([...rates, ...spendFamily(tests)]));
    expect(english?.finding.message).toMatch(/to see whether the results follow\. But the deals of "C" close less often: 9\.1% \(2\/22\) against 39\.6% for the rest \(within chance\)\.$/);
  });

  it('names the channel inside the worst group with its counts and a caveat under 20, and rests no step on it', () => {
    // A's channels: A1 ¥4,000,000 for 27 商談 (66.7 % of the cost, 90 % of the 商談); A2 ¥2,000,000
    // for 3 商談 and no win (33.3 % of the cost, 10 % of the 商談).
    const channels = [
      { ...row('A1', 4000000, 27, 2, 3000000), group: 'A' },
      { ...row('A2', 2000000, 3, 0, 0), group: 'A' },
    ];
    const [worst] = spend(findingsInput({ total, rows, channels }));
    expect(worst?.finding.message).toContain(
      '受注は2件、ROASは50%です。内訳では「A2」が費用200万円（このグループの33.3%）で、商談3件・受注0件でした（件数が少なく、偶然の差かどうかはまだ判断できません）。',
    );
    expect(worst?.finding.message).toMatch(/「A」の予算を段階的に減らし、商談獲得単価の低い「C」に回して効果を確かめてください。$/);
    expect(worst?.finding.message).not.toContain('まず「A2」');
  });

  describe('the 20 behind every claim', () => {
    it('judges a row from 20 商談, not 19', () => {
      // D at 20: judged, ¥25,000 per 商談 against ¥10,000,000 ÷ 90 = ¥111,111.
      const judged = rows.map((entry) => (entry.label === 'D' ? row('D', 500000, 20, 1, 1000000) : entry));
      expect(spendTests(findingsInput({ total, rows: judged })).tests.map((entry) => entry.row.label)).toEqual(['A', 'B', 'C', 'D']);
      const findings = spend(findingsInput({ total, rows: judged }));
      expect(findings[0]?.finding.message).not.toContain('20件未満');
    });

    it('tests wins too, and compares CAC, only when the row and the others each have 20 wins or more', () => {
      // A wins 20 (CAC ¥300,000); B and C 12 + 8 = 20 for ¥4,000,000 (CAC ¥200,000). A's share of the
      // 40 wins is 50 % for 60 % of the cost: z = (20 − 24) ÷ √(40 × 0.6 × 0.4) = −1.29, within chance.
      const many = [row('A', 6000000, 30, 20, 3000000), row('B', 3000000, 40, 12, 9000000), row('C', 1000000, 20, 8, 6000000), rows[3]!];
      const tests = spendTests(findingsInput({ total, rows: many }));
      expect(spendFamily(tests)).toHaveLength(4);
      expect(Number(tests.tests[0]?.wins?.z.toFixed(2))).toBe(-1.29);
      const [worst] = spend(findingsInput({ total, rows: many }));
      expect(worst?.finding.message).toContain('受注は20件で、CACは30万円（比べた相手は20万円）（差は偶然の範囲内）、ROASは50%です。');
      const fewer = [row('A', 6000000, 30, 19, 3000000), ...many.slice(1)];
      const [without] = spend(findingsInput({ total, rows: fewer }));
      expect(without?.finding.message).toContain('受注は19件、ROASは50%です。');
      expect(without?.finding.message).not.toContain('CAC');
    });

    it('needs two judged rows: one row with cost and 20 商談 has nothing to be compared with', () => {
      expect(spend(findingsInput({ total, rows: [rows[0]!, rows[3]!, rows[4]!] }))).toEqual([]);
    });
  });

  describe('edge cases', () => {
    it('does not call a small spender the worst', () => {
      // C pays ¥45,000 per 商談 against ¥25,000 for A and B, 1.8 times as much, but holds 8.7 % of the
      // cost: no "worst" finding. A (¥25,000 against ¥5,400,000 ÷ 200 = ¥27,000) is the best only if its
      // test says so: 200 of 400 商談 for 48.1 % of the cost is z = 0.77, within chance — nothing.
      const even = [row('A', 5000000, 200, 5, 0), row('B', 4500000, 180, 5, 0), row('C', 900000, 20, 0, 0)];
      expect(spend(findingsInput({ total: counts({ cost: 10400000, won: 10 }), rows: even }))).toEqual([]);
    });

    it('measures by leads when no column shows 商談', () => {
      const [worst] = spend(findingsInput({ total, rows, stagesWithData: new Set(['mql']) }));
      // Every row has 20+ leads: A ¥6,000,000 ÷ 150 leads = ¥40,000 against ¥4,500,000 ÷ 395 = ¥11,392.
      expect(worst?.finding.message).toMatch(/^費用の割にリードが少ないのは「A」です。費用の57.1%（600万円）を使い、リードは150件、リード獲得単価は4万円で/);
    });
  });
});
