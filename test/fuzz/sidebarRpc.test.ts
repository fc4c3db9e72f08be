/**
 * Fuzzing the sidebar's call surface (ServerApi, src/shared/rpc.ts) through the BUILT bundle on the
 * in-memory Sheets: every server function — and the two JSON entry points google.script.run reaches
 * just the same — called with fast-check's hostile arguments (rpcArguments.ts), one fresh context
 * per call as Apps Script runs them. Each call must (design §7, §8):
 * - answer with a result of its declared shape, or throw a typed error worded for the user (no
 *   TypeError text, no stack, no line of more than 600 characters);
 * - leave every user tab exactly as it was, and no prototype of either realm polluted;
 * and after a run of attacks, the sidebar's normal path (open, save the setup, Generate) still works.
 */
import vm from 'node:vm';
import fc from 'fast-check';
import { loadBundle, type BundleContext } from '../../src/local/runtime';
import { createLocalServices } from '../../src/local/services/createLocalServices';
import { workbookFromTabs } from '../../src/local/workbook/fromTabs';
import type { Workbook } from '../../src/local/workbook/model';
import type { TabMapping } from '../../src/core/model/types';
import type { GenerateResult, SavedSetup, SidebarState } from '../../src/shared/rpc';
import { DIST, snapshotInputTabs } from '../e2e/bundleRun';
import { Deep, describeValue, Huge, intoRealm, rpcCall, type RpcCall } from './rpcArguments';
import { errorProblems, RESULT_SHAPES, shapeProblems } from './rpcShapes';

const SEED = Number(process.env.FUZZ_SEED ?? 16_2026);
const RUNS = Number(process.env.FUZZ_RUNS ?? 80);

/** The attacked workbook: usable tabs, a memo, formula-like data, and user tabs named like report sheets and prototype keys. */
function attackWorkbook(): Workbook {
  return workbookFromTabs(
    [
      { name: '広告', rows: [['日付', '媒体', '費用'], ['2025-04-01', 'Google広告', 10000], ['2025-04-02', '展示会', 50000]] },
      {
        name: 'リード',
        rows: [
          ['リードID', '作成日', '会社名', '流入元', '商談日', '受注日', '金額'],
          ['L1', '2025-04-01', '=HYPERLINK("https://example.invalid","x")', 'Google広告', '2025-04-05', '2025-04-20', 1200000],
          ['L2', '2025-04-02', '+81 3 1234 5678', 'constructor', '', '', ''],
          ['L3', '2025-04-02', '__proto__', '展示会', '2025-04-09', '', ''],
        ],
      },
      { name: 'メモ', rows: [['今週やること'], ['見積を送る']] },
      { name: 'ファネル概要', rows: [['私のメモ'], ['消さないで']] },
      { name: '__proto__', rows: [['toString', 'valueOf'], ['constructor', 1]] },
      { name: 'constructor', rows: [['日付', '媒体', '費用'], ['2025-04-03', 'hasOwnProperty', 3000]] },
    ],
    { name: 'Attack', timeZone: 'Asia/Tokyo' }
  );
}

const PROTOTYPES = ['Object.prototype', 'Array.prototype', 'String.prototype', 'Function.prototype', 'Number.prototype'];

function prototypeKeys(context: BundleContext): string {
  return PROTOTYPES.map((name) => `${name}: ${(vm.runInContext(`Reflect.ownKeys(${name}).map(String).join(',')`, context) as string)}`).join('\n');
}

const HOST_OBJECT_KEYS = Reflect.ownKeys(Object.prototype).map(String).join(',');
const HOST_ARRAY_KEYS = Reflect.ownKeys(Array.prototype).map(String).join(',');

type Outcome = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: unknown };

/** Plants a setup in the document's properties as an older version (v1) or a hand edit (v2) could leave it. */
function plantSetup(workbook: Workbook, [version, settings, mappings]: readonly unknown[]): void {
  const store = workbook.documentProperties;
  const json = (value: unknown): string => JSON.stringify(value, (_key, item: unknown) => (item instanceof Huge ? item.text : item instanceof Deep ? { deep: item.depth } : item)) ?? 'null';
  for (const key of store.keys()) store.delete(key);
  const text = version === 'v1' ? json({ mappings, settings }) : json({ v: 2, s: settings, m: mappings });
  if (text.length > 8000) return;
  if (version === 'v1') store.set('funnelKpi.setup.v1', text);
  else {
    store.set('funnelKpi.setup.v2.1', text);
    store.set('funnelKpi.setup.v2', '1');
  }
}

/** One execution of a server function on the workbook, checked; returns what it answered. */
function attack(workbook: Workbook, call: RpcCall, locale = 'ja_JP'): Outcome {
  if (call.name === '(stored setup)') {
    plantSetup(workbook, call.args);
    return { ok: true, value: null };
  }
  const services = createLocalServices(workbook, { distDir: DIST, userLocale: locale, riskyText: 'throw' });
  const context = loadBundle(services, { distDir: DIST, console: { ...console, log: () => undefined, warn: () => undefined } as Console });
  const prototypesBefore = prototypeKeys(context);
  const tabsBefore = snapshotInputTabs(workbook);
  const fn = context[call.name] as (...args: unknown[]) => unknown;
  let outcome: Outcome;
  const started = Date.now();
  try {
    const args = call.args.map((arg) => intoRealm(context, arg));
    outcome = { ok: true, value: JSON.parse(JSON.stringify(fn(...args) ?? null)) as unknown };
  } catch (error) {
    outcome = { ok: false, error };
  }
  const where = `${call.name}(${call.args.map((arg) => describeValue(arg)).join(', ')})`;
  if (process.env.FUZZ_SLOW && Date.now() - started > 300) process.stderr.write(`SLOW ${Date.now() - started} ms ${where.slice(0, 300)}\n`);
  const problems = outcome.ok ? shapeProblems(RESULT_SHAPES[call.name] ?? (() => undefined), outcome.value) : errorProblems(outcome.error);
  if (problems.length > 0) {
    // The stack's first frames, marked so that jest does not print the minified bundle around them.
    const stack = outcome.ok ? '' : String((outcome.error as Error | undefined)?.stack ?? outcome.error);
    const detail = stack.split('\n').slice(0, 6).map((line) => `\n  | ${line.slice(0, 300)}`).join('');
    throw new Error(`${where}:\n${problems.slice(0, 8).join('\n')}${detail}`);
  }
  expect({ where, tabs: snapshotInputTabs(workbook) }).toEqual({ where, tabs: tabsBefore });
  expect({ where, prototypes: prototypeKeys(context) }).toEqual({ where, prototypes: prototypesBefore });
  expect({ where, host: [Reflect.ownKeys(Object.prototype).map(String).join(','), Reflect.ownKeys(Array.prototype).map(String).join(',')] }).toEqual({
    where,
    host: [HOST_OBJECT_KEYS, HOST_ARRAY_KEYS],
  });
  return outcome;
}

/** The mappings a user who opens the sidebar and changes nothing would save: each tab as detected. */
function detectedSetup(state: SidebarState): SavedSetup {
  const mappings: TabMapping[] = state.tabs.map((tab) => {
    const detected = tab.detectedKind === null ? undefined : tab.suggestions.find((suggestion) => suggestion.kind === tab.detectedKind);
    return detected?.mapping ?? { tab: tab.name, kind: null, headerRow: 0, columns: {} };
  });
  return { mappings, settings: { view: 'cohort', language: 'ja' } };
}

/** The sidebar's normal path after the attacks: open, save, Generate — each must answer. */
function normalPath(workbook: Workbook): void {
  const opened = attack(workbook, { name: 'sidebarGetState', args: [null] });
  if (!opened.ok) throw new Error('the sidebar no longer opens');
  const setup = detectedSetup(opened.value as SidebarState);
  const saved = attack(workbook, { name: 'sidebarSaveSetup', args: [setup] });
  expect(saved.ok && (saved.value as SidebarState).saved).toBe(true);
  const generated = attack(workbook, { name: 'sidebarGenerate', args: [setup] });
  if (!generated.ok) throw new Error(`Generate fails after the attacks: ${String((generated.error as Error).message)}`);
  const result = generated.value as GenerateResult;
  expect(result.sheets.length).toBeGreaterThan(0);
  expect(workbook.sheets.map((sheet) => sheet.name)).toContain(result.summarySheet);
  expect(workbook.sheets.find((sheet) => sheet.id === workbook.activeSheetId)?.name).toBe(result.summarySheet);
}

describe('fuzzing the sidebar RPC surface (issue 16)', () => {
  it(`every server function answers hostile arguments with its result or a typed error, writes no user tab, pollutes no prototype, and the sidebar still works after [seed ${SEED}, ${RUNS} runs]`, () => {
    let calls = 0;
    fc.assert(
      fc.property(fc.array(rpcCall, { minLength: 1, maxLength: 4 }), (sequence) => {
        const workbook = attackWorkbook();
        for (const call of sequence) {
          attack(workbook, call);
          calls += 1;
        }
        normalPath(workbook);
      }),
      { seed: SEED, numRuns: RUNS }
    );
    expect(calls).toBeGreaterThanOrEqual(RUNS);
  });
});
