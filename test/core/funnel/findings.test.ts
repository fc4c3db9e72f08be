import { MEASURES, type Availability, type Measure } from '../../../src/core/funnel/availability';
import {
  buildFindings,
  costPerLeadOutlierFinding,
  costWithoutLeadsFinding,
  monthlyChangeFinding,
  opportunityRateOutlierFinding,
  weakestStepFinding,
  type FindingsInput,
} from '../../../src/core/funnel/findings';
import { toKpiRow } from '../../../src/core/funnel/kpiRow';
import { emptyTally } from '../../../src/core/funnel/tally';
import type { ChannelGroupId } from '../../../src/core/model/breakdowns';
import type { ChannelGroupRow, ChannelRow, KpiRow, MonthRow } from '../../../src/core/model/summary';

const everything: Availability = Object.fromEntries(MEASURES.map((measure) => [measure, true])) as Availability;
const kpi = (values: Partial<Record<Measure, number>>): KpiRow => toKpiRow({ ...emptyTally(), ...values }, everything, {});
const channel = (name: string, values: Partial<Record<Measure, number>>): ChannelRow => ({ channel: name, group: 'その他', groupId: 'other', ...kpi(values) });
const group = (name: string, groupId: ChannelGroupId, values: Partial<Record<Measure, number>>): ChannelGroupRow => ({ group: name, groupId, ...kpi(values) });
const month = (name: string, immature: boolean, values: Partial<Record<Measure, number>>): MonthRow => ({
  month: name,
  immature,
  ...kpi(values),
  leadsChange: null,
  opportunityRateChange: null,
  targets: [],
});

function input(overrides: Partial<FindingsInput>): FindingsInput {
  return {
    language: 'ja',
    currency: 'JPY',
    view: 'cohort',
    total: kpi({}),
    channels: [],
    groups: [],
    months: [],
    stagesWithData: new Set(['mql', 'sql', 'opportunities', 'won']),
    ...overrides,
  };
}

describe('weakestStepFinding', () => {
  it('names the lowest step whose denominator is at least 20, with its numbers', () => {
    // Lead→MQL 40/100 = 40%, MQL→SQL 5/40 = 12.5%; SQL→opportunity (4/5) and opportunity→won (2/4) have too small a base.
    const finding = weakestStepFinding(input({ total: kpi({ leads: 100, mql: 40, sql: 5, opportunities: 4, won: 2 }) }));
    expect(finding).toEqual({ code: 'weakest_step', message: 'ファネルの中で転換率がいちばん低いのは「MQL→SQL」です（SQL 5件 ÷ MQL 40件 = 12.5%）。' });
  });

  it('skips a step whose denominator is 19', () => {
    // MQL→SQL would be 1/19 but its base is 19; Lead→MQL 19/100 = 19% is the only step left.
    const finding = weakestStepFinding(input({ language: 'en', total: kpi({ leads: 100, mql: 19, sql: 1 }) }));
    expect(finding?.message).toBe('The weakest step of the funnel is Lead → MQL: 19 MQLs ÷ 100 leads = 19.0%.');
  });

  it('skips steps into stages no column shows', () => {
    const finding = weakestStepFinding(
      input({ stagesWithData: new Set(['opportunities', 'won']), total: kpi({ leads: 100, mql: 30, sql: 30, opportunities: 30, won: 3 }) }),
    );
    // Only Opportunity→Won (3/30 = 10%) remains; SQL→Opportunity needs SQL data.
    expect(finding?.message).toBe('ファネルの中で転換率がいちばん低いのは「商談→受注」です（受注 3件 ÷ 商談 30件 = 10.0%）。');
  });
});

describe('opportunityRateOutlierFinding', () => {
  const total = kpi({ leads: 100, opportunities: 12 });

  it('names the channel furthest from the total 商談化率 among channels with at least 20 leads', () => {
    // 展示会 30% is 1.5× away from 12%; Web 0% is 1.0× away.
    const channels = [channel('Web', { leads: 60, opportunities: 0 }), channel('展示会', { leads: 40, opportunities: 12 })];
    expect(opportunityRateOutlierFinding(input({ total, channels }))?.message).toBe(
      'チャネル「展示会」は、商談化率が 30.0%（商談 12件 ÷ リード 40件）で、全体の 12.0%（商談 12件 ÷ リード 100件）との差がいちばん大きいチャネルです。',
    );
  });

  it('ignores a channel with 19 leads', () => {
    const channels = [channel('Web', { leads: 81, opportunities: 6 }), channel('展示会', { leads: 19, opportunities: 6 })];
    // Web: 6/81 ≈ 7.4%, 0.38× away from 12% — it is the one named once 展示会 is ignored.
    expect(opportunityRateOutlierFinding(input({ total, channels, language: 'en' }))?.message).toBe(
      'Channel "Web" has the opportunity rate furthest from the total: 7.4% (6 opportunities ÷ 81 leads) against 12.0% overall (12 opportunities ÷ 100 leads).',
    );
  });

  it('says nothing when every channel is within 20% of the total', () => {
    const channels = [channel('A', { leads: 50, opportunities: 6 }), channel('B', { leads: 50, opportunities: 6 })];
    expect(opportunityRateOutlierFinding(input({ total, channels }))).toBeNull();
  });
});

describe('costPerLeadOutlierFinding', () => {
  it('names the paid channel whose CPL is furthest from the total', () => {
    const total = kpi({ cost: 1200000, leads: 100 });
    // Google: 1,000,000 / 40 = 25,000 (1.08× away from 12,000); Yahoo: 200,000 / 40 = 5,000 (0.58×); 紹介 has no cost.
    const channels = [
      channel('Google広告', { cost: 1000000, leads: 40 }),
      channel('Yahoo!広告', { cost: 200000, leads: 40 }),
      channel('紹介', { cost: 0, leads: 20 }),
    ];
    expect(costPerLeadOutlierFinding(input({ total, channels }))?.message).toBe(
      'チャネル「Google広告」は、リード獲得単価（CPL）が ¥25,000（費用 ¥1,000,000 ÷ リード 40件）で、全体の ¥12,000（費用 ¥1,200,000 ÷ リード 100件）との差がいちばん大きいチャネルです。',
    );
  });
});

describe('monthlyChangeFinding', () => {
  const months = [
    month('2025-04', false, { leads: 80, opportunities: 8 }),
    month('2025-05', false, { leads: 50, opportunities: 6 }),
    month('2025-06', false, { leads: 50, opportunities: 9 }),
    month('2025-07', true, { leads: 90, opportunities: 1 }),
  ];

  it('compares the last two mature months in the cohort view', () => {
    // May 6/50 = 12%, June 9/50 = 18%: up 6 points; July is immature.
    expect(monthlyChangeFinding(input({ months }))?.message).toBe(
      '成熟した直近の2か月を比べると、商談化率は 2025年5月の 12.0%（商談 6件 ÷ リード 50件）から 2025年6月の 18.0%（商談 9件 ÷ リード 50件）へ 6.0ポイント上がりました。',
    );
  });

  it('says nothing when one of the two months has fewer than 20 leads', () => {
    const small = [month('2025-05', false, { leads: 19, opportunities: 6 }), month('2025-06', false, { leads: 50, opportunities: 9 })];
    expect(monthlyChangeFinding(input({ months: small }))).toBeNull();
  });

  it('leaves maturity out of the period view wording', () => {
    const periodMonths = [month('2025-05', false, { leads: 50, opportunities: 9 }), month('2025-06', false, { leads: 40, opportunities: 4 })];
    expect(monthlyChangeFinding(input({ months: periodMonths, view: 'period', language: 'en' }))?.message).toBe(
      'Between the last two months, the opportunity rate fell from 18.0% in May 2025 (9 opportunities ÷ 50 leads) to 10.0% in Jun 2025 (4 opportunities ÷ 40 leads), down 8.0 points.',
    );
  });

  it('says the rate did not change when it did not', () => {
    const flat = [month('2025-05', false, { leads: 50, opportunities: 5 }), month('2025-06', false, { leads: 20, opportunities: 2 })];
    expect(monthlyChangeFinding(input({ months: flat }))?.message).toBe(
      '成熟した直近の2か月を比べると、商談化率は 2025年5月の 10.0%（商談 5件 ÷ リード 50件）と 2025年6月の 10.0%（商談 2件 ÷ リード 20件）で変わりませんでした。',
    );
  });
});

describe('costWithoutLeadsFinding', () => {
  it('lists channel groups with cost and no leads, with their cost', () => {
    const groups = [group('有料検索', 'paid_search', { cost: 1000, leads: 3 }), group('展示会・イベント', 'events', { cost: 300000, leads: 0 })];
    expect(costWithoutLeadsFinding(input({ groups }))?.message).toBe(
      '費用があるのにリードが0件のチャネルグループ: 「展示会・イベント」（¥300,000）。リードの流入元がこのグループに振り分けられているか、チャネルの対応づけで確認してください。',
    );
    expect(costWithoutLeadsFinding(input({ groups, language: 'en' }))?.message).toBe(
      'Channel groups with cost but no leads: "展示会・イベント" (¥300,000). Check in the channel mapping that the lead sources of these channels are placed in the same group.',
    );
  });

  it('says nothing about a channel with cost whose group has leads', () => {
    const channels = [channel('展示会費用', { cost: 300000, leads: 0 })];
    const groups = [group('展示会・イベント', 'events', { cost: 300000, leads: 4 })];
    expect(costWithoutLeadsFinding(input({ channels, groups }))).toBeNull();
  });
});

describe('buildFindings', () => {
  it('orders the findings and keeps at most five', () => {
    const findings = buildFindings(
      input({
        total: kpi({ leads: 100, mql: 40, sql: 20, opportunities: 12, won: 3, cost: 1200000 }),
        channels: [
          channel('Google広告', { cost: 1000000, leads: 40, opportunities: 12 }),
          channel('Web', { cost: 0, leads: 60, opportunities: 0 }),
          channel('展示会', { cost: 200000, leads: 0 }),
        ],
        groups: [group('展示会・イベント', 'events', { cost: 200000, leads: 0 })],
        months: [month('2025-05', false, { leads: 50, opportunities: 6 }), month('2025-06', false, { leads: 50, opportunities: 6 })],
      }),
    );
    expect(findings.map((finding) => finding.code)).toEqual(['weakest_step', 'channel_outlier', 'channel_outlier', 'monthly_change', 'cost_without_leads']);
  });
});

describe('edge cases', () => {
  it('finds nothing in a funnel with fewer than 20 of everything', () => {
    const findings = buildFindings(
      input({
        total: kpi({ leads: 19, mql: 10, sql: 5, opportunities: 2, won: 1, cost: 1000 }),
        channels: [channel('A', { leads: 19, opportunities: 2, cost: 1000 })],
        months: [month('2025-05', false, { leads: 10 }), month('2025-06', false, { leads: 9 })],
      }),
    );
    expect(findings).toEqual([]);
  });

  it('makes no outlier finding when the total rate is 0', () => {
    expect(opportunityRateOutlierFinding(input({ total: kpi({ leads: 50 }), channels: [channel('A', { leads: 50 })] }))).toBeNull();
  });
});
