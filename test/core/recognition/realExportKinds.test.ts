/**
 * Kind guessing on the headers of real exports (design §3.2.1): opportunity lists are deals even
 * with a lead-source column, GA4 reports without sessions are traffic reports that miss sessions
 * (not lead lists because of `Total revenue`), and ads/traffic reports without a day column are
 * dated by the period their preamble states.
 */
import { kindSignalCount, looksLikeOpportunities } from '../../../src/core/recognition/kindSignals';
import { runFunnel } from '../../../src/core/pipeline/runFunnel';
import { recognizeTab } from '../../../src/core/recognition/recognizeTab';

const SALESFORCE_OPPORTUNITY = ['Id', 'IsDeleted', 'AccountId', 'Name', 'StageName', 'Amount', 'Probability', 'CloseDate', 'LeadSource', 'IsClosed', 'IsWon', 'CreatedDate'];
const CONNECTOR_OPPORTUNITY = ['account_id', 'amount', 'close_date', 'created_date', 'id', 'is_closed', 'is_won', 'lead_source', 'probability', 'stage_name'];

describe('opportunity lists', () => {
  it('are deals even with a lead-source column and no tab-name hint', () => {
    const salesforce = recognizeTab('export', [SALESFORCE_OPPORTUNITY, ['006dN00000DrvOrQAJ', '0', '001dN00000v2DEwQAM', 'Renewal 2026', 'Qualify', '', '10', '2026-07-01', 'Web', '0', '0', '2026-06-09 16:17:37']]);
    expect(salesforce.mapping.kind).toBe('deals');
    expect(salesforce.candidates.map((candidate) => candidate.kind)).not.toContain('leads');
    expect(recognizeTab('report1', [CONNECTOR_OPPORTUNITY]).mapping.kind).toBe('deals');
  });

  it('are told by a won/closed flag or probability, or three of stage, amount and close date', () => {
    expect(looksLikeOpportunities(['Created', 'IsWon'])).toBe(true);
    expect(looksLikeOpportunities(['作成日', 'フェーズ', '金額', '完了予定日'])).toBe(true);
    expect(looksLikeOpportunities(['Deal Stage', 'Amount', 'Close Date', 'Create Date'])).toBe(true);
  });

  describe('edge cases', () => {
    it('keeps leads a candidate for a hand-made list with a stage, an amount and a won date', () => {
      const values = [['作成日', '会社名', '流入元', 'ステージ', '金額', '受注日'], ['2025/4/1', 'A社', '展示会', '受注', '100000', '2025/5/1']];
      expect(looksLikeOpportunities(values[0] ?? [])).toBe(false);
      expect(recognizeTab('シート1', values).candidates.map((candidate) => candidate.kind)).toContain('leads');
      expect(recognizeTab('リード一覧', values).mapping.kind).toBe('leads');
    });

    it('leaves HubSpot contacts (lifecycle stage, lead status, close date) as leads', () => {
      const header = ['Contact ID', 'Email', 'Lifecycle Stage', 'Lead Status', 'Create Date', 'Close Date', 'Lead Source'];
      expect(looksLikeOpportunities(header)).toBe(false);
      expect(recognizeTab('contacts', [header]).mapping.kind).toBe('leads');
    });
  });
});

describe('a close date in a lead list', () => {
  it('makes no lead won by itself; a won status does', () => {
    const values = [
      ['Contact ID', 'Email', 'Lifecycle Stage', 'Create Date', 'Close Date'],
      ['1', 'a@example.com', 'Lead', '2025-04-01', '2025-06-30'],
      ['2', 'b@example.com', 'Customer', '2025-04-02', '2025-05-15'],
    ];
    const recognition = recognizeTab('Contacts', values);
    expect(recognition.mapping.kind).toBe('leads');
    expect(recognition.mapping.columns.won_date).toBeUndefined();
    const { summary } = runFunnel([{ name: 'Contacts', values }], { view: 'cohort', language: 'en', currency: 'USD' }, () => 0);
    expect([summary.total.leads, summary.total.won]).toEqual([2, 1]);
  });
});

describe('GA4 reports', () => {
  const preamble = [['# ----------------------------------------'], ['# Report CSV Export'], ['# Start date: 20230101'], ['# End date: 20231231']];

  it('reads an events report as traffic missing sessions, not as leads for its Total revenue column', () => {
    const values = [...preamble, ['Event name', 'Event count', 'Total users', 'Event count per user', 'Total revenue'], ['page_view', '129094', '29418', '4.38', '0']];
    const recognition = recognizeTab('events-report', values);
    expect(recognition.mapping.kind).toBeNull();
    expect(recognition.candidates[0]).toMatchObject({ kind: 'traffic', missingRequired: ['sessions'] });
    expect(recognition.candidates.map((candidate) => candidate.kind)).not.toContain('leads');
    expect(kindSignalCount('traffic', values[4] ?? [])).toBe(4);
  });

  it('reads a reports snapshot (Nth day × Users) as traffic missing sessions', () => {
    const recognition = recognizeTab('snapshot', [...preamble, ['Nth day', 'Users'], ['0000', '1'], ['0001', '0']]);
    expect(recognition.candidates[0]).toMatchObject({ kind: 'traffic', missingRequired: ['sessions'] });
    expect(recognition.headerLabels).toEqual(['Nth day', 'Users']);
  });

  it('dates a traffic-acquisition report without a Date column by its start and end lines', () => {
    const values = [...preamble, [''], ['Session default channel group', 'Users', 'Sessions'], ['Organic Search', '309', '482']];
    const recognition = recognizeTab('traffic-acquisition', values);
    expect(recognition.mapping).toEqual({
      tab: 'traffic-acquisition',
      kind: 'traffic',
      headerRow: 5,
      columns: { channel: 0, sessions: 2 },
      period: { from: '2023-01-01', to: '2023-12-31' },
    });
  });

  describe('edge cases', () => {
    it('uses the Date column, not the preamble, when the report has one', () => {
      const values = [...preamble, ['Date', 'Sessions'], ['20230101', '5']];
      expect(recognizeTab('GA4', values).mapping).toEqual({ tab: 'GA4', kind: 'traffic', headerRow: 4, columns: { date: 0, sessions: 1 }, channel: 'GA4' });
    });
  });
});

describe('Google Ads reports without a day column', () => {
  const header = ['Campaign status', 'Campaign', 'Budget', 'Currency code', 'Impr.', 'Cost'];

  it('is usable and dated by line 2', () => {
    const recognition = recognizeTab('Google Ads', [['Campaign report'], ['July 8, 2025 - July 31, 2025'], header, ['Enabled', 'A', '5000.00', 'INR', '25,881', '1661.67']]);
    expect(recognition.mapping).toMatchObject({ kind: 'ads', headerRow: 2, columns: { campaign: 1, impressions: 4, cost: 5 }, period: { from: '2025-07-08', to: '2025-07-31' } });
    expect(recognition.period).toEqual({ from: '2025-07-08', to: '2025-07-31' });
  });

  it('is not usable for "All time", and names the missing date', () => {
    const recognition = recognizeTab('Google Ads', [['Campaign report'], ['All time'], header, ['Enabled', 'A', '4.00', 'USD', '795,836', '2691.41']]);
    expect(recognition.mapping.kind).toBeNull();
    expect(recognition.missingRequired).toEqual(['date']);
    expect(recognition.period).toBeNull();
  });
});
