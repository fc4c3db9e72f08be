/**
 * The built bundle as Apps Script sees it: top-level wrappers with JSDoc, nothing run at load, and
 * the same results as the TypeScript sources.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { CUSTOM_FUNCTIONS } from '../../src/core/functions/catalog';
import * as sources from '../../src/functions/customFunctions';
import { DIST, loadDist } from './gasContext';
import { throwingServices, type TouchLog } from './throwingServices';

const code = readFileSync(path.join(DIST, 'Code.js'), 'utf8');

/** Calls a function and returns its value or its error message, so results and errors compare alike. */
function outcome(run: () => unknown): unknown {
  try {
    return { value: JSON.parse(JSON.stringify(run())) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

describe('dist/Code.js', () => {
  it('loads without touching any Google service', () => {
    const log: TouchLog = { touched: [] };
    const context = loadDist(throwingServices(log));
    expect(log.touched).toEqual([]);
    expect(typeof context.AddOn).toBe('object');
  });

  it('keeps @OnlyCurrentDoc and the package banner at the top', () => {
    const head = code.split('\n').slice(0, 3).join('\n');
    expect(head).toMatch(/funnel-kpi \d+\.\d+\.\d+/);
    expect(head).toContain('@OnlyCurrentDoc');
  });

  it('contains no import or export statements', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
  });
});

describe('custom function wrappers', () => {
  it.each(CUSTOM_FUNCTIONS.map((spec) => [spec.name, spec] as const))(
    '%s is a top-level function with the catalog parameters and a @customfunction JSDoc block',
    (name, spec) => {
      const params = spec.parameters.map((p) => p.name);
      const pattern = new RegExp(`/\\*\\*\\n((?: \\*.*\\n)+) \\*/\\nfunction ${name}\\(([^)]*)\\)`);
      const match = pattern.exec(code);
      expect(match).not.toBeNull();
      const [, doc = '', declared = ''] = match ?? [];
      expect(declared.split(',').map((p) => p.trim()).filter(Boolean)).toEqual(params);
      expect(doc).toContain('@customfunction');
      expect(doc).toContain('@return');
      for (const p of spec.parameters) {
        expect(doc).toMatch(new RegExp(`@param \\{[^}]+\\} \\[?${p.name}\\]? \\S`));
      }
      expect(doc).toContain(spec.summary.ja);
      expect(doc).toContain(spec.summary.en);
    }
  );

  it('declares every exported custom function once', () => {
    for (const spec of CUSTOM_FUNCTIONS) {
      expect(code.match(new RegExp(`^function ${spec.name}\\(`, 'gm'))).toHaveLength(1);
    }
  });
});

describe('custom functions through the bundle', () => {
  const log: TouchLog = { touched: [] };
  const context = loadDist(throwingServices(log));

  it.each(CUSTOM_FUNCTIONS.map((spec) => [spec.name, spec] as const))('%s gives its catalog example', (name, spec) => {
    const wrapper = context[name] as (...args: unknown[]) => unknown;
    expect(JSON.parse(JSON.stringify(wrapper(...spec.example.args)))).toEqual(spec.example.result);
  });

  it('gives the same results and errors as the TypeScript sources', () => {
    const cell = fc.oneof(
      fc.integer({ min: -1000, max: 100000 }),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.constantFrom('', '¥1,200', '12%', '１２０', 'abc', '▲500', '1.2万', true, '--')
    );
    const argument = fc.oneof(cell, fc.array(fc.array(cell, { minLength: 1, maxLength: 2 }).map((r) => r.slice(0, 1)), { minLength: 1, maxLength: 4 }));
    fc.assert(
      fc.property(fc.constantFrom(...CUSTOM_FUNCTIONS), fc.array(argument, { minLength: 4, maxLength: 4 }), (spec, args) => {
        const used = args.slice(0, spec.parameters.length);
        const fromBundle = outcome(() => (context[spec.name] as (...a: unknown[]) => unknown)(...used));
        const fromSource = outcome(() => (sources as unknown as Record<string, (...a: unknown[]) => unknown>)[spec.name]!(...used));
        expect(fromBundle).toEqual(fromSource);
      }),
      { numRuns: 300, seed: 20261127 }
    );
    expect(log.touched).toEqual([]);
  });
});
