/**
 * The documented custom-function catalog (design §2.2): the signatures of `signatures.ts` with a
 * summary, the formula in words, a description per parameter, the returned value and a worked
 * example. It drives the generated JSDoc wrappers, the README reference and the tests; the engine
 * reads only the signatures, so none of this text is loaded by a custom-function call.
 */
import type { Bilingual, CustomFunctionSpec, ParameterSpec } from './catalogTypes';
import { FUNCTION_SIGNATURES, type FunctionName, type ParameterNameOf } from './signatures';

/** The documentation of one function; `parameters` must describe exactly its parameters, by name. */
interface FunctionDocs<N extends FunctionName> {
  readonly summary: Bilingual;
  readonly formula: Bilingual;
  /** `@param` text per parameter: what to pass, then which shape. */
  readonly parameters: { readonly [P in ParameterNameOf<N>]: Bilingual };
  readonly returns: Bilingual;
  readonly example: CustomFunctionSpec['example'];
}

/** A parameter description: what to pass, then which shape (cell or range). */
function described(what: Bilingual, shape: Bilingual): Bilingual {
  return { ja: `${what.ja}。${shape.ja}`, en: `${what.en}: ${shape.en}` };
}

/** Shape advice for a parameter that pairs with one other. */
function sameShapeAs(other: string): Bilingual {
  return { ja: `セル、または ${other} と同じ形の範囲`, en: `a cell, or a range the same shape as ${other}` };
}

const ANY_SHAPE = {
  ja: 'セル、またはほかの引数と同じ形の範囲',
  en: 'a cell, or a range the same shape as the other arguments',
};

const OPTIONAL_SHAPE = {
  ja: '省略可。セル、またはほかの引数と同じ形の範囲（空欄のセルは指定なしと同じ）',
  en: 'optional; a cell, or a range the same shape as the other arguments (a blank cell counts as not given)',
};

const RATE_RETURN = {
  ja: '比率（0.25 = 25%）。範囲を渡すと同じ形で返し、分母が 0 か空欄のところは空欄',
  en: 'A fraction (0.25 = 25%); for ranges, an array of the same shape, blank where the denominator is 0 or blank',
};

function moneyReturn(what: Bilingual): Bilingual {
  return {
    ja: `${what.ja}（金額）。範囲を渡すと同じ形で返し、分母が 0 か空欄のところは空欄`,
    en: `${what.en} (an amount); for ranges, an array of the same shape, blank where the denominator is 0 or blank`,
  };
}

const FUNCTION_DOCS: { readonly [N in FunctionName]: FunctionDocs<N> } = {
  CONVERSION_RATE: {
    summary: {
      ja: 'コンバージョン率・転換率（到達数 ÷ 母数）。資料DL率、商談化率、開封率などの計算に',
      en: 'Conversion rate (converted ÷ total), e.g. stage conversion, download rate, opportunity rate, open rate',
    },
    formula: { ja: '到達数 ÷ 母数', en: 'converted ÷ total' },
    parameters: {
      converted: described(
        { ja: '次の段階に進んだ数（CV数、資料DL数、商談数、開封数など）', en: 'How many reached the step (conversions, downloads, opportunities, opens…)' },
        sameShapeAs('total')
      ),
      total: described({ ja: '元になる数（セッション数、リード数、配信数など）', en: 'The base count (sessions, leads, emails delivered…)' }, sameShapeAs('converted')),
    },
    returns: RATE_RETURN,
    example: { call: '=CONVERSION_RATE(30, 1200)', args: [30, 1200], result: 0.025 },
  },
  CTR: {
    summary: { ja: 'クリック率（クリック数 ÷ 表示回数）', en: 'Click-through rate (clicks ÷ impressions)' },
    formula: { ja: 'クリック数 ÷ 表示回数', en: 'clicks ÷ impressions' },
    parameters: {
      clicks: described({ ja: '広告のクリック数', en: 'Ad clicks' }, sameShapeAs('impressions')),
      impressions: described({ ja: '広告の表示回数', en: 'Ad impressions' }, sameShapeAs('clicks')),
    },
    returns: RATE_RETURN,
    example: { call: '=CTR(150, 10000)', args: [150, 10000], result: 0.015 },
  },
  CPC: {
    summary: { ja: 'クリック単価（費用 ÷ クリック数）', en: 'Cost per click (cost ÷ clicks)' },
    formula: { ja: '費用 ÷ クリック数', en: 'cost ÷ clicks' },
    parameters: {
      cost: described({ ja: '広告費', en: 'Ad spend' }, sameShapeAs('clicks')),
      clicks: described({ ja: '広告のクリック数', en: 'Ad clicks' }, sameShapeAs('cost')),
    },
    returns: moneyReturn({ ja: '1クリックあたりの費用', en: 'Cost per click' }),
    example: { call: '=CPC(60000, 150)', args: [60000, 150], result: 400 },
  },
  CPL: {
    summary: { ja: 'リード獲得単価（費用 ÷ リード数）', en: 'Cost per lead (cost ÷ leads)' },
    formula: { ja: '費用 ÷ リード数', en: 'cost ÷ leads' },
    parameters: {
      cost: described({ ja: 'マーケティング費用', en: 'Marketing spend' }, sameShapeAs('leads')),
      leads: described({ ja: '獲得したリード数', en: 'Leads acquired' }, sameShapeAs('cost')),
    },
    returns: moneyReturn({ ja: '1リードあたりの費用', en: 'Cost per lead' }),
    example: { call: '=CPL(300000, 60)', args: [300000, 60], result: 5000 },
  },
  CPA: {
    summary: { ja: 'コンバージョン単価（費用 ÷ コンバージョン数）', en: 'Cost per acquisition (cost ÷ conversions)' },
    formula: { ja: '費用 ÷ コンバージョン数', en: 'cost ÷ conversions' },
    parameters: {
      cost: described({ ja: '広告費', en: 'Ad spend' }, sameShapeAs('conversions')),
      conversions: described({ ja: 'コンバージョン（CV）数', en: 'Conversions' }, sameShapeAs('cost')),
    },
    returns: moneyReturn({ ja: '1コンバージョンあたりの費用', en: 'Cost per conversion' }),
    example: { call: '=CPA(300000, 25)', args: [300000, 25], result: 12000 },
  },
  CAC: {
    summary: {
      ja: '顧客獲得単価（(費用 + その他費用) ÷ 新規顧客数）',
      en: 'Customer acquisition cost ((cost + other cost) ÷ new customers)',
    },
    formula: { ja: '(費用 + その他費用) ÷ 新規顧客数', en: '(cost + other_cost) ÷ new_customers' },
    parameters: {
      cost: described({ ja: '広告費などの獲得費用', en: 'Acquisition spend such as ads' }, ANY_SHAPE),
      new_customers: described({ ja: '獲得した新規顧客の数', en: 'New customers won' }, ANY_SHAPE),
      other_cost: described(
        {
          ja: '営業の人件費やツール代など、含めたいほかの費用（省略すると広告費だけの CAC）',
          en: 'Other costs to include, such as sales salaries and tools (leave out for a paid-only CAC)',
        },
        OPTIONAL_SHAPE
      ),
    },
    returns: moneyReturn({ ja: '新規顧客1社（1人）あたりの獲得費用', en: 'Cost to acquire one new customer' }),
    example: { call: '=CAC(500000, 10, 100000)', args: [500000, 10, 100000], result: 60000 },
  },
  WIN_RATE: {
    summary: {
      ja: '受注率（受注 ÷ (受注 + 失注)。進行中を含めるとレポートの「商談→受注率」）',
      en: 'Win rate (won ÷ (won + lost); counting open deals too gives the report’s opportunity-to-win rate)',
    },
    formula: { ja: '受注 ÷ (受注 + 失注 [+ 進行中])', en: 'won ÷ (won + lost [+ open])' },
    parameters: {
      won: described({ ja: '受注した件数（または金額）', en: 'Deals won (a count, or an amount)' }, ANY_SHAPE),
      lost: described({ ja: '失注した件数（または金額）', en: 'Deals lost (a count, or an amount)' }, ANY_SHAPE),
      open: described(
        {
          ja: '進行中の件数（または金額）。指定すると分母に含め、受注 ÷ 商談全体（商談→受注率）になる',
          en: 'Deals still open (a count, or an amount); when given they join the denominator, giving won ÷ all opportunities (the opportunity-to-win rate)',
        },
        OPTIONAL_SHAPE
      ),
    },
    returns: RATE_RETURN,
    example: { call: '=WIN_RATE(12, 28)', args: [12, 28], result: 0.3 },
  },
  AVERAGE_DEAL_SIZE: {
    summary: { ja: '受注単価（受注金額 ÷ 受注件数）', en: 'Average deal size (revenue ÷ deals won)' },
    formula: { ja: '受注金額 ÷ 受注件数', en: 'revenue ÷ won' },
    parameters: {
      revenue: described({ ja: '受注金額の合計', en: 'Total revenue of won deals' }, sameShapeAs('won')),
      won: described({ ja: '受注した件数', en: 'Number of deals won' }, sameShapeAs('revenue')),
    },
    returns: moneyReturn({ ja: '1件あたりの受注金額', en: 'Revenue per won deal' }),
    example: { call: '=AVERAGE_DEAL_SIZE(6000000, 12)', args: [6000000, 12], result: 500000 },
  },
  ROAS: {
    summary: { ja: '広告費用対効果 ROAS（売上 ÷ 広告費）', en: 'Return on ad spend (revenue ÷ cost)' },
    formula: { ja: '売上 ÷ 広告費', en: 'revenue ÷ cost' },
    parameters: {
      revenue: described({ ja: '広告から生まれた売上', en: 'Revenue attributed to the ads' }, sameShapeAs('cost')),
      cost: described({ ja: '広告費', en: 'Ad spend' }, sameShapeAs('revenue')),
    },
    returns: {
      ja: '倍率（3 = 広告費の3倍の売上）。範囲を渡すと同じ形で返し、広告費が 0 か空欄のところは空欄',
      en: 'A ratio (3 = revenue three times the spend); for ranges, an array of the same shape, blank where cost is 0 or blank',
    },
    example: { call: '=ROAS(1500000, 500000)', args: [1500000, 500000], result: 3 },
  },
  ROI: {
    summary: { ja: '投資利益率 ROI（(粗利 − 費用) ÷ 費用）', en: 'Return on investment ((gross profit − cost) ÷ cost)' },
    formula: { ja: '(粗利 − 費用) ÷ 費用', en: '(gross_profit − cost) ÷ cost' },
    parameters: {
      gross_profit: described(
        { ja: 'その費用から生まれた粗利（売上ではなく粗利）', en: 'Gross profit attributable to the spend (not revenue)' },
        sameShapeAs('cost')
      ),
      cost: described({ ja: 'かけた費用', en: 'The spend' }, sameShapeAs('gross_profit')),
    },
    returns: {
      ja: '比率（0.6 = 費用の 60% の利益、マイナスは赤字）。範囲を渡すと同じ形で返し、費用が 0 か空欄のところは空欄',
      en: 'A ratio (0.6 = a profit of 60% of the spend; negative is a loss); for ranges, an array of the same shape, blank where cost is 0 or blank',
    },
    example: { call: '=ROI(800000, 500000)', args: [800000, 500000], result: 0.6 },
  },
  LTV: {
    summary: {
      ja: '顧客生涯価値 LTV（期間売上 × 粗利率 ÷ 解約率。上限期間も指定可）',
      en: 'Customer lifetime value (revenue per period × gross margin ÷ churn rate, optionally capped)',
    },
    formula: {
      ja: '期間売上 × 粗利率 ÷ 解約率（上限期間を指定した場合は、期間売上 × 粗利率 × 上限期間が上限）',
      en: 'revenue_per_period × gross_margin ÷ churn_rate (with max_periods, at most revenue_per_period × gross_margin × max_periods)',
    },
    parameters: {
      revenue_per_period: described({ ja: '顧客1社あたりの1期間（月など）の売上', en: 'Revenue per customer per period (e.g. per month)' }, ANY_SHAPE),
      gross_margin: described({ ja: '粗利率（0.8 または 80%）', en: 'Gross margin (0.8 or 80%)' }, ANY_SHAPE),
      churn_rate: described(
        { ja: '1期間あたりの解約率（0.02 または 2%、期間売上と同じ期間）', en: 'Churn per period (0.02 or 2%, same period as the revenue)' },
        ANY_SHAPE
      ),
      max_periods: described({ ja: 'LTV を数える期間の上限（例: 月次なら 36）', en: 'Cap on the periods counted (e.g. 36 for monthly inputs)' }, OPTIONAL_SHAPE),
    },
    returns: {
      ja: '顧客1社あたりの生涯粗利（金額）。範囲を渡すと同じ形で返す',
      en: 'Lifetime gross profit per customer (an amount); for ranges, an array of the same shape',
    },
    example: { call: '=LTV(10000, 0.8, 0.02, 36)', args: [10000, 0.8, 0.02, 36], result: 288000 },
  },
  LTV_CAC_RATIO: {
    summary: { ja: 'LTV/CAC 比率（LTV ÷ CAC、目安は 3 以上）', en: 'LTV to CAC ratio (ltv ÷ cac; 3 or more is the usual rule of thumb)' },
    formula: { ja: 'LTV ÷ CAC', en: 'ltv ÷ cac' },
    parameters: {
      ltv: described({ ja: '顧客生涯価値（LTV 関数の結果など）', en: 'Customer lifetime value (e.g. from LTV)' }, sameShapeAs('cac')),
      cac: described({ ja: '顧客獲得単価（CAC 関数の結果など）', en: 'Customer acquisition cost (e.g. from CAC)' }, sameShapeAs('ltv')),
    },
    returns: {
      ja: '倍率。範囲を渡すと同じ形で返し、CAC が 0 か空欄のところは空欄',
      en: 'A ratio; for ranges, an array of the same shape, blank where cac is 0 or blank',
    },
    example: { call: '=LTV_CAC_RATIO(288000, 60000)', args: [288000, 60000], result: 4.8 },
  },
  CAC_PAYBACK: {
    summary: {
      ja: 'CAC 回収期間（CAC ÷ (期間売上 × 粗利率)）',
      en: 'CAC payback period (cac ÷ (revenue per period × gross margin))',
    },
    formula: { ja: 'CAC ÷ (期間売上 × 粗利率)', en: 'cac ÷ (revenue_per_period × gross_margin)' },
    parameters: {
      cac: described({ ja: '顧客獲得単価', en: 'Customer acquisition cost' }, ANY_SHAPE),
      revenue_per_period: described({ ja: '顧客1社あたりの1期間（月など）の売上', en: 'Revenue per customer per period (e.g. per month)' }, ANY_SHAPE),
      gross_margin: described({ ja: '粗利率（0.8 または 80%）', en: 'Gross margin (0.8 or 80%)' }, ANY_SHAPE),
    },
    returns: {
      ja: '回収までの期間数（月次の入力なら月数）。範囲を渡すと同じ形で返し、期間粗利が 0 のところは空欄',
      en: 'Periods to pay back (months for monthly inputs); for ranges, an array of the same shape, blank where the gross profit per period is 0',
    },
    example: { call: '=CAC_PAYBACK(60000, 10000, 0.8)', args: [60000, 10000, 0.8], result: 7.5 },
  },
  ATTAINMENT: {
    summary: { ja: '目標達成率（実績 ÷ 目標）', en: 'Attainment against target (actual ÷ target)' },
    formula: { ja: '実績 ÷ 目標', en: 'actual ÷ target' },
    parameters: {
      actual: described({ ja: '実績の値', en: 'The actual value' }, sameShapeAs('target')),
      target: described({ ja: '目標の値', en: 'The target' }, sameShapeAs('actual')),
    },
    returns: RATE_RETURN,
    example: { call: '=ATTAINMENT(4500000, 5000000)', args: [4500000, 5000000], result: 0.9 },
  },
  GROWTH_RATE: {
    summary: {
      ja: '成長率・増減率（(当期 − 前期) ÷ 前期）。リード増加率（LVR）の計算にも',
      en: 'Growth rate ((current − previous) ÷ previous), also lead velocity rate',
    },
    formula: { ja: '(当期 − 前期) ÷ 前期', en: '(current − previous) ÷ previous' },
    parameters: {
      current: described({ ja: '当期（今月など）の値', en: 'This period’s value' }, sameShapeAs('previous')),
      previous: described({ ja: '比較する前期（前月、前年など）の値', en: 'The earlier period’s value (last month, last year…)' }, sameShapeAs('current')),
    },
    returns: {
      ja: '増減の比率（0.2 = 20% 増、-0.1 = 10% 減）。範囲を渡すと同じ形で返し、前期が 0 か空欄のところは空欄',
      en: 'The change as a fraction (0.2 = up 20%, -0.1 = down 10%); for ranges, an array of the same shape, blank where previous is 0 or blank',
    },
    example: { call: '=GROWTH_RATE(120, 100)', args: [120, 100], result: 0.2 },
  },
  PIPELINE_VELOCITY: {
    summary: {
      ja: 'パイプライン速度（商談数 × 受注率 × 受注単価 ÷ 営業サイクル日数）',
      en: 'Pipeline velocity (opportunities × win rate × average deal size ÷ cycle days)',
    },
    formula: {
      ja: '商談数 × 受注率 × 受注単価 ÷ 営業サイクル日数',
      en: 'opportunities × win_rate × average_deal_size ÷ cycle_days',
    },
    parameters: {
      opportunities: described({ ja: '進行中の商談数', en: 'Open opportunities' }, ANY_SHAPE),
      win_rate: described({ ja: '受注率（0.25 または 25%）', en: 'Win rate (0.25 or 25%)' }, ANY_SHAPE),
      average_deal_size: described({ ja: '受注単価（1件あたりの受注金額）', en: 'Revenue per won deal' }, ANY_SHAPE),
      cycle_days: described({ ja: '商談化から受注までの日数（中央値がおすすめ）', en: 'Days from opportunity to won (the median works best)' }, ANY_SHAPE),
    },
    returns: {
      ja: '1日あたりに見込める受注金額。範囲を渡すと同じ形で返し、日数が 0 か空欄のところは空欄',
      en: 'Expected revenue per day; for ranges, an array of the same shape, blank where cycle_days is 0 or blank',
    },
    example: { call: '=PIPELINE_VELOCITY(40, 0.25, 500000, 50)', args: [40, 0.25, 500000, 50], result: 100000 },
  },
  FUNNEL: {
    summary: {
      ja: 'ファネル表（各段階の件数と、前の段階・最初の段階からの転換率）',
      en: 'Funnel table (stage counts with conversion from the previous and from the first stage)',
    },
    formula: {
      ja: '段階ごとに、件数、件数 ÷ 前の段階の件数、件数 ÷ 最初の段階の件数',
      en: 'for each stage: count, count ÷ previous stage, count ÷ first stage',
    },
    parameters: {
      stage_counts: described(
        {
          ja: '上から順に並んだ各段階の件数（例: 表示回数、クリック数、リード、商談、受注）',
          en: 'Stage counts from the top of the funnel down (e.g. impressions, clicks, leads, opportunities, won)',
        },
        { ja: '1列の範囲（横1行でも可）', en: 'a one-column range (a one-row range also works)' }
      ),
    },
    returns: {
      ja: '3列の表: 件数、前の段階からの転換率（1行目は空欄）、最初の段階からの転換率（1行目は 1）。横1行で渡すと3行で返す',
      en: 'A three-column table: count, conversion from the previous stage (blank on the first row), conversion from the first stage (1 on the first row); a one-row input gives three rows instead',
    },
    example: {
      call: '=FUNNEL({1000; 200; 50})',
      args: [[[1000], [200], [50]]],
      result: [
        [1000, '', 1],
        [200, 0.2, 0.2],
        [50, 0.25, 0.05],
      ],
    },
  },
  FUNNEL_PLAN: {
    summary: {
      ja: '目標逆算（目標から必要な受注・商談・リード数と予算を逆算）',
      en: 'Plan backwards (from a target to the won deals, opportunities, leads and budget it needs)',
    },
    formula: {
      ja: '受注 = 目標 ÷ 受注単価。上の段階 = 下の段階 ÷ その間の転換率。予算 = 最上段 × CPL',
      en: 'won = target ÷ average deal size; each stage above = the stage below ÷ the rate between them; budget = top stage × CPL',
    },
    parameters: {
      target: described({ ja: '目標の受注金額', en: 'Target revenue' }, { ja: '1つのセル', en: 'a single cell' }),
      average_deal_size: described({ ja: '受注単価（1 にすると目標を受注件数として扱う）', en: 'Revenue per won deal (1 makes the target a number of customers)' }, { ja: '1つのセル', en: 'a single cell' }),
      stage_rates: described(
        { ja: '上から順の段階間の転換率（例: MQL化率、SQL化率、商談化率、受注率）', en: 'Step rates from the top of the funnel down (e.g. MQL rate, SQL rate, opportunity rate, win rate)' },
        { ja: '1列の範囲（横1行でも可）', en: 'a one-column range (a one-row range also works)' }
      ),
      cpl: described({ ja: '省略可。リード獲得単価', en: 'Optional: cost per lead' }, { ja: '1つのセル', en: 'a single cell' }),
    },
    returns: {
      ja: '1列の表: 段階ごとの必要数（最上段から受注まで、率の数 + 1 行）。CPL を渡すと2列になり、2列目の1行目に予算。率を横1行で渡すと行と列を入れ替えて返す（予算は2行目の1列目）',
      en: 'A one-column table: the required count of each stage, top stage to won (one more row than rates); with cpl, two columns, the budget in the second column of the first row. A one-row range of rates gives the table on its side (the budget in the first column of the second row)',
    },
    example: {
      call: '=FUNNEL_PLAN(4000000, 400000, {0.5; 0.8; 0.5})',
      args: [4000000, 400000, [[0.5], [0.8], [0.5]]],
      result: [[50], [25], [20], [10]],
    },
  },
};

/** Joins a signature with its documentation; a parameter without a description is a bug the types already rule out. */
function documented(signature: (typeof FUNCTION_SIGNATURES)[number]): CustomFunctionSpec {
  const docs = FUNCTION_DOCS[signature.name];
  const descriptions: Readonly<Record<string, Bilingual>> = docs.parameters;
  const parameters = signature.parameters.map((parameter): ParameterSpec => {
    const description = descriptions[parameter.name];
    if (description === undefined) throw new Error(`catalog: ${signature.name}.${parameter.name} has no description`);
    return { name: parameter.name, label: parameter.label, description, optional: parameter.optional };
  });
  return {
    name: signature.name,
    summary: docs.summary,
    formula: docs.formula,
    parameters,
    result: signature.result,
    returns: docs.returns,
    example: docs.example,
  };
}

export const CUSTOM_FUNCTIONS: readonly CustomFunctionSpec[] = FUNCTION_SIGNATURES.map(documented);
