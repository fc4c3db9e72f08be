import { benchJson, type BenchFigures } from '../../../src/local/bench/benchResult';

function figures(): BenchFigures {
  return {
    generate: [
      { leads: 1000, ms: 350.1, serviceCalls: 3, callsByMethod: { 'Range.getValues': 2, 'Range.setValues': 1 } },
      { leads: 100000, ms: 1400.2, serviceCalls: 3, callsByMethod: { 'Range.getValues': 2, 'Range.setValues': 1 } },
    ],
    parseFloorMs: 1100.5,
    customFunction10kMs: 25.3,
    bundleBytes: 212330,
    bundleLoadMs: 12.2,
  };
}

describe('benchJson', () => {
  it('has exactly the top-level keys of the evidence format, in order', () => {
    expect(Object.keys(benchJson(figures()))).toEqual(['generate', 'parseFloorMs', 'customFunction10kMs', 'bundleBytes', 'bundleLoadMs']);
  });

  it('gives each generate entry exactly leads, ms, serviceCalls and callsByMethod', () => {
    const json = benchJson(figures());
    expect(json.generate.map((entry) => Object.keys(entry))).toEqual([
      ['leads', 'ms', 'serviceCalls', 'callsByMethod'],
      ['leads', 'ms', 'serviceCalls', 'callsByMethod'],
    ]);
  });

  it('carries the figures unchanged and survives a JSON round trip', () => {
    const json = benchJson(figures());
    expect(JSON.parse(JSON.stringify(json))).toEqual({
      generate: [
        { leads: 1000, ms: 350.1, serviceCalls: 3, callsByMethod: { 'Range.getValues': 2, 'Range.setValues': 1 } },
        { leads: 100000, ms: 1400.2, serviceCalls: 3, callsByMethod: { 'Range.getValues': 2, 'Range.setValues': 1 } },
      ],
      parseFloorMs: 1100.5,
      customFunction10kMs: 25.3,
      bundleBytes: 212330,
      bundleLoadMs: 12.2,
    });
  });

  describe('edge cases', () => {
    it('drops detail that is not part of the format', () => {
      const withExtra: BenchFigures & { naiveBaseline: number } = { ...figures(), naiveBaseline: 87811, generate: [{ ...figures().generate[0]!, runs: [1, 2, 3] } as BenchFigures['generate'][number]] };
      const json = benchJson(withExtra) as unknown as Record<string, unknown>;
      expect(json).not.toHaveProperty('naiveBaseline');
      expect((json.generate as Record<string, unknown>[])[0]).not.toHaveProperty('runs');
    });

    it('copies callsByMethod, so later changes to the figures do not leak into the JSON', () => {
      const calls: Record<string, number> = { 'Range.getValues': 2 };
      const json = benchJson({ ...figures(), generate: [{ leads: 1000, ms: 1, serviceCalls: 2, callsByMethod: calls }] });
      calls['Range.getValues'] = 99;
      expect(json.generate[0]?.callsByMethod).toEqual({ 'Range.getValues': 2 });
    });
  });
});
