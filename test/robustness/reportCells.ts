/**
 * What a report sheet may hold, checked cell by cell: formulas built only from cell references,
 * numbers and the functions design §6.1 allows, and user text only as literal values.
 */
import type { SheetData, Workbook } from '../../src/local/workbook/model';

/** Functions design §6.1 lets generated formulas use. */
const ALLOWED_FUNCTIONS = new Set(['IF', 'IFERROR', 'SUM', 'AVERAGE']);
/** String literals a generated formula may carry (the blank and the null marker). */
const ALLOWED_STRINGS = new Set(['""', '"—"', '"-"']);

const STRING_LITERAL = /"(?:[^"]|"")*"/g;
const TOKEN = /\s+|\$?[A-Z]{1,3}\$?\d+|\d+(?:\.\d+)?|[A-Z]+(?=\()|[()+\-*/,:<>=&^%]/gy;

/**
 * Why a formula is not one the report may write, or `null` when it is fine: every string literal is
 * `""` or `"—"`, every name is an allowed function, everything else is a reference, number or operator.
 * A user label spliced into formula text (`=IMPORTXML(...)`, `+81`) fails here.
 *
 * @example
 * formulaProblem('=IFERROR(C5/B5,"—")')
 * //=> null
 */
export function formulaProblem(formula: string): string | null {
  if (!formula.startsWith('=')) return 'does not start with =';
  const strings = formula.match(STRING_LITERAL) ?? [];
  const odd = strings.find((s) => !ALLOWED_STRINGS.has(s));
  if (odd !== undefined) return `carries the string ${odd}`;
  const body = formula.slice(1).replace(STRING_LITERAL, '0');
  TOKEN.lastIndex = 0;
  let position = 0;
  while (position < body.length) {
    TOKEN.lastIndex = position;
    const match = TOKEN.exec(body);
    if (!match || match.index !== position) return `has unexpected text at "${body.slice(position, position + 20)}"`;
    const token = match[0];
    if (/^[A-Z]+$/.test(token) && !ALLOWED_FUNCTIONS.has(token)) return `calls ${token}`;
    position += token.length;
  }
  return null;
}

/** The sheets the bundle created (the report), in workbook order. */
export function reportSheets(workbook: Workbook): SheetData[] {
  return workbook.sheets.filter((sheet) => sheet.origin === 'created');
}

/** Every formula of the report that breaks {@link formulaProblem}, with its place. */
export function unsafeFormulas(workbook: Workbook): string[] {
  const problems: string[] = [];
  for (const sheet of reportSheets(workbook)) {
    for (const { row, column, formula } of sheet.formulaCells()) {
      const problem = formulaProblem(formula);
      if (problem) problems.push(`${sheet.name} R${row + 1}C${column + 1} ${formula.slice(0, 80)}: ${problem}`);
    }
  }
  return problems;
}

/** Where `text` sits as a plain (non-formula) cell value among the given sheets. */
export function literalCells(sheets: readonly SheetData[], text: string): string[] {
  const places: string[] = [];
  for (const sheet of sheets) {
    for (let r = 0; r < sheet.lastRow(); r += 1) {
      const values = sheet.rowValues(r) ?? [];
      values.forEach((value, c) => {
        if (value === text && sheet.formula(r, c) === null) places.push(`${sheet.name} R${r + 1}C${c + 1}`);
      });
    }
  }
  return places;
}
