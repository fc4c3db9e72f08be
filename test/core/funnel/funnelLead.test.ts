import { reachesStage, resolveFunnelLead, stageDay } from '../../../src/core/funnel/funnelLead';
import { mergeDuplicateLeads } from '../../../src/core/funnel/mergeLeads';
import type { LeadRow } from '../../../src/core/model/types';
import { day, deal, lead, type LeadInput } from './builders';

function mergedOne(row: LeadRow) {
  const merged = mergeDuplicateLeads([row]).leads[0];
  if (merged === undefined) throw new Error('no lead');
  return merged;
}

function resolve(input: LeadInput, deals: Parameters<typeof resolveFunnelLead>[1] = []) {
  return resolveFunnelLead(mergedOne(lead(input)), deals);
}

describe('resolveFunnelLead', () => {
  it('reaches a stage by its date, its flag or a status naming it or a later stage', () => {
    expect(resolve({ created: '2025-04-01', mql: '2025-04-03' }).furthest).toBe('mql');
    expect(resolve({ created: '2025-04-01', sql: true }).furthest).toBe('sql');
    expect(resolve({ created: '2025-04-01', status: 'opportunities' }).furthest).toBe('opportunities');
  });

  it('reaches every earlier stage by implication: a won flag alone makes it an MQL, SQL and opportunity', () => {
    const resolved = resolve({ created: '2025-04-01', won: true });
    expect(['leads', 'mql', 'sql', 'opportunities', 'won'].map((stage) => reachesStage(resolved, stage as never))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it('stays a plain lead with no evidence', () => {
    expect(resolve({ created: '2025-04-01' }).furthest).toBe('leads');
  });

  it('counts its amount as revenue only when won', () => {
    expect(resolve({ created: '2025-04-01', won: '2025-05-01', amount: 300000 }).revenue).toBe(300000);
    expect(resolve({ created: '2025-04-01', opportunities: true, amount: 300000 }).revenue).toBe(0);
  });

  it('becomes an opportunity dated by its earliest deal, won by its earliest won deal, with the sum of its won deals', () => {
    const resolved = resolve({ created: '2025-04-01', leadId: 'L1' }, [
      deal({ leadId: 'L1', created: '2025-04-10', outcome: 'lost', amount: 50000 }),
      deal({ leadId: 'L1', created: '2025-04-20', outcome: 'won', close: '2025-06-01', amount: 200000 }),
      deal({ leadId: 'L1', created: '2025-05-01', outcome: 'won', close: '2025-05-15', amount: 100000 }),
    ]);
    expect(resolved.furthest).toBe('won');
    expect(resolved.stageDates.opportunities).toBe(day('2025-04-10'));
    // Earliest won deal by created date is the 04-20 one, closed 06-01.
    expect(resolved.stageDates.won).toBe(day('2025-06-01'));
    expect(resolved.revenue).toBe(200000 + 100000);
    expect([resolved.outcome, resolved.pipelineAmount]).toEqual(['won', 0]);
  });

  it('is lost when every linked deal is lost, on the latest close date', () => {
    const resolved = resolve({ created: '2025-04-01', leadId: 'L1' }, [
      deal({ leadId: 'L1', created: '2025-04-10', outcome: 'lost', close: '2025-05-20' }),
      deal({ leadId: 'L1', created: '2025-04-12', outcome: 'lost', close: '2025-05-02' }),
    ]);
    expect([resolved.furthest, resolved.outcome, resolved.lostDate]).toEqual(['opportunities', 'lost', day('2025-05-20')]);
  });

  it('stays open while one of its deals is open, with the open deals’ amounts as pipeline', () => {
    const resolved = resolve({ created: '2025-04-01', leadId: 'L1', amount: 999 }, [
      deal({ leadId: 'L1', created: '2025-04-10', outcome: 'lost', close: '2025-05-02', amount: 50000 }),
      deal({ leadId: 'L1', created: '2025-04-12', outcome: 'open', amount: 120000 }),
      deal({ leadId: 'L1', created: '2025-04-13', outcome: 'open', amount: 30000 }),
    ]);
    // Open: 120,000 + 30,000; the lost deal's amount and the lead's own amount are not pipeline.
    expect([resolved.outcome, resolved.pipelineAmount, resolved.lostDate]).toEqual(['open', 150000, null]);
  });

  it('is lost by a lost status or flag even with an open deal (design §4.3), with no known lost date', () => {
    const resolved = resolve({ created: '2025-04-01', leadId: 'L1', lost: true }, [deal({ leadId: 'L1', created: '2025-04-10', outcome: 'open', amount: 5000 })]);
    expect([resolved.outcome, resolved.lostDate, resolved.pipelineAmount]).toEqual(['lost', null, 0]);
  });

  it('uses the lead’s own amount as pipeline when it has no priced open deal', () => {
    expect(resolve({ created: '2025-04-01', opportunities: true, amount: 80000 }).pipelineAmount).toBe(80000);
    const resolved = resolve({ created: '2025-04-01', leadId: 'L1', amount: 80000 }, [deal({ leadId: 'L1', created: '2025-04-10', outcome: 'open' })]);
    expect(resolved.pipelineAmount).toBe(80000);
  });

  it('has no outcome below the opportunity stage, even with a lost flag', () => {
    expect(resolve({ created: '2025-04-01', sql: true, lost: true }).outcome).toBeNull();
  });

  it('keeps the lead’s own channel over its deal’s', () => {
    const resolved = resolve({ created: '2025-04-01', leadId: 'L1', channel: '展示会' }, [
      deal({ leadId: 'L1', created: '2025-04-10', channel: 'Google広告' }),
    ]);
    expect(resolved.channel).toBe('展示会');
  });
});

describe('stageDay', () => {
  it('uses the stage’s own date, else the created date', () => {
    const resolved = resolve({ created: '2025-04-01', mql: '2025-04-09', won: true });
    expect(stageDay(resolved, 'mql')).toBe(day('2025-04-09'));
    expect(stageDay(resolved, 'sql')).toBe(day('2025-04-01'));
    expect(stageDay(resolved, 'won')).toBe(day('2025-04-01'));
    expect(stageDay(resolved, 'leads')).toBe(day('2025-04-01'));
  });
});

describe('edge cases', () => {
  it('treats a won lead with a blank amount as 0 revenue', () => {
    expect(resolve({ created: '2025-04-01', won: true }).revenue).toBe(0);
  });

  it('falls back to the lead’s won date when its earliest won deal has no close date', () => {
    const resolved = resolve({ created: '2025-04-01', leadId: 'L1', won: '2025-05-05' }, [
      deal({ leadId: 'L1', created: '2025-04-10', outcome: 'won' }),
    ]);
    expect(resolved.stageDates.won).toBe(day('2025-05-05'));
  });

  it('uses its own amount when it is won by its own evidence and has no won deal', () => {
    const resolved = resolve({ created: '2025-04-01', leadId: 'L1', won: true, amount: 70000 }, [
      deal({ leadId: 'L1', created: '2025-04-10', outcome: 'open', amount: 999 }),
    ]);
    expect(resolved.revenue).toBe(70000);
  });

  it('is not lost once won, even with a lost flag', () => {
    expect(resolve({ created: '2025-04-01', won: true, lost: true }).outcome).toBe('won');
  });
});

describe('open deals of a lead (the gap finding’s pipeline, design §6.2)', () => {
  it('keeps a customer’s open upsell, though the lead is won and outside the open opportunities', () => {
    const won = resolve({ leadId: 'L1', created: '2025-04-01' }, [
      deal({ leadId: 'L1', created: '2025-04-20', outcome: 'won', close: '2025-06-01', amount: 200000 }),
      deal({ leadId: 'L1', created: '2025-08-01', outcome: 'open', amount: 680000 }),
    ]);
    expect([won.outcome, won.pipelineAmount, won.openDeals]).toEqual(['won', 0, [{ created: day('2025-08-01'), amount: 680000 }]]);
  });

  it('has none when no linked deal is open', () => {
    expect(resolve({ leadId: 'L1', created: '2025-04-01' }, [deal({ leadId: 'L1', created: '2025-04-20', outcome: 'lost', close: '2025-06-01', amount: 1 })]).openDeals).toBeUndefined();
  });
});
