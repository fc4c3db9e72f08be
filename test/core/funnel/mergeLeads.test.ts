import { compareByCreatedThenOrigin, mergeDuplicateLeads } from '../../../src/core/funnel/mergeLeads';
import { day, lead } from './builders';

describe('mergeDuplicateLeads', () => {
  it('merges rows with the same lead ID and reports one merged row', () => {
    const result = mergeDuplicateLeads([
      lead({ leadId: 'L1', created: '2025-04-10' }),
      lead({ leadId: 'L1', created: '2025-04-03' }),
      lead({ leadId: 'L2', created: '2025-04-05' }),
    ]);
    expect(result.leads.map((merged) => merged.leadId)).toEqual(['L1', 'L2']);
    expect(result.mergedRows).toBe(1);
  });

  it('keeps the earliest created date and the furthest evidence of every row', () => {
    const [merged] = mergeDuplicateLeads([
      lead({ leadId: 'L1', created: '2025-04-10', mql: '2025-04-20', status: 'sql', score: 30, amount: 100 }),
      lead({ leadId: 'L1', created: '2025-04-03', mql: '2025-04-12', won: true, score: 55, amount: 400, lost: true }),
    ]).leads;
    expect(merged).toMatchObject({
      created: day('2025-04-03'),
      statusStage: 'sql',
      score: 55,
      amount: 400,
      lost: true,
      mql: { date: day('2025-04-12'), flag: false },
      sql: { date: null, flag: false },
      opportunities: { date: null, flag: false },
      won: { date: null, flag: true },
    });
  });

  it('merges rows without a lead ID by normalised email', () => {
    const result = mergeDuplicateLeads([
      lead({ email: 'a@example.jp', created: '2025-04-01' }),
      lead({ email: 'a@example.jp', created: '2025-04-02' }),
      lead({ email: 'b@example.jp', created: '2025-04-02' }),
    ]);
    expect(result.leads.map((merged) => merged.emailKeys)).toEqual([['a@example.jp'], ['b@example.jp']]);
    expect(result.mergedRows).toBe(1);
  });

  it('does not merge rows with different lead IDs even when their emails match', () => {
    const result = mergeDuplicateLeads([
      lead({ leadId: 'L1', email: 'a@example.jp', created: '2025-04-01' }),
      lead({ leadId: 'L2', email: 'a@example.jp', created: '2025-04-02' }),
    ]);
    expect(result.leads).toHaveLength(2);
    expect(result.mergedRows).toBe(0);
  });

  it('lets a row without an ID join the earliest lead with an ID that has its email', () => {
    const result = mergeDuplicateLeads([
      lead({ leadId: 'L2', email: 'a@example.jp', created: '2025-04-05' }),
      lead({ leadId: 'L1', email: 'a@example.jp', created: '2025-04-01' }),
      lead({ email: 'a@example.jp', created: '2025-03-28', channel: '展示会' }),
    ]);
    expect(result.leads.map((merged) => [merged.leadId, merged.channel])).toEqual([
      ['L1', '展示会'],
      ['L2', null],
    ]);
    expect(result.leads[0]?.created).toBe(day('2025-03-28'));
  });

  it('takes the channel of the earliest row that has one', () => {
    const [merged] = mergeDuplicateLeads([
      lead({ leadId: 'L1', created: '2025-04-01', channel: '  ' }),
      lead({ leadId: 'L1', created: '2025-04-02', channel: 'ウェビナー' }),
      lead({ leadId: 'L1', created: '2025-04-03', channel: '展示会' }),
    ]).leads;
    expect(merged?.channel).toBe('ウェビナー');
  });
});

describe('compareByCreatedThenOrigin', () => {
  it('orders by created date, then tab, then row', () => {
    const rows = [
      { created: 2, tab: 'B', row: 1 },
      { created: 2, tab: 'A', row: 9 },
      { created: 2, tab: 'A', row: 3 },
      { created: 1, tab: 'Z', row: 5 },
    ];
    expect([...rows].sort(compareByCreatedThenOrigin)).toEqual([rows[3], rows[2], rows[1], rows[0]]);
  });
});

describe('edge cases', () => {
  it('never merges rows that have neither a lead ID nor an email', () => {
    const result = mergeDuplicateLeads([lead({ created: '2025-04-01' }), lead({ created: '2025-04-01' })]);
    expect(result.leads).toHaveLength(2);
    expect(result.mergedRows).toBe(0);
  });

  it('takes each attribute from the earliest row that has it, like the channel', () => {
    const [merged] = mergeDuplicateLeads([
      lead({ leadId: 'L1', created: '2025-04-10', attributes: { industry: '小売業', job_title: '部長' } }),
      lead({ leadId: 'L1', created: '2025-04-03', attributes: { industry: '製造業' } }),
      lead({ leadId: 'L1', created: '2025-04-05' }),
    ]).leads;
    expect(merged?.attributes).toEqual({ industry: '製造業', job_title: '部長' });
  });

  it('leaves out attributes when no row has any', () => {
    const [single] = mergeDuplicateLeads([lead({ leadId: 'L1', created: '2025-04-10' })]).leads;
    const [merged] = mergeDuplicateLeads([lead({ leadId: 'L2', created: '2025-04-10' }), lead({ leadId: 'L2', created: '2025-04-11' })]).leads;
    expect(single?.attributes).toBeUndefined();
    expect(merged?.attributes).toBeUndefined();
  });

  it('gives nothing for no rows', () => {
    expect(mergeDuplicateLeads([])).toEqual({ leads: [], mergedRows: 0 });
  });

  it('gives the same leads whatever order the rows come in', () => {
    const rows = [
      lead({ leadId: 'L1', email: 'a@example.jp', created: '2025-04-05', tab: 'A', row: 2 }),
      lead({ email: 'a@example.jp', created: '2025-04-01', channel: 'x', tab: 'B', row: 2 }),
      lead({ email: 'a@example.jp', created: '2025-04-01', channel: 'y', tab: 'B', row: 3 }),
      lead({ leadId: 'L1', created: '2025-04-09', tab: 'A', row: 3 }),
    ];
    expect(mergeDuplicateLeads([...rows].reverse())).toEqual(mergeDuplicateLeads(rows));
  });
});
