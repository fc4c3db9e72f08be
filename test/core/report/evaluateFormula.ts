/**
 * A tiny spreadsheet formula parser and evaluator for tests: cell references (with `$`), ranges as
 * function arguments, + - * /, unary minus, parentheses, comparisons, string and number literals,
 * and IF, IFERROR, SUM, AVERAGE, with the error semantics Sheets, Excel and LibreOffice share
 * (text in arithmetic → #VALUE!, division by zero → #DIV/0!, IFERROR catches both).
 * Anything else — sheet-qualified references, other functions, `&`, `^` — is a parse error.
 */

export interface Reference {
  readonly row: number;
  readonly column: number;
}

export type FormulaNode =
  | { readonly type: 'number'; readonly value: number }
  | { readonly type: 'string'; readonly value: string }
  | { readonly type: 'reference'; readonly at: Reference }
  | { readonly type: 'range'; readonly from: Reference; readonly to: Reference }
  | { readonly type: 'negate'; readonly operand: FormulaNode }
  | { readonly type: 'binary'; readonly operator: string; readonly left: FormulaNode; readonly right: FormulaNode }
  | { readonly type: 'call'; readonly name: string; readonly args: readonly FormulaNode[] };

export const ALLOWED_FUNCTIONS = ['IF', 'IFERROR', 'SUM', 'AVERAGE'] as const;

export interface FormulaError {
  readonly error: '#DIV/0!' | '#VALUE!';
}
export type FormulaValue = number | string | boolean | FormulaError;

export function isFormulaError(value: unknown): value is FormulaError {
  return typeof value === 'object' && value !== null && 'error' in value;
}

type Token =
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'reference'; at: Reference }
  | { kind: 'name'; value: string }
  | { kind: 'operator'; value: string }
  | { kind: 'punctuation'; value: '(' | ')' | ',' | ':' };

function lettersToColumn(letters: string): number {
  let column = 0;
  for (const letter of letters) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const rest = text.slice(at);
    const char = rest.charAt(0);
    if (char === ' ') {
      at += 1;
      continue;
    }
    const number = /^\d+(\.\d+)?([eE][+-]?\d+)?/.exec(rest);
    if (number) {
      tokens.push({ kind: 'number', value: Number(number[0]) });
      at += number[0].length;
      continue;
    }
    if (char === '"') {
      let value = '';
      let index = 1;
      for (;;) {
        if (index >= rest.length) throw new Error(`unterminated string in ${text}`);
        const next = rest.charAt(index);
        if (next === '"') {
          if (rest.charAt(index + 1) === '"') {
            value += '"';
            index += 2;
            continue;
          }
          break;
        }
        value += next;
        index += 1;
      }
      tokens.push({ kind: 'string', value });
      at += index + 1;
      continue;
    }
    const ref = /^\$?([A-Z]{1,3})\$?(\d+)(?![A-Za-z0-9_(!])/.exec(rest);
    if (ref) {
      tokens.push({ kind: 'reference', at: { column: lettersToColumn(ref[1] as string), row: Number(ref[2]) } });
      at += ref[0].length;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_.]*(?=\()/.exec(rest);
    if (name) {
      tokens.push({ kind: 'name', value: name[0].toUpperCase() });
      at += name[0].length;
      continue;
    }
    const operator = /^(<=|>=|<>|[+\-*/=<>])/.exec(rest);
    if (operator) {
      tokens.push({ kind: 'operator', value: operator[0] });
      at += operator[0].length;
      continue;
    }
    if (char === '(' || char === ')' || char === ',' || char === ':') {
      tokens.push({ kind: 'punctuation', value: char });
      at += 1;
      continue;
    }
    throw new Error(`unexpected ${JSON.stringify(char)} at ${at} in ${text}`);
  }
  return tokens;
}

class Parser {
  private position = 0;
  constructor(private readonly tokens: Token[], private readonly text: string) {}

  parse(): FormulaNode {
    const node = this.comparison();
    if (this.position !== this.tokens.length) throw new Error(`unexpected trailing input in ${this.text}`);
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.position];
  }

  private isOperator(...values: string[]): string | undefined {
    const token = this.peek();
    if (token?.kind === 'operator' && values.includes(token.value)) {
      this.position += 1;
      return token.value;
    }
    return undefined;
  }

  private expect(value: '(' | ')' | ',' | ':'): void {
    const token = this.peek();
    if (token?.kind !== 'punctuation' || token.value !== value) throw new Error(`expected ${value} in ${this.text}`);
    this.position += 1;
  }

  private comparison(): FormulaNode {
    let left = this.additive();
    for (let operator = this.isOperator('=', '<>', '<', '>', '<=', '>='); operator; operator = this.isOperator('=', '<>', '<', '>', '<=', '>=')) {
      left = { type: 'binary', operator, left, right: this.additive() };
    }
    return left;
  }

  private additive(): FormulaNode {
    let left = this.term();
    for (let operator = this.isOperator('+', '-'); operator; operator = this.isOperator('+', '-')) {
      left = { type: 'binary', operator, left, right: this.term() };
    }
    return left;
  }

  private term(): FormulaNode {
    let left = this.unary();
    for (let operator = this.isOperator('*', '/'); operator; operator = this.isOperator('*', '/')) {
      left = { type: 'binary', operator, left, right: this.unary() };
    }
    return left;
  }

  private unary(): FormulaNode {
    if (this.isOperator('-')) return { type: 'negate', operand: this.unary() };
    if (this.isOperator('+')) return this.unary();
    return this.primary();
  }

  private primary(): FormulaNode {
    const token = this.peek();
    if (token === undefined) throw new Error(`unexpected end of ${this.text}`);
    this.position += 1;
    switch (token.kind) {
      case 'number':
        return { type: 'number', value: token.value };
      case 'string':
        return { type: 'string', value: token.value };
      case 'reference': {
        const next = this.peek();
        if (next?.kind === 'punctuation' && next.value === ':') {
          this.position += 1;
          const end = this.peek();
          if (end?.kind !== 'reference') throw new Error(`bad range in ${this.text}`);
          this.position += 1;
          return { type: 'range', from: token.at, to: end.at };
        }
        return { type: 'reference', at: token.at };
      }
      case 'name': {
        this.expect('(');
        const args: FormulaNode[] = [];
        const close = this.peek();
        if (!(close?.kind === 'punctuation' && close.value === ')')) {
          args.push(this.comparison());
          for (let next = this.peek(); next?.kind === 'punctuation' && next.value === ','; next = this.peek()) {
            this.position += 1;
            args.push(this.comparison());
          }
        }
        this.expect(')');
        return { type: 'call', name: token.value, args };
      }
      case 'punctuation':
        if (token.value === '(') {
          const inner = this.comparison();
          this.expect(')');
          return inner;
        }
        throw new Error(`unexpected ${token.value} in ${this.text}`);
      case 'operator':
        throw new Error(`unexpected ${token.value} in ${this.text}`);
    }
  }
}

/** Parses formula text (with its leading `=`); throws on anything outside the supported grammar. */
export function parseFormula(text: string): FormulaNode {
  if (!text.startsWith('=')) throw new Error(`not a formula: ${text}`);
  return new Parser(tokenize(text.slice(1)), text).parse();
}

/** Every function name and every cell a parsed formula mentions (ranges expanded). */
export function formulaParts(node: FormulaNode): { functions: string[]; references: Reference[] } {
  const functions: string[] = [];
  const references: Reference[] = [];
  const visit = (current: FormulaNode): void => {
    switch (current.type) {
      case 'reference':
        references.push(current.at);
        return;
      case 'range':
        for (let row = current.from.row; row <= current.to.row; row += 1) {
          for (let column = current.from.column; column <= current.to.column; column += 1) references.push({ row, column });
        }
        return;
      case 'negate':
        visit(current.operand);
        return;
      case 'binary':
        visit(current.left);
        visit(current.right);
        return;
      case 'call':
        functions.push(current.name);
        current.args.forEach(visit);
        return;
      default:
        return;
    }
  };
  visit(node);
  return { functions, references };
}

/**
 * What a referenced cell holds: a number, text, a formula to evaluate, or nothing. Referring to an
 * empty cell throws: the report never means to.
 */
export type CellContent = { kind: 'number'; value: number } | { kind: 'text'; value: string } | { kind: 'formula'; formula: string } | { kind: 'empty' };

export type CellLookup = (at: Reference) => CellContent | undefined;

const DIVIDE_BY_ZERO: FormulaError = { error: '#DIV/0!' };
const WRONG_TYPE: FormulaError = { error: '#VALUE!' };

function toNumber(value: FormulaValue): number | FormulaError {
  if (isFormulaError(value)) return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return WRONG_TYPE;
}

function compare(operator: string, left: FormulaValue, right: FormulaValue): FormulaValue {
  if (isFormulaError(left)) return left;
  if (isFormulaError(right)) return right;
  const normalise = (value: number | string | boolean) => (typeof value === 'string' ? value.toLowerCase() : value);
  const a = normalise(left);
  const b = normalise(right);
  const rank = (value: number | string | boolean) => (typeof value === 'number' ? 0 : typeof value === 'string' ? 1 : 2);
  const order = rank(a) !== rank(b) ? rank(a) - rank(b) : a < b ? -1 : a > b ? 1 : 0;
  switch (operator) {
    case '=':
      return order === 0;
    case '<>':
      return order !== 0;
    case '<':
      return order < 0;
    case '>':
      return order > 0;
    case '<=':
      return order <= 0;
    default:
      return order >= 0;
  }
}

/** Evaluates formula text against the cells of one sheet. */
export function evaluateFormula(text: string, lookup: CellLookup): FormulaValue {
  const evaluating = new Set<string>();

  const cellValue = (at: Reference): FormulaValue => {
    const content = lookup(at);
    const key = `${at.row}:${at.column}`;
    if (content === undefined || content.kind === 'empty') throw new Error(`formula refers to empty cell R${at.row}C${at.column}`);
    if (content.kind === 'number') return content.value;
    if (content.kind === 'text') return content.value.startsWith("'") ? content.value.slice(1) : content.value;
    if (evaluating.has(key)) throw new Error(`circular reference at R${at.row}C${at.column}`);
    evaluating.add(key);
    const value = evaluate(parseFormula(content.formula));
    evaluating.delete(key);
    return value;
  };

  const numbersIn = (node: FormulaNode): number[] | FormulaError => {
    if (node.type === 'range') {
      const numbers: number[] = [];
      for (let row = node.from.row; row <= node.to.row; row += 1) {
        for (let column = node.from.column; column <= node.to.column; column += 1) {
          const content = lookup({ row, column });
          if (content === undefined || content.kind === 'empty') continue;
          const value = cellValue({ row, column });
          if (isFormulaError(value)) return value;
          if (typeof value === 'number') numbers.push(value);
        }
      }
      return numbers;
    }
    const value = toNumber(evaluate(node));
    return isFormulaError(value) ? value : [value];
  };

  const evaluate = (node: FormulaNode): FormulaValue => {
    switch (node.type) {
      case 'number':
      case 'string':
        return node.value;
      case 'reference':
        return cellValue(node.at);
      case 'range':
        throw new Error('a range is only allowed as a function argument');
      case 'negate': {
        const value = toNumber(evaluate(node.operand));
        return isFormulaError(value) ? value : -value;
      }
      case 'binary': {
        const left = evaluate(node.left);
        const right = evaluate(node.right);
        if (!['+', '-', '*', '/'].includes(node.operator)) return compare(node.operator, left, right);
        const a = toNumber(left);
        if (isFormulaError(a)) return a;
        const b = toNumber(right);
        if (isFormulaError(b)) return b;
        if (node.operator === '+') return a + b;
        if (node.operator === '-') return a - b;
        if (node.operator === '*') return a * b;
        return b === 0 ? DIVIDE_BY_ZERO : a / b;
      }
      case 'call': {
        if (node.name === 'IFERROR') {
          if (node.args.length !== 2) throw new Error('IFERROR takes two arguments');
          const value = evaluate(node.args[0] as FormulaNode);
          return isFormulaError(value) ? evaluate(node.args[1] as FormulaNode) : value;
        }
        if (node.name === 'IF') {
          if (node.args.length < 2 || node.args.length > 3) throw new Error('IF takes two or three arguments');
          const condition = toNumber(evaluate(node.args[0] as FormulaNode));
          if (isFormulaError(condition)) return condition;
          const branch = condition !== 0 ? node.args[1] : node.args[2];
          return branch === undefined ? false : evaluate(branch);
        }
        if (node.name === 'SUM' || node.name === 'AVERAGE') {
          const numbers: number[] = [];
          for (const arg of node.args) {
            const found = numbersIn(arg);
            if (isFormulaError(found)) return found;
            numbers.push(...found);
          }
          const sum = numbers.reduce((total, value) => total + value, 0);
          if (node.name === 'SUM') return sum;
          return numbers.length === 0 ? DIVIDE_BY_ZERO : sum / numbers.length;
        }
        throw new Error(`function not supported: ${node.name}`);
      }
    }
  };

  return evaluate(parseFormula(text));
}
