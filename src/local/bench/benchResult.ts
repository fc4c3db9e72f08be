/**
 * The bench's figures and their JSON form (design §10, issue "Evidence" item 1). The JSON shape is a
 * contract other tooling reads, so it is built key by key here and nowhere else.
 */

/** Report generation through the bundle at one workbook size. */
export interface GenerateFigure {
  readonly leads: number;
  /** Median wall time of load bundle + generateFunnelReport, in ms. */
  readonly ms: number;
  /** Spreadsheet-service calls of one generation. */
  readonly serviceCalls: number;
  /** The same calls by `Class.method`, keys sorted. */
  readonly callsByMethod: Readonly<Record<string, number>>;
}

/** Everything `--json` writes. */
export interface BenchFigures {
  readonly generate: readonly GenerateFigure[];
  readonly parseFloorMs: number;
  readonly customFunction10kMs: number;
  readonly bundleBytes: number;
  readonly bundleLoadMs: number;
}

export interface BenchJson {
  generate: { leads: number; ms: number; serviceCalls: number; callsByMethod: Record<string, number> }[];
  parseFloorMs: number;
  customFunction10kMs: number;
  bundleBytes: number;
  bundleLoadMs: number;
}

/**
 * The JSON document of `--json`: exactly the keys of design §10's evidence, in that order, and no
 * others (extra runtime detail stays in the printed table).
 *
 * @example
 * Object.keys(benchJson({ generate: [], parseFloorMs: 1, customFunction10kMs: 2, bundleBytes: 3, bundleLoadMs: 4 }))
 * //=> ['generate', 'parseFloorMs', 'customFunction10kMs', 'bundleBytes', 'bundleLoadMs']
 */
export function benchJson(figures: BenchFigures): BenchJson {
  return {
    generate: figures.generate.map((figure) => ({
      leads: figure.leads,
      ms: figure.ms,
      serviceCalls: figure.serviceCalls,
      callsByMethod: { ...figure.callsByMethod },
    })),
    parseFloorMs: figures.parseFloorMs,
    customFunction10kMs: figures.customFunction10kMs,
    bundleBytes: figures.bundleBytes,
    bundleLoadMs: figures.bundleLoadMs,
  };
}
