import type { BenchReport } from '../../../src/local/bench/report';
import { group, renderBenchReport } from '../../../src/local/bench/report';

describe('group', () => {
  it('puts a comma between groups of three digits', () => {
    expect(group(100000)).toBe('100,000');
    expect(group(1259612)).toBe('1,259,612');
  });

  describe('edge cases', () => {
    it('leaves short numbers alone, rounds fractions and keeps the sign', () => {
      expect(group(999)).toBe('999');
      expect(group(301.6)).toBe('302');
      expect(group(-1234)).toBe('-1,234');
    });
  });
});

function report(): BenchReport {
  const calls = { 'Range.getValues': 8, 'Range.setValues': 18 };
  return {
    machine: { cpuModel: 'Test CPU', cpuCount: 2, node: 'v20.0.0', totalMemoryBytes: 8 * 1024 ** 3, freeMemoryBytes: 4 * 1024 ** 3, loadAverage1m: 0.5, platform: 'linux x64' },
    figures: {
      generate: [
        { leads: 1000, ms: 300, serviceCalls: 26, callsByMethod: calls },
        { leads: 100000, ms: 1500, serviceCalls: 26, callsByMethod: calls },
      ],
      parseFloorMs: 1000,
      customFunction10kMs: 20,
      bundleBytes: 204800,
      bundleLoadMs: 10,
    },
    generation: [
      { leads: 1000, rows: 41210, cells: 300000, runMs: [300, 310, 290], medianLoadMs: 8, medianCallMs: 292, otherCalls: { 'Utilities.formatDate': 366 }, callsStable: true },
      { leads: 100000, rows: 149689, cells: 1259612, runMs: [1500, 1490, 1510], medianLoadMs: 8, medianCallMs: 1492, otherCalls: {}, callsStable: true },
    ],
    parseFloor: { samples: [1000, 990, 1010], cells: 1259612, numbers: 300000, days: 400000, serviceCalls: 18 },
    customFunctionSamples: [20, 21, 19],
    bundleLoad: { coldMs: 10, coldSamples: [10, 11, 9], warmMs: 4, warmSamples: [4, 4, 5] },
    naive: {
      measuredLeads: 1000,
      read: { fixedCalls: 18, rowCalls: 82420, rowsRead: 41210 },
      writeCalls: 5373,
      measuredTotal: 87811,
      extrapolatedLeads: 100000,
      extrapolatedRowsRead: 149689,
      extrapolatedReadCalls: 299396,
      extrapolatedWriteCalls: 5371,
      extrapolatedTotal: 304767,
    },
  };
}

describe('renderBenchReport', () => {
  it('starts with the title and names the machine', () => {
    const lines = renderBenchReport(report());
    expect(lines[0]).toBe('Funnel KPI bench (design §10)');
    expect(lines.some((line) => line.includes('Test CPU × 2 logical CPUs, Node v20.0.0'))).toBe(true);
  });

  it('shows the naive baseline and its ratio to the add-on per size', () => {
    const lines = renderBenchReport(report());
    // 87,811 / 26 = 3,377.3…; 304,767 / 26 = 11,721.8…
    expect(lines.find((line) => line.includes('naive script (1)'))).toMatch(/87,811\s+≈ 304,767 \(2\)$/);
    expect(lines.find((line) => line.includes('naive ÷ Funnel KPI'))).toMatch(/3,377×\s+≈ 11,722×$/);
  });

  it('defines the parse floor next to its figure', () => {
    const text = renderBenchReport(report()).join('\n');
    expect(text).toContain('Parse floor (100,000-lead workbook): 1000.0 ms');
    expect(text).toContain('parseNumber(cell) AND parseDay(cell, Asia/Tokyo) on every cell');
  });

  it('ends with one line per target', () => {
    const lines = renderBenchReport(report());
    const targets = lines.slice(lines.indexOf('Targets (design §10):') + 1);
    expect(targets).toHaveLength(6);
    expect(targets.every((line) => line.startsWith('  met '))).toBe(true);
  });

  describe('edge cases', () => {
    it('warns when call counts differed between runs of one size', () => {
      const unstable = report();
      const generation = [{ ...unstable.generation[0]!, callsStable: false }, unstable.generation[1]!];
      expect(renderBenchReport({ ...unstable, generation }).join('\n')).toContain('WARNING: call counts differed');
    });
  });
});
