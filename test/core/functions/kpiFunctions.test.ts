import { CUSTOM_FUNCTIONS } from '../../../src/core/functions/catalog';
import { runCustomFunction } from '../../../src/core/functions/evaluate';
import {
  attainment,
  averageDealSize,
  cacPayback,
  clickThroughRate,
  conversionRate,
  costPerAcquisition,
  costPerClick,
  costPerLead,
  customerAcquisitionCost,
  funnel,
  growthRate,
  lifetimeValueOf,
  ltvToCacRatio,
  pipelineVelocity,
  returnOnAdSpend,
  returnOnInvestment,
  winRate,
} from '../../../src/core/functions/kpiFunctions';
import { KpiFunctionError } from '../../../src/core/functions/messages';

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(KpiFunctionError);
    return (error as Error).message;
  }
  throw new Error('expected the call to throw');
}

const column = (...values: unknown[]) => values.map((value) => [value]);
const ELEMENTWISE = CUSTOM_FUNCTIONS.filter((spec) => spec.result !== 'table');

describe('every element-wise function', () => {
  const cases = ELEMENTWISE.map((spec) => [spec.name, spec] as const);

  it.each(cases)('%s combines ranges cell by cell like single values', (name, spec) => {
    const args = spec.example.args.map((arg) => column(arg, arg));
    expect(runCustomFunction(name, args, 'en')).toEqual([[spec.example.result], [spec.example.result]]);
  });

  it.each(cases)('%s broadcasts a single value against a range', (name, spec) => {
    const args = spec.example.args.map((arg, index) => (index === 0 ? column(arg, arg, arg) : arg));
    expect(runCustomFunction(name, args, 'en')).toEqual(column(spec.example.result, spec.example.result, spec.example.result));
  });

  it.each(cases)('%s gives a blank result when any required argument is blank', (name, spec) => {
    spec.parameters.forEach((parameter, index) => {
      if (parameter.optional) return;
      const args = spec.example.args.map((arg, i) => (i === index ? '' : arg));
      expect(runCustomFunction(name, args, 'en')).toBe('');
    });
  });

  it.each(cases)('%s names the argument and value of bad text in each position', (name, spec) => {
    spec.parameters.forEach((parameter, index) => {
      const args = spec.parameters.map((_, i) => (i === index ? 'abc' : (spec.example.args[i] ?? 1)));
      expect(messageOf(() => runCustomFunction(name, args, 'en'))).toBe(
        `${name}: ${parameter.label.en} (argument ${index + 1}): "abc" is not a number. Enter a number (e.g. 1200, ¥1,200, 12%, 1.2万) or leave the cell blank.`
      );
      expect(messageOf(() => runCustomFunction(name, args, 'ja'))).toMatch(
        new RegExp(`^${name}: ${parameter.label.ja}（${index + 1}番目の引数）の値「abc」は数値として読めません。`)
      );
    });
  });

  it.each(cases)('%s rejects TRUE/FALSE in each position', (name, spec) => {
    spec.parameters.forEach((parameter, index) => {
      const args = spec.parameters.map((_, i) => (i === index ? false : (spec.example.args[i] ?? 1)));
      expect(messageOf(() => runCustomFunction(name, args, 'en'))).toMatch(
        new RegExp(`^${name}: ${parameter.label.en} \\(argument ${index + 1}\\): FALSE is TRUE/FALSE, not a number\\.`)
      );
    });
  });

  it.each(cases)('%s rejects ranges of different shapes', (name, spec) => {
    const args = spec.example.args.map((arg, index) => (index === 0 ? column(arg, arg, arg) : index === 1 ? column(arg, arg) : arg));
    const [first, second] = spec.parameters;
    expect(messageOf(() => runCustomFunction(name, args, 'en'))).toBe(
      `${name}: the ranges differ in size: ${first?.label.en} (argument 1) is 3×1 but ${second?.label.en} (argument 2) is 2×1 (rows × columns). Use ranges with the same rows and columns, or a single cell.`
    );
  });
});

describe('conversionRate', () => {
  it('divides converted by total', () => {
    // 30 ÷ 1200 = 0.025
    expect(conversionRate(30, 1200)).toBe(0.025);
  });

  it('works down a monthly column', () => {
    // 30 ÷ 1200 = 0.025, 45 ÷ 1500 = 0.03, 0 ÷ 900 = 0
    expect(conversionRate(column(30, 45, 0), column(1200, 1500, 900))).toEqual(column(0.025, 0.03, 0));
  });

  it('is blank when total is 0 or blank', () => {
    expect(conversionRate(column(5, 5), column(0, ''))).toEqual(column('', ''));
  });

  it('reads percent-formatted text as fractions where they appear', () => {
    // 50% of 1 is 0.5 ÷ 1
    expect(conversionRate('50%', 1)).toBe(0.5);
  });
});

describe('clickThroughRate', () => {
  it('divides clicks by impressions', () => {
    // 150 ÷ 10000
    expect(clickThroughRate(150, 10000)).toBe(0.015);
  });

  it('is blank without impressions', () => {
    expect(clickThroughRate(0, 0)).toBe('');
  });

  it('reads comma-grouped impressions', () => {
    // 150 ÷ 10,000
    expect(clickThroughRate('150', '10,000')).toBe(0.015);
  });
});

describe('costPerClick', () => {
  it('divides cost by clicks', () => {
    // ¥60,000 ÷ 150
    expect(costPerClick('¥60,000', 150)).toBe(400);
  });

  it('is blank with no clicks', () => {
    expect(costPerClick(60000, 0)).toBe('');
  });

  it('keeps a refund (negative cost) negative', () => {
    // ▲¥3,000 ÷ 10
    expect(costPerClick('▲¥3,000', 10)).toBe(-300);
  });
});

describe('costPerLead', () => {
  it('divides cost by leads', () => {
    // 300,000 ÷ 60
    expect(costPerLead(300000, 60)).toBe(5000);
  });

  it('is blank with no leads', () => {
    expect(costPerLead(300000, 0)).toBe('');
  });

  it('reads 万 amounts', () => {
    // 30万 ÷ 60
    expect(costPerLead('30万', 60)).toBe(5000);
  });
});

describe('costPerAcquisition', () => {
  it('divides cost by conversions', () => {
    // 300,000 ÷ 25
    expect(costPerAcquisition(300000, 25)).toBe(12000);
  });

  it('is blank with no conversions', () => {
    expect(costPerAcquisition(300000, '')).toBe('');
  });
});

describe('customerAcquisitionCost', () => {
  it('adds other cost before dividing by new customers', () => {
    // (500,000 + 100,000) ÷ 10
    expect(customerAcquisitionCost(500000, 10, 100000)).toBe(60000);
  });

  it('is paid-only when other cost is omitted', () => {
    // 500,000 ÷ 10
    expect(customerAcquisitionCost(500000, 10)).toBe(50000);
  });

  it('treats a blank other-cost cell as omitted', () => {
    // (100 + 20) ÷ 2 = 60; 300 ÷ 3 = 100
    expect(customerAcquisitionCost(column(100, 300), column(2, 3), column(20, ''))).toEqual(column(60, 100));
  });

  it('is blank with no new customers', () => {
    expect(customerAcquisitionCost(500000, 0, 100000)).toBe('');
  });

  it('names the parameter in the language asked for', () => {
    expect(messageOf(() => customerAcquisitionCost(column(1, 'abc'), 1, undefined, { language: 'ja' }))).toMatch(
      /^CAC: 費用（1番目の引数）の2行目の値「abc」は数値として読めません。/
    );
  });
});

describe('winRate', () => {
  it('divides won by won plus lost', () => {
    // 12 ÷ (12 + 28)
    expect(winRate(12, 28)).toBe(0.3);
  });

  it('counts open deals in the denominator when given', () => {
    // 12 ÷ (12 + 28 + 10)
    expect(winRate(12, 28, 10)).toBe(0.24);
  });

  it('works on amounts as well as counts', () => {
    // ¥3,000,000 ÷ (¥3,000,000 + ¥1,000,000)
    expect(winRate('¥3,000,000', '¥1,000,000')).toBe(0.75);
  });

  it('is blank with no closed deals', () => {
    expect(winRate(0, 0)).toBe('');
    expect(winRate(0, 0, 0)).toBe('');
  });

  it('treats a blank open cell as not given', () => {
    // 1 ÷ (1 + 1 + 2) = 0.25; 1 ÷ (1 + 1) = 0.5
    expect(winRate(1, 1, column(2, ''))).toEqual(column(0.25, 0.5));
  });
});

describe('averageDealSize', () => {
  it('divides revenue by deals won', () => {
    // 6,000,000 ÷ 12
    expect(averageDealSize(6000000, 12)).toBe(500000);
    expect(averageDealSize('600万', 12)).toBe(500000);
  });

  it('is blank with no deals won', () => {
    expect(averageDealSize(0, 0)).toBe('');
  });
});

describe('returnOnAdSpend', () => {
  it('divides revenue by cost', () => {
    // 1,500,000 ÷ 500,000
    expect(returnOnAdSpend(1500000, 500000)).toBe(3);
  });

  it('is blank with no cost', () => {
    expect(returnOnAdSpend(1500000, 0)).toBe('');
  });
});

describe('returnOnInvestment', () => {
  it('divides gross profit minus cost by cost', () => {
    // (800,000 − 500,000) ÷ 500,000
    expect(returnOnInvestment(800000, 500000)).toBe(0.6);
  });

  it('is negative for a loss', () => {
    // (250,000 − 500,000) ÷ 500,000
    expect(returnOnInvestment(250000, 500000)).toBe(-0.5);
  });

  it('is 0, not -0, at break-even', () => {
    expect(Object.is(returnOnInvestment(500000, 500000), 0)).toBe(true);
  });

  it('is blank with no cost', () => {
    expect(returnOnInvestment(800000, 0)).toBe('');
  });
});

describe('lifetimeValueOf', () => {
  it('divides the gross profit per period by churn', () => {
    // 10,000 × 0.8 ÷ 0.02 = 8,000 ÷ 0.02
    expect(lifetimeValueOf(10000, 0.8, 0.02)).toBe(400000);
    expect(lifetimeValueOf(10000, '80%', '2%')).toBe(400000);
  });

  it('caps the lifetime at max_periods', () => {
    // 8,000 a period for 1 ÷ 0.02 = 50 periods, capped at 36: 8,000 × 36
    expect(lifetimeValueOf(10000, 0.8, 0.02, 36)).toBe(288000);
  });

  it('leaves a value under the cap alone', () => {
    // 8,000 ÷ 0.1 = 80,000 (10 periods, under 36)
    expect(lifetimeValueOf(10000, 0.8, 0.1, 36)).toBe(80000);
  });

  it('uses the cap when churn is 0', () => {
    // 8,000 × 36
    expect(lifetimeValueOf(10000, 0.8, 0, 36)).toBe(288000);
  });

  it('explains the infinite lifetime when churn is 0 without a cap', () => {
    expect(messageOf(() => lifetimeValueOf(10000, 0.8, 0))).toBe(
      'LTV: 解約率（3番目の引数）が 0 なので、顧客が解約せず LTV が無限大になります。4番目の引数 max_periods（上限期間）に上限（例: 月次なら 36）を指定してください。' +
        ' / LTV: churn rate (argument 3) is 0, so customers never leave and the lifetime value is infinite. Give max_periods (argument 4) a cap, e.g. 36 for monthly inputs.'
    );
  });

  it('says on which row churn is 0', () => {
    expect(messageOf(() => lifetimeValueOf(10000, 0.8, column(0.1, 0), undefined, { language: 'en' }))).toMatch(
      /^LTV: churn rate \(argument 3\), row 2 is 0, so customers never leave/
    );
  });

  it('treats a blank max_periods cell as no cap', () => {
    // capped: 8,000 × 36 = 288,000; uncapped: 8,000 ÷ 0.02 = 400,000
    expect(lifetimeValueOf(10000, 0.8, 0.02, column(36, ''))).toEqual(column(288000, 400000));
  });

  it('rejects a negative churn rate', () => {
    expect(messageOf(() => lifetimeValueOf(10000, 0.8, -0.02, undefined, { language: 'en' }))).toBe(
      'LTV: churn rate (argument 3) is -0.02; it cannot be negative. Use 0 or more.'
    );
  });

  it('rejects a negative max_periods', () => {
    expect(messageOf(() => lifetimeValueOf(10000, 0.8, 0.02, -1, { language: 'ja' }))).toBe(
      'LTV: 上限期間（4番目の引数）が -1 です。マイナスの値は使えません。0 以上の値にしてください。'
    );
  });

  it('caps a loss-making customer at the same lifetime', () => {
    // −1,000 a period for 1 ÷ 0.01 = 100 periods, capped at 12: −1,000 × 12
    expect(lifetimeValueOf(-1000, 1, 0.01, 12)).toBe(-12000);
  });
});

describe('ltvToCacRatio', () => {
  it('divides LTV by CAC', () => {
    // 288,000 ÷ 60,000
    expect(ltvToCacRatio(288000, 60000)).toBe(4.8);
  });

  it('is blank with a zero CAC', () => {
    expect(ltvToCacRatio(288000, 0)).toBe('');
  });
});

describe('cacPayback', () => {
  it('divides CAC by the gross profit per period', () => {
    // 60,000 ÷ (10,000 × 0.8)
    expect(cacPayback(60000, 10000, 0.8)).toBe(7.5);
    expect(cacPayback(60000, '1万', '80%')).toBe(7.5);
  });

  it('is blank when the gross profit per period is 0', () => {
    expect(cacPayback(60000, 10000, 0)).toBe('');
    expect(cacPayback(60000, 0, 0.8)).toBe('');
  });
});

describe('attainment', () => {
  it('divides actual by target', () => {
    // 4,500,000 ÷ 5,000,000
    expect(attainment(4500000, 5000000)).toBe(0.9);
  });

  it('goes above 1 when the target is beaten', () => {
    // 120 ÷ 100
    expect(attainment(120, 100)).toBe(1.2);
  });

  it('is blank without a target', () => {
    expect(attainment(120, '')).toBe('');
  });
});

describe('growthRate', () => {
  it('divides the change by the previous value', () => {
    // (120 − 100) ÷ 100
    expect(growthRate(120, 100)).toBe(0.2);
  });

  it('is negative for a fall', () => {
    // (90 − 100) ÷ 100
    expect(growthRate(90, 100)).toBe(-0.1);
  });

  it('works month over month down a column', () => {
    // current months [110, 121] against previous months [100, 110]: 10 ÷ 100 = 0.1, 11 ÷ 110 = 0.1
    expect(growthRate(column(110, 121), column(100, 110))).toEqual(column(0.1, 0.1));
  });

  it('is blank when the previous value is 0', () => {
    expect(growthRate(120, 0)).toBe('');
  });
});

describe('pipelineVelocity', () => {
  it('multiplies opportunities, win rate and deal size and divides by cycle days', () => {
    // 40 × 0.25 × 500,000 ÷ 50
    expect(pipelineVelocity(40, 0.25, 500000, 50)).toBe(100000);
    expect(pipelineVelocity(40, '25%', '50万', 50)).toBe(100000);
  });

  it('is blank with a zero cycle', () => {
    expect(pipelineVelocity(40, 0.25, 500000, 0)).toBe('');
  });
});

describe('funnel', () => {
  it('gives count, conversion from previous and from first for a column', () => {
    // 200 ÷ 1000 = 0.2, 50 ÷ 200 = 0.25, 50 ÷ 1000 = 0.05
    expect(funnel(column(1000, 200, 50))).toEqual([
      [1000, '', 1],
      [200, 0.2, 0.2],
      [50, 0.25, 0.05],
    ]);
  });

  it('turns a one-row input into three rows', () => {
    // 250 ÷ 1000 = 0.25, 100 ÷ 250 = 0.4, 100 ÷ 1000 = 0.1
    expect(funnel([[1000, 250, 100]])).toEqual([
      [1000, 250, 100],
      ['', 0.25, 0.4],
      [1, 0.25, 0.1],
    ]);
  });

  it('gives one row for a single value', () => {
    expect(funnel(80)).toEqual([[80, '', 1]]);
  });

  it('leaves conversions blank around a zero or blank stage', () => {
    // 5 ÷ 0 and 5 ÷ blank are blank; 0 ÷ 10 = 0
    expect(funnel(column(10, 0, 5, '', 5))).toEqual([
      [10, '', 1],
      [0, 0, 0],
      [5, '', 0.5],
      ['', '', ''],
      [5, '', 0.5],
    ]);
  });

  it('leaves conversion from the first stage blank when the first count is 0 or blank', () => {
    expect(funnel(column(0, 5))).toEqual([
      [0, '', ''],
      [5, '', ''],
    ]);
    expect(funnel(column('', 5))).toEqual([
      ['', '', ''],
      [5, '', ''],
    ]);
  });

  it('parses text counts', () => {
    // 1.2万 = 12,000; 1,200 ÷ 12,000 = 0.1
    expect(funnel(column('1.2万', '1,200'))).toEqual([
      [12000, '', 1],
      [1200, 0.1, 0.1],
    ]);
  });

  it('rejects a block of several rows and columns', () => {
    expect(messageOf(() => funnel([[1, 2], [3, 4]], { language: 'en' }))).toBe(
      'FUNNEL: stage counts (argument 1) must be a single column (or a single row); the range given is 2×2 (rows × columns).'
    );
  });

  it('rejects bad text with its row', () => {
    expect(messageOf(() => funnel(column(100, 'abc'), { language: 'en' }))).toMatch(/^FUNNEL: stage counts \(argument 1\), row 2: "abc" is not a number\./);
  });

  it('rejects booleans', () => {
    expect(messageOf(() => funnel(column(100, true), { language: 'en' }))).toMatch(/^FUNNEL: stage counts \(argument 1\), row 2: TRUE is TRUE\/FALSE/);
  });

  it('rejects an overflowing conversion with its row', () => {
    expect(messageOf(() => funnel(column(1e-300, 1e300), { language: 'en' }))).toBe(
      'FUNNEL: the result at row 2 is too large to represent. Check the input values.'
    );
  });
});
