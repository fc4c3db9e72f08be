/**
 * Whole-engine properties (raw tabs → summary): unparseable rows only add warnings, row order never
 * matters, and lead-level counts never increase down the funnel.
 */
import fc from 'fast-check';
import type { FunnelSettings } from '../../../src/core/model/types';
import type { FunnelSummary } from '../../../src/core/model/summary';
import { runFunnel } from '../../../src/core/pipeline/runFunnel';

const SETTINGS: FunnelSettings = { view: 'cohort', language: 'ja', currency: 'JPY' };
const TOKYO = (): number => 540;
const CHANNELS = ['Google広告', '展示会', 'ウェビナー'];

const day = fc.integer({ min: 1, max: 28 }).map((d) => `2025-04-${String(d).padStart(2, '0')}`);
const later = fc.integer({ min: 1, max: 28 }).map((d) => `2025-05-${String(d).padStart(2, '0')}`);

const adRow = fc.tuple(day, fc.constantFrom(...CHANNELS), fc.integer({ min: 0, max: 500000 }), fc.integer({ min: 0, max: 9000 }));
const leadRow = fc.tuple(
  day,
  fc.constantFrom(...CHANNELS),
  fc.option(later, { nil: '' }),
  fc.option(later, { nil: '' }),
  fc.constantFrom('', '○', '×')
);
/** Rows whose required field cannot be read: the engine must skip them with a warning. */
const badAdRow = fc.tuple(fc.constantFrom('不明', '2025-13-01', 'abc'), fc.constantFrom(...CHANNELS), fc.integer({ min: 0, max: 1000 }), fc.constant(0));
const badLeadRow = fc.tuple(fc.constantFrom('未定', '2025/02/30', '--x'), fc.constantFrom(...CHANNELS), fc.constant(''), fc.constant(''), fc.constant(''));

type AdRow = [string, string, number, number];
type LeadRow = [string, string, string, string, string];

function tabs(ads: readonly AdRow[], leads: readonly LeadRow[]) {
  return [
    { name: '広告', values: [['日付', '媒体', '費用', 'クリック数'], ...ads] },
    { name: 'リード', values: [['作成日', '流入元', '商談日', '受注日', 'MQL'], ...leads] },
  ];
}

function withoutWarnings(summary: FunnelSummary): unknown {
  const { warnings: _warnings, sources: _sources, ...rest } = summary;
  return rest;
}

describe('runFunnel', () => {
  it('adding unparseable rows changes only the warnings (seed 20261127, 80 runs)', () => {
    fc.assert(
      fc.property(
        fc.array(adRow, { minLength: 1, maxLength: 8 }),
        fc.array(leadRow, { minLength: 1, maxLength: 12 }),
        fc.array(badAdRow, { minLength: 1, maxLength: 3 }),
        fc.array(badLeadRow, { minLength: 1, maxLength: 3 }),
        (ads, leads, badAds, badLeads) => {
          const clean = runFunnel(tabs(ads, leads), SETTINGS, TOKYO).summary;
          const dirty = runFunnel(tabs([...ads, ...badAds], [...badLeads, ...leads]), SETTINGS, TOKYO).summary;
          expect(withoutWarnings(dirty)).toEqual(withoutWarnings(clean));
          expect(dirty.warnings.length).toBeGreaterThan(clean.warnings.length);
        }
      ),
      { seed: 20261127, numRuns: 80 }
    );
  });

  it('gives the same summary whatever the row order (seed 20261128, 80 runs)', () => {
    fc.assert(
      fc.property(fc.array(adRow, { minLength: 1, maxLength: 8 }), fc.array(leadRow, { minLength: 1, maxLength: 12 }), fc.nat(), (ads, leads, seed) => {
        const shuffle = <T>(rows: readonly T[]): T[] => {
          const copy = [...rows];
          let state = seed;
          for (let i = copy.length - 1; i > 0; i -= 1) {
            state = (state * 1103515245 + 12345) % 2147483648;
            const j = state % (i + 1);
            [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
          }
          return copy;
        };
        const straight = runFunnel(tabs(ads, leads), SETTINGS, TOKYO).summary;
        const shuffled = runFunnel(tabs(shuffle(ads), shuffle(leads)), SETTINGS, TOKYO).summary;
        expect(withoutWarnings(shuffled)).toEqual(withoutWarnings(straight));
      }),
      { seed: 20261128, numRuns: 80 }
    );
  });

  it('never lets lead-level counts increase down the funnel (seed 20261129, 80 runs)', () => {
    fc.assert(
      fc.property(fc.array(adRow, { maxLength: 5 }), fc.array(leadRow, { minLength: 1, maxLength: 15 }), (ads, leads) => {
        const summary = runFunnel(tabs(ads, leads), SETTINGS, TOKYO).summary;
        for (const row of [summary.total, ...summary.byChannel, ...summary.byMonth]) {
          const counts = [row.leads, row.mql, row.sql, row.opportunities, row.won].map((n) => n ?? 0);
          for (let i = 1; i < counts.length; i += 1) expect(counts[i]).toBeLessThanOrEqual(counts[i - 1] ?? 0);
        }
      }),
      { seed: 20261129, numRuns: 80 }
    );
  });
});
