/**
 * Pipeline fuzzing through the BUILT bundle (design §3, §4.4, §6.1, §7): fast-check generates whole
 * workbooks (see workbooks.ts) and every property runs a fixed seed and run count, both quoted in the
 * test names so results can be cited and replayed.
 */
import fc from 'fast-check';
import { workbookFromTabs } from '../../src/local/workbook/fromTabs';
import type { Workbook } from '../../src/local/workbook/model';
import { TYPED_ERROR_CODES } from '../robustness/corpusCase';
import { sheetNames, snapshotInputTabs } from '../e2e/bundleRun';
import { callBundle, type EntryOutcome } from '../robustness/runCase';
import { recount } from './recount';
import { workbookArbitrary, type FuzzWorkbook } from './workbooks';

/** Fixed so results can be cited; FUZZ_SEED / FUZZ_RUNS override them for a longer exploratory run. */
const SEED = Number(process.env.FUZZ_SEED ?? 20261127);
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

function build(generated: FuzzWorkbook): Workbook {
  return workbookFromTabs(
    generated.tabs.map((tab) => tab.input),
    { name: 'Fuzz', timeZone: 'Asia/Tokyo' },
  );
}

const settingsArbitrary = fc.record({
  language: fc.constantFrom<'ja' | 'en'>('ja', 'en'),
  view: fc.constantFrom('cohort', 'period'),
});

/** A short description of a generated workbook for failure messages. */
function describeWorkbook(generated: FuzzWorkbook): string {
  return generated.tabs.map((tab) => `${tab.kind}:${tab.input.name} (${tab.dataRows.length} data rows, header ${JSON.stringify(tab.input.rows[tab.headerRow])})`).join('; ');
}

describe('pipeline fuzzing on generated workbooks', () => {
  it(`(a) throws nothing but typed engine errors [seed ${SEED}, ${RUNS} runs]`, () => {
    fc.assert(
      fc.property(workbookArbitrary(), settingsArbitrary, (generated, { language, view }) => {
        for (const entryPoint of ['getFunnelSummary', 'generateFunnelReport']) {
          // callBundle fails the run with the stack of anything that is not a typed error.
          const outcome: EntryOutcome = callBundle(build(generated), entryPoint, language, { view });
          if (outcome.kind === 'typed_error') expect(TYPED_ERROR_CODES).toContain(outcome.code);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it(`(b) never writes the user's tabs [seed ${SEED + 1}, ${RUNS} runs]`, () => {
    fc.assert(
      fc.property(workbookArbitrary(), settingsArbitrary, (generated, { language, view }) => {
        const workbook = build(generated);
        const before = snapshotInputTabs(workbook);
        const names = sheetNames(workbook);
        callBundle(workbook, 'getFunnelSummary', language, { view });
        expect(snapshotInputTabs(workbook)).toEqual(before);
        expect(sheetNames(workbook)).toEqual(names);
        callBundle(workbook, 'generateFunnelReport', language, { view });
        callBundle(workbook, 'generateFunnelReport', language, { view }); // regeneration too
        expect(snapshotInputTabs(workbook)).toEqual(before);
        expect(sheetNames(workbook).slice(0, names.length)).toEqual(names);
      }),
      { seed: SEED + 1, numRuns: RUNS },
    );
  });

  it(`(c) totals equal an independent recount of the generated rows [seed ${SEED + 2}, ${RUNS} runs]`, () => {
    fc.assert(
      fc.property(workbookArbitrary(), (generated) => {
        const expected = recount(generated);
        const outcome = callBundle(build(generated), 'getFunnelSummary', 'ja', { view: 'cohort' });
        if (expected.funnelRows === 0) {
          expect({ workbook: describeWorkbook(generated), outcome: outcome.kind === 'typed_error' ? outcome.code : 'summary' }).toEqual({
            workbook: describeWorkbook(generated),
            outcome: 'no_usable_tab',
          });
          return;
        }
        if (outcome.kind !== 'result') throw new Error(`expected a summary for ${describeWorkbook(generated)}, got ${outcome.code}: ${outcome.message}`);
        const total = (outcome.value as { total: Record<string, number | null> }).total;
        const cost = total.cost ?? null;
        expect({
          workbook: describeWorkbook(generated),
          leads: total.leads,
          opportunities: total.opportunities,
          won: total.won,
          // Money sums may differ in the last bit from the order of addition.
          cost: cost !== null && expected.cost !== null && Math.abs(cost - expected.cost) < 1e-6 ? expected.cost : cost,
        }).toEqual({
          workbook: describeWorkbook(generated),
          leads: expected.leads,
          opportunities: expected.opportunities,
          won: expected.won,
          cost: expected.cost,
        });
      }),
      { seed: SEED + 2, numRuns: RUNS },
    );
  });

  it(`(d) every skipped row is named, and every row warning points at a data row of a real tab [seed ${SEED + 3}, ${RUNS} runs]`, () => {
    fc.assert(
      fc.property(workbookArbitrary(), fc.constantFrom<'ja' | 'en'>('ja', 'en'), (generated, language) => {
        const expected = recount(generated);
        const outcome = callBundle(build(generated), 'getFunnelSummary', language, {});
        if (outcome.kind !== 'result') return;
        const warnings = (outcome.value as { warnings: { tab: string | null; row: number | null; code: string }[] }).warnings;
        for (const warning of warnings) {
          if (warning.row === null) continue;
          const tab = generated.tabs.find((t) => t.input.name === warning.tab);
          expect({ warning, tabFound: tab !== undefined }).toEqual({ warning, tabFound: true });
          if (!tab) continue;
          // Rows the user sees: the header is row headerRow + 1, data rows follow it.
          expect({ warning, aboveHeader: warning.row <= tab.headerRow + 1, beyondEnd: warning.row > tab.input.rows.length }).toEqual({
            warning,
            aboveHeader: false,
            beyondEnd: false,
          });
        }
        for (const [tabName, rows] of expected.skippedRows) {
          // Row warnings are capped per tab, field and code; below the cap every skipped row is named.
          if (rows.length > 15) continue;
          const named = new Set(warnings.filter((w) => w.tab === tabName && w.row !== null).map((w) => w.row));
          expect({ tab: tabName, unnamed: rows.filter((row) => !named.has(row)) }).toEqual({ tab: tabName, unnamed: [] });
        }
      }),
      { seed: SEED + 3, numRuns: RUNS },
    );
  });
});
