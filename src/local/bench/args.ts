/**
 * Command-line options of `npm run bench`. Parsing never exits: it returns the options or the
 * problems, and the entry decides.
 */

export interface BenchOptions {
  /** Where to write the JSON figures (`--json file`), or `null`. */
  readonly json: string | null;
  /** Where to write a V8 CPU profile of the largest workbook's generation runs (`--cpu-prof file`), or `null`. */
  readonly cpuProfile: string | null;
}

export type BenchArgsResult = { readonly ok: true; readonly options: BenchOptions } | { readonly ok: false; readonly problems: readonly string[] };

export const BENCH_USAGE = `Usage: npm run bench [-- [--json <file>] [--cpu-prof <file>]]

  --json <file>       also write the figures as JSON (the shape design §10 evidence uses)
  --cpu-prof <file>   also write a .cpuprofile of the 100,000-lead generation runs only
                      (open it in Chrome DevTools or VS Code)`;

const VALUE_OPTIONS = { '--json': 'json', '--cpu-prof': 'cpuProfile' } as const;
type ValueOption = keyof typeof VALUE_OPTIONS;

function isValueOption(name: string): name is ValueOption {
  return Object.prototype.hasOwnProperty.call(VALUE_OPTIONS, name);
}

/**
 * Parses `process.argv.slice(2)`.
 *
 * @example
 * parseBenchArgs(['--json', 'bench.json'])
 * //=> { ok: true, options: { json: 'bench.json', cpuProfile: null } }
 * @example
 * parseBenchArgs(['--jsno', 'x']).ok
 * //=> false
 */
export function parseBenchArgs(argv: readonly string[]): BenchArgsResult {
  const problems: string[] = [];
  const values: { json: string | null; cpuProfile: string | null } = { json: null, cpuProfile: null };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const equals = arg.indexOf('=');
    const name = equals > 0 ? arg.slice(0, equals) : arg;
    if (!isValueOption(name)) {
      problems.push(`unknown argument "${arg}"`);
      continue;
    }
    let value: string | undefined;
    if (equals > 0) value = arg.slice(equals + 1);
    else {
      value = argv[i + 1];
      if (value !== undefined && !value.startsWith('--')) i += 1;
      else value = undefined;
    }
    if (value === undefined || value === '') problems.push(`${name} needs a file name`);
    else values[VALUE_OPTIONS[name]] = value;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, options: values };
}
