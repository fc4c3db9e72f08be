/**
 * The one engine behind every custom function (design §2.1): it reads each argument as a value or a
 * range, parses cells with the number parser, checks shapes, broadcasts single values, applies the
 * KPI formula cell by cell and turns blanks, zero denominators and bad input into blank results or
 * clear errors.
 */
import { parseNumber } from '../numbers/parseNumber';
import type { Bilingual, FunctionSignature, ParameterSignature } from './catalogTypes';
import { isErrorOrLoading } from './errorValues';
import { ELEMENTWISE_FORMULAS, type Formula, type FormulaOutcome } from './formulas';
import { funnelRows } from './funnel';
import { requiredCounts } from './plan';
import { shapeText, toGrid, type Grid } from './grid';
import {
  funnelShapeMessage,
  infiniteLifetimeMessage,
  invalidValueMessage,
  KpiFunctionError,
  messageIn,
  missingArgumentMessage,
  singleCellMessage,
  negativeValueMessage,
  notARangeMessage,
  resultOutOfRangeMessage,
  shapeMismatchMessage,
  tooManyArgumentsMessage,
  unknownFunctionMessage,
  type CellAt,
  type MessageLanguage,
} from './messages';
import { findSignature } from './signatures';

/** One result cell: a number, or `''` for a blank result. */
export type KpiCell = number | '';
/** A single value for single-value input, else rows of cells in the shape of the input ranges. */
export type KpiResult = KpiCell | KpiCell[][];

/** A parsed argument: its grid and one value per cell (`null` = blank). */
interface ParsedArgument {
  readonly grid: Grid;
  readonly values: readonly (number | null)[];
}

/**
 * Runs a custom function by name on raw arguments (values or 2-D ranges, as Sheets passes
 * them). Throws {@link KpiFunctionError} with a message in `language` for bad input.
 *
 * @example
 * runCustomFunction('CPC', [[[60000], [''], [90000]], 150], 'en')
 * //=> [[400], [''], [600]]
 * @example
 * runCustomFunction('CONVERSION_RATE', ['30', '1,200'], 'en')
 * //=> 0.025
 */
export function runCustomFunction(name: string, args: readonly unknown[], language: MessageLanguage): KpiResult {
  const spec = findSignature(name);
  if (spec === undefined) throw new KpiFunctionError(messageIn(unknownFunctionMessage(name), language));
  checkArgumentCount(spec, args, language);
  if (spec.result === 'plan_table') return evaluatePlan(spec, args, language);
  if (spec.result === 'funnel_table') return evaluateFunnel(spec, args[0], language);
  const formula = ELEMENTWISE_FORMULAS[spec.name];
  if (formula === undefined) throw new Error(`custom function ${name} has no formula`);
  return evaluateElementwise(spec, formula, args, language);
}

function fail(message: Bilingual, language: MessageLanguage): never {
  throw new KpiFunctionError(messageIn(message, language));
}

/** A parameter by position; a miss means the signatures and the formulas disagree (a bug). */
function parameterAt(spec: FunctionSignature, index: number): ParameterSignature {
  const parameter = spec.parameters[index];
  if (parameter === undefined) throw new Error(`${spec.name} has no parameter ${index + 1}`);
  return parameter;
}

/**
 * `args.length` is what the formula passed (the generated wrappers forward Sheets' real argument
 * count), so an argument inside it that is `undefined` or `null` is a passed-but-blank cell, and
 * only one beyond it is missing (design §2.1). Trailing `undefined` past the parameter list are not
 * counted: TypeScript callers pass them for omitted optional arguments.
 */
function checkArgumentCount(spec: FunctionSignature, args: readonly unknown[], language: MessageLanguage): void {
  let given = args.length;
  while (given > spec.parameters.length && args[given - 1] === undefined) given -= 1;
  if (given > spec.parameters.length) fail(tooManyArgumentsMessage(spec.name, spec.parameters.length, given), language);
  spec.parameters.forEach((parameter, argumentIndex) => {
    if (!parameter.optional && argumentIndex >= given) {
      fail(missingArgumentMessage({ functionName: spec.name, parameter, argumentIndex }), language);
    }
  });
}

/** Row and column (1-based) of a cell for messages: only the dimensions the range actually has. */
function cellAt(grid: Grid, index: number): CellAt {
  if (!grid.isRange) return {};
  return {
    ...(grid.rows > 1 ? { row: Math.floor(index / grid.columns) + 1 } : {}),
    ...(grid.columns > 1 ? { column: (index % grid.columns) + 1 } : {}),
  };
}

function parseArgument(spec: FunctionSignature, argumentIndex: number, raw: unknown, language: MessageLanguage): ParsedArgument {
  const parameter = parameterAt(spec, argumentIndex);
  const grid = toGrid(raw);
  if (grid === null) return fail(notARangeMessage({ functionName: spec.name, parameter, argumentIndex }), language);
  const values = new Array<number | null>(grid.cells.length);
  for (let index = 0; index < grid.cells.length; index += 1) {
    const cell = grid.cells[index];
    // Numbers are by far the most common cell: skip the parser's allocation for them
    // (`x - x === 0` is Number.isFinite without a global lookup per cell).
    if (typeof cell === 'number' && cell - cell === 0) {
      values[index] = cell === 0 ? 0 : cell;
      continue;
    }
    // An error value or Loading... in a cell gives a blank element, never a failed spill (design §2.1).
    if (typeof cell === 'string' && isErrorOrLoading(cell)) {
      values[index] = null;
      continue;
    }
    const parsed = parseNumber(cell);
    if (parsed.kind === 'invalid') {
      fail(invalidValueMessage({ functionName: spec.name, parameter, argumentIndex, ...cellAt(grid, index) }, cell, parsed.reason), language);
    }
    values[index] = parsed.kind === 'number' ? parsed.value : null;
  }
  return { grid, values };
}

/** The argument that sets the result's shape (the first range of more than one cell), or -1. */
function resultShapeOwner(spec: FunctionSignature, parsed: readonly ParsedArgument[], language: MessageLanguage): number {
  let owner = -1;
  parsed.forEach(({ grid }, index) => {
    if (grid.cells.length === 1) return;
    const ownerGrid = parsed[owner]?.grid;
    if (ownerGrid === undefined) {
      owner = index;
    } else if (ownerGrid.rows !== grid.rows || ownerGrid.columns !== grid.columns) {
      fail(
        shapeMismatchMessage(
          spec.name,
          { parameter: parameterAt(spec, owner), argumentIndex: owner, shape: shapeText(ownerGrid) },
          { parameter: parameterAt(spec, index), argumentIndex: index, shape: shapeText(grid) }
        ),
        language
      );
    }
  });
  return owner;
}

function evaluateElementwise(spec: FunctionSignature, formula: Formula, args: readonly unknown[], language: MessageLanguage): KpiResult {
  const parsed = spec.parameters.map((_, index) => parseArgument(spec, index, args[index], language));
  const owner = resultShapeOwner(spec, parsed, language);
  const shape = parsed[owner]?.grid ?? { rows: 1, columns: 1, cells: [undefined], isRange: false };
  const requiredCount = spec.parameters.filter((parameter) => !parameter.optional).length;
  const required = new Array<number>(requiredCount);
  const optional = new Array<number | undefined>(spec.parameters.length - requiredCount);
  const results = new Array<KpiCell>(shape.cells.length);

  for (let index = 0; index < results.length; index += 1) {
    let blank = false;
    for (let argument = 0; argument < parsed.length; argument += 1) {
      const { values } = parsed[argument]!;
      const value = (values.length === 1 ? values[0] : values[index]) ?? null;
      if (argument < requiredCount) {
        if (value === null) blank = true;
        else required[argument] = value;
      } else {
        optional[argument - requiredCount] = value ?? undefined;
      }
    }
    results[index] = blank ? '' : finish(spec, formula(required, optional), parsed, index, language);
  }
  if (owner < 0) return results[0]!;
  return toRows(results, shape.rows, shape.columns);
}

/** Turns a formula outcome into a result cell: blank, a clean number (no -0), or an error. */
function finish(spec: FunctionSignature, outcome: FormulaOutcome, parsed: readonly ParsedArgument[], index: number, language: MessageLanguage): KpiCell {
  if (outcome === null) return '';
  if (typeof outcome === 'number') {
    if (!Number.isFinite(outcome)) {
      const owner = parsed.find(({ grid }) => grid.cells.length > 1)?.grid;
      fail(resultOutOfRangeMessage(spec.name, owner === undefined ? {} : cellAt(owner, index)), language);
    }
    return outcome === 0 ? 0 : outcome;
  }
  const grid = parsed[outcome.argumentIndex]?.grid;
  const where = grid !== undefined && grid.cells.length > 1 ? cellAt(grid, index) : {};
  const position = { functionName: spec.name, parameter: parameterAt(spec, outcome.argumentIndex), argumentIndex: outcome.argumentIndex, ...where };
  if (outcome.problem === 'negative') return fail(negativeValueMessage(position, outcome.value), language);
  return fail(infiniteLifetimeMessage(position, parameterAt(spec, outcome.capIndex), outcome.capIndex), language);
}

function toRows(cells: readonly KpiCell[], rows: number, columns: number): KpiCell[][] {
  const out: KpiCell[][] = new Array<KpiCell[]>(rows);
  for (let row = 0; row < rows; row += 1) out[row] = cells.slice(row * columns, (row + 1) * columns);
  return out;
}

/**
 * FUNNEL: a column of stage counts gives one row per stage (count, from previous, from first).
 * A single row of counts is read left to right and gives the same table turned on its side
 * (three rows, one column per stage), so the result lies the same way as the input.
 */
function evaluateFunnel(spec: FunctionSignature, raw: unknown, language: MessageLanguage): KpiCell[][] {
  const { grid, values } = parseArgument(spec, 0, raw, language);
  const parameter = parameterAt(spec, 0);
  if (grid.rows > 1 && grid.columns > 1) {
    fail(funnelShapeMessage({ functionName: spec.name, parameter, argumentIndex: 0 }, shapeText(grid)), language);
  }
  const table = funnelRows(values).map((row, index) =>
    row.map((value) => {
      if (value === null) return '';
      if (!Number.isFinite(value)) fail(resultOutOfRangeMessage(spec.name, cellAt(grid, index)), language);
      return value === 0 ? 0 : value;
    })
  );
  if (grid.rows === 1 && grid.columns > 1) return [0, 1, 2].map((column) => table.map((row) => row[column]!));
  return table;
}

/** A single-cell argument's value (`null` when blank or not passed); a range of several cells is an error. */
function singleValue(spec: FunctionSignature, argumentIndex: number, raw: unknown, language: MessageLanguage): number | null {
  if (raw === undefined) return null;
  const { grid, values } = parseArgument(spec, argumentIndex, raw, language);
  if (grid.cells.length !== 1) fail(singleCellMessage({ functionName: spec.name, parameter: parameterAt(spec, argumentIndex), argumentIndex }, shapeText(grid)), language);
  const value = values[0] ?? null;
  if (value !== null && value < 0) fail(negativeValueMessage({ functionName: spec.name, parameter: parameterAt(spec, argumentIndex), argumentIndex }, value), language);
  return value;
}

/**
 * FUNNEL_PLAN: the required count of each stage, top first, for a column of step rates (a row of
 * rates gives a row); with `cpl`, a second column (row) holds the budget of the top stage.
 */
function evaluatePlan(spec: FunctionSignature, args: readonly unknown[], language: MessageLanguage): KpiCell[][] {
  const target = singleValue(spec, 0, args[0], language);
  const averageDealSize = singleValue(spec, 1, args[1], language);
  const { grid, values } = parseArgument(spec, 2, args[2], language);
  const parameter = parameterAt(spec, 2);
  if (grid.rows > 1 && grid.columns > 1) fail(funnelShapeMessage({ functionName: spec.name, parameter, argumentIndex: 2 }, shapeText(grid)), language);
  values.forEach((value, index) => {
    if (value !== null && value < 0) fail(negativeValueMessage({ functionName: spec.name, parameter, argumentIndex: 2, ...cellAt(grid, index) }, value), language);
  });
  const cpl = args.length > 3 ? singleValue(spec, 3, args[3], language) : undefined;
  const counts = requiredCounts(target, averageDealSize, values);
  const cell = (value: number | null): KpiCell => (value === null || !Number.isFinite(value) ? '' : value === 0 ? 0 : value);
  const table = counts.map((count, index): KpiCell[] => {
    if (cpl === undefined) return [cell(count)];
    return [cell(count), index === 0 && count !== null && cpl !== null ? cell(count * cpl) : ''];
  });
  if (grid.rows === 1 && grid.columns > 1) return table[0]!.map((_, column) => table.map((row) => row[column]!));
  return table;
}
