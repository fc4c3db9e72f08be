/**
 * Command-line options of `npm run bench`. Parsing never exits: it returns the options or the
 * problems, and the entry decides.
 */

export interface BenchOptions {
  /** Where to write the JSON figures (`--json file`), or `null`. */
  readonly json: string | null;
}

export type BenchArgsResult = { readonly ok: true; readonly options: BenchOptions } | { readonly ok: false; readonly problems: readonly string[] };

export const BENCH_USAGE = `Usage: npm run bench [-- --json <file>]

  --json <file>   also write the figures as JSON (the shape SPEC §10 evidence uses)`;

/**
 * Parses `process.argv.slice(2)`.
 *
 * @example
 * parseBenchArgs(['--json', 'bench.json'])
 * //=> { ok: true, options: { json: 'bench.json' } }
 * @example
 * parseBenchArgs(['--jsno', 'x']).ok
 * //=> false
 */
export function parseBenchArgs(argv: readonly string[]): BenchArgsResult {
  const problems: string[] = [];
  let json: string | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--json') {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) problems.push('--json needs a file name');
      else {
        json = value;
        i += 1;
      }
    } else if (arg.startsWith('--json=')) {
      const value = arg.slice('--json='.length);
      if (value === '') problems.push('--json needs a file name');
      else json = value;
    } else {
      problems.push(`unknown argument "${arg}"`);
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, options: { json } };
}
