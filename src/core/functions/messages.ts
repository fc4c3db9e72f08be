/**
 * Error messages of the custom functions: what is wrong, where (function, argument, cell of the
 * range) and how to fix it, in Japanese, English, or both.
 */
import type { Language } from '../model/types';
import { invalidNumberText, type InvalidNumberReason } from '../numbers/parseNumber';
import type { Bilingual, ParameterSignature } from './catalogTypes';

/**
 * The language of error messages. Custom functions use `'both'` (Japanese, then ` / `, then
 * English) because they may call no service to learn the user's locale.
 */
export type MessageLanguage = Language | 'both';

/** The one error type the KPI functions throw; its message is what the cell's error tooltip shows. */
export class KpiFunctionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KpiFunctionError';
  }
}

/**
 * Picks the message text for a language.
 *
 * @example
 * messageIn({ ja: '空欄です', en: 'is blank' }, 'both')
 * //=> '空欄です / is blank'
 */
export function messageIn(message: Bilingual, language: MessageLanguage): string {
  return language === 'both' ? `${message.ja} / ${message.en}` : message[language];
}

/** A cell inside a range, 1-based: the row only for ranges of several rows, the column only for several columns. */
export interface CellAt {
  readonly row?: number;
  readonly column?: number;
}

/** Where a value sits: function, argument, and the cell when it came from a range. */
export interface CellPosition extends CellAt {
  readonly functionName: string;
  readonly parameter: ParameterSignature;
  /** 0-based argument index. */
  readonly argumentIndex: number;
}

/** `費用（1番目の引数）` / `cost (argument 1)`. */
function parameterPhrase(parameter: ParameterSignature, argumentIndex: number): Bilingual {
  const n = argumentIndex + 1;
  return { ja: `${parameter.label.ja}（${n}番目の引数）`, en: `${parameter.label.en} (argument ${n})` };
}

/** `CAC: 費用（1番目の引数）` / `CAC: cost (argument 1)`. */
function argumentPhrase(position: CellPosition): Bilingual {
  const phrase = parameterPhrase(position.parameter, position.argumentIndex);
  return { ja: `${position.functionName}: ${phrase.ja}`, en: `${position.functionName}: ${phrase.en}` };
}

/** `3行目2列目` / `row 3, column 2`; empty for a single value. */
function cellPhrase({ row, column }: CellAt): Bilingual {
  const ja = [row !== undefined ? `${row}行目` : '', column !== undefined ? `${column}列目` : ''].filter(Boolean).join('');
  const en = [row !== undefined ? `row ${row}` : '', column !== undefined ? `column ${column}` : ''].filter(Boolean).join(', ');
  return { ja, en };
}

/** `CAC: 費用（1番目の引数）の3行目` / `CAC: cost (argument 1), row 3` — the subject of a sentence. */
function subjectPhrase(position: CellPosition): Bilingual {
  const argument = argumentPhrase(position);
  const cell = cellPhrase(position);
  return {
    ja: cell.ja === '' ? argument.ja : `${argument.ja}の${cell.ja}`,
    en: cell.en === '' ? argument.en : `${argument.en}, ${cell.en}`,
  };
}

/** Text values are shortened so an error never carries a whole paragraph. */
function shortened(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** How a bad value is quoted: text in quotes (shortened), TRUE/FALSE as Sheets shows them, dates not at all. */
function displayValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(shortened(value));
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return String(value);
  return '';
}

/** The same in Japanese: text in 「」 on one line, other values set off by spaces, dates not at all. */
function displayValueJa(value: unknown): string {
  if (typeof value === 'string') return `「${shortened(value).replace(/\s+/g, ' ')}」`;
  const shown = displayValue(value);
  return shown === '' ? '' : ` ${shown} `;
}

/**
 * A cell that is not a number.
 *
 * @example
 * // `cost` is CAC's first parameter; the bad cell is on row 3 of a one-column range.
 * invalidValueMessage({ functionName: 'CAC', parameter: cost, argumentIndex: 0, row: 3 }, 'abc', 'not_a_number').ja
 * //=> 'CAC: 費用（1番目の引数）の3行目の値「abc」は数値として読めません。数値（例: 1200、¥1,200、12%、1.2万）を入れるか、空欄にしてください。'
 */
export function invalidValueMessage(position: CellPosition, value: unknown, reason: InvalidNumberReason): Bilingual {
  const subject = subjectPhrase(position);
  const shown = displayValue(value);
  const ja = invalidNumberText(reason, 'ja');
  const en = invalidNumberText(reason, 'en');
  return {
    ja: `${subject.ja}の値${displayValueJa(value)}は${ja.problem}。${ja.fix}`,
    en: `${subject.en}: ${shown === '' ? 'the value' : shown} ${en.problem}. ${en.fix}`,
  };
}

/** One side of a shape mismatch. */
export interface ShapedArgument {
  readonly parameter: ParameterSignature;
  readonly argumentIndex: number;
  /** `rows×columns`. */
  readonly shape: string;
}

/**
 * Two ranges of different sizes.
 *
 * @example
 * shapeMismatchMessage('CPC', { parameter: cost, argumentIndex: 0, shape: '3×1' }, { parameter: clicks, argumentIndex: 1, shape: '4×1' }).en
 * //=> 'CPC: the ranges differ in size: cost (argument 1) is 3×1 but clicks (argument 2) is 4×1 (rows × columns). Use ranges with the same rows and columns, or a single cell.'
 */
export function shapeMismatchMessage(functionName: string, first: ShapedArgument, second: ShapedArgument): Bilingual {
  const a = parameterPhrase(first.parameter, first.argumentIndex);
  const b = parameterPhrase(second.parameter, second.argumentIndex);
  return {
    ja: `${functionName}: 範囲の大きさがそろっていません。${a.ja}は ${first.shape}、${b.ja}は ${second.shape}（行×列）です。同じ行数・列数の範囲にするか、1つのセルを指定してください。`,
    en: `${functionName}: the ranges differ in size: ${a.en} is ${first.shape} but ${b.en} is ${second.shape} (rows × columns). Use ranges with the same rows and columns, or a single cell.`,
  };
}

/**
 * An argument that is an array but not a rectangular range.
 *
 * @example
 * notARangeMessage({ functionName: 'CPC', parameter: cost, argumentIndex: 0 }).en
 * //=> 'CPC: cost (argument 1) is not a rectangular range (its rows differ in length). Pass a cell or a rectangular range.'
 */
export function notARangeMessage(position: CellPosition): Bilingual {
  const argument = argumentPhrase(position);
  return {
    ja: `${argument.ja}はセル範囲として読めません（行ごとの列数がそろっていません）。セルか長方形の範囲を指定してください。`,
    en: `${argument.en} is not a rectangular range (its rows differ in length). Pass a cell or a rectangular range.`,
  };
}

/**
 * A required argument left out of the formula.
 *
 * @example
 * missingArgumentMessage({ functionName: 'CPC', parameter: clicks, argumentIndex: 1 }).en
 * //=> 'CPC: clicks (argument 2) is missing. Pass a cell or a range.'
 */
export function missingArgumentMessage(position: CellPosition): Bilingual {
  const argument = argumentPhrase(position);
  return {
    ja: `${argument.ja}が指定されていません。セルか範囲を指定してください。`,
    en: `${argument.en} is missing. Pass a cell or a range.`,
  };
}

/**
 * More arguments than the function takes.
 *
 * @example
 * tooManyArgumentsMessage('CPC', 2, 3).ja
 * //=> 'CPC: 引数は最大2個ですが、3個指定されています。余分な引数を削除してください。'
 */
export function tooManyArgumentsMessage(functionName: string, expected: number, given: number): Bilingual {
  return {
    ja: `${functionName}: 引数は最大${expected}個ですが、${given}個指定されています。余分な引数を削除してください。`,
    en: `${functionName}: takes at most ${expected} arguments, but ${given} were given. Remove the extra ones.`,
  };
}

/**
 * A result too large to represent (an overflow), at a cell of the result when it is a range.
 *
 * @example
 * resultOutOfRangeMessage('CPC', { row: 2 }).en
 * //=> 'CPC: the result at row 2 is too large to represent. Check the input values.'
 */
export function resultOutOfRangeMessage(functionName: string, at: CellAt): Bilingual {
  const where = cellPhrase(at);
  return {
    ja: `${functionName}: ${where.ja === '' ? '' : `${where.ja}の`}結果が大きすぎて表せません。入力の値が正しいか確認してください。`,
    en: `${functionName}: the result${where.en === '' ? '' : ` at ${where.en}`} is too large to represent. Check the input values.`,
  };
}

/**
 * LTV with a churn rate of 0 and no cap: customers never leave, so the lifetime value is infinite.
 *
 * @example
 * infiniteLifetimeMessage({ functionName: 'LTV', parameter: churnRate, argumentIndex: 2 }, maxPeriods, 3).en
 * //=> 'LTV: churn rate (argument 3) is 0, so customers never leave and the lifetime value is infinite. Give max_periods (argument 4) a cap, e.g. 36 for monthly inputs.'
 */
export function infiniteLifetimeMessage(position: CellPosition, capParameter: ParameterSignature, capIndex: number): Bilingual {
  const subject = subjectPhrase(position);
  return {
    ja: `${subject.ja}が 0 なので、顧客が解約せず LTV が無限大になります。${capIndex + 1}番目の引数 ${capParameter.name}（${capParameter.label.ja}）に上限（例: 月次なら 36）を指定してください。`,
    en: `${subject.en} is 0, so customers never leave and the lifetime value is infinite. Give ${capParameter.name} (argument ${capIndex + 1}) a cap, e.g. 36 for monthly inputs.`,
  };
}

/**
 * A value that must not be negative (a churn rate, a number of periods).
 *
 * @example
 * negativeValueMessage({ functionName: 'LTV', parameter: churnRate, argumentIndex: 2 }, -0.02).en
 * //=> 'LTV: churn rate (argument 3) is -0.02; it cannot be negative. Use 0 or more.'
 */
export function negativeValueMessage(position: CellPosition, value: number): Bilingual {
  const subject = subjectPhrase(position);
  return {
    ja: `${subject.ja}が ${value} です。マイナスの値は使えません。0 以上の値にしてください。`,
    en: `${subject.en} is ${value}; it cannot be negative. Use 0 or more.`,
  };
}

/**
 * FUNNEL given a block of several rows and columns.
 *
 * @example
 * funnelShapeMessage({ functionName: 'FUNNEL', parameter: stageCounts, argumentIndex: 0 }, '4×2').en
 * //=> 'FUNNEL: stage counts (argument 1) must be a single column (or a single row); the range given is 4×2 (rows × columns).'
 */
export function funnelShapeMessage(position: CellPosition, shape: string): Bilingual {
  const argument = argumentPhrase(position);
  return {
    ja: `${argument.ja}は1列（または1行）の範囲にしてください。指定された範囲は ${shape}（行×列）です。`,
    en: `${argument.en} must be a single column (or a single row); the range given is ${shape} (rows × columns).`,
  };
}

/**
 * A range where one cell is expected (FUNNEL_PLAN's target, deal size and CPL).
 *
 * @example
 * singleCellMessage({ functionName: 'FUNNEL_PLAN', parameter: target, argumentIndex: 0 }, '3×1').en
 * //=> 'FUNNEL_PLAN: target (argument 1) must be a single cell; the range given is 3×1 (rows × columns).'
 */
export function singleCellMessage(position: CellPosition, shape: string): Bilingual {
  const argument = argumentPhrase(position);
  return {
    ja: `${argument.ja}は1つのセルにしてください。指定された範囲は ${shape}（行×列）です。`,
    en: `${argument.en} must be a single cell; the range given is ${shape} (rows × columns).`,
  };
}

/**
 * A name that is not in the catalog.
 *
 * @example
 * unknownFunctionMessage('CVR').en
 * //=> 'There is no function named CVR.'
 */
export function unknownFunctionMessage(name: string): Bilingual {
  return { ja: `${name} という関数はありません。`, en: `There is no function named ${name}.` };
}
