import { parseBenchArgs } from '../../../src/local/bench/args';

describe('parseBenchArgs', () => {
  it('needs no arguments', () => {
    expect(parseBenchArgs([])).toEqual({ ok: true, options: { json: null, cpuProfile: null } });
  });

  it('reads --json and --cpu-prof with a separate value or after =', () => {
    expect(parseBenchArgs(['--json', 'out/bench.json', '--cpu-prof=gen.cpuprofile'])).toEqual({
      ok: true,
      options: { json: 'out/bench.json', cpuProfile: 'gen.cpuprofile' },
    });
  });

  describe('edge cases', () => {
    it('reports an option without its file name', () => {
      expect(parseBenchArgs(['--json'])).toEqual({ ok: false, problems: ['--json needs a file name'] });
      expect(parseBenchArgs(['--json='])).toEqual({ ok: false, problems: ['--json needs a file name'] });
    });

    it('does not take the next option as a file name', () => {
      expect(parseBenchArgs(['--json', '--cpu-prof', 'p.cpuprofile'])).toEqual({ ok: false, problems: ['--json needs a file name'] });
    });

    it('reports unknown arguments by name', () => {
      expect(parseBenchArgs(['--jsno', 'x'])).toEqual({ ok: false, problems: ['unknown argument "--jsno"', 'unknown argument "x"'] });
    });
  });
});
