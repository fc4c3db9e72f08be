import type { ParameterSpec } from '../../../src/core/functions/catalogTypes';
import {
  funnelShapeMessage,
  infiniteLifetimeMessage,
  invalidValueMessage,
  KpiFunctionError,
  messageIn,
  missingArgumentMessage,
  negativeValueMessage,
  notARangeMessage,
  resultOutOfRangeMessage,
  shapeMismatchMessage,
  tooManyArgumentsMessage,
  unknownFunctionMessage,
} from '../../../src/core/functions/messages';

function parameterNamed(name: string, ja: string, en: string): ParameterSpec {
  return { name, label: { ja, en }, description: { ja: '', en: '' }, optional: false };
}

const cost = parameterNamed('cost', '費用', 'cost');
const clicks = parameterNamed('clicks', 'クリック数', 'clicks');
const churnRate = parameterNamed('churn_rate', '解約率', 'churn rate');
const maxPeriods = parameterNamed('max_periods', '上限期間', 'max periods');

describe('KpiFunctionError', () => {
  it('is an Error carrying the message', () => {
    const error = new KpiFunctionError('CPC: boom');
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe('CPC: boom');
    expect(error.name).toBe('KpiFunctionError');
  });
});

describe('messageIn', () => {
  it('picks one language or joins both with a slash', () => {
    const message = { ja: 'だめです', en: 'no good' };
    expect(messageIn(message, 'ja')).toBe('だめです');
    expect(messageIn(message, 'en')).toBe('no good');
    expect(messageIn(message, 'both')).toBe('だめです / no good');
  });
});

describe('invalidValueMessage', () => {
  it('matches the wording of design §2.1 for a row of a column', () => {
    const message = invalidValueMessage({ functionName: 'CAC', parameter: cost, argumentIndex: 0, row: 3 }, 'abc', 'not_a_number');
    expect(message.ja.startsWith('CAC: 費用（1番目の引数）の3行目の値「abc」は数値として読めません')).toBe(true);
    expect(message.en.startsWith('CAC: cost (argument 1), row 3: "abc" is not a number')).toBe(true);
  });

  it('gives row and column for a cell of a block', () => {
    const message = invalidValueMessage({ functionName: 'CPC', parameter: clicks, argumentIndex: 1, row: 4, column: 2 }, 'x', 'not_a_number');
    expect(message.ja.startsWith('CPC: クリック数（2番目の引数）の4行目2列目の値「x」は')).toBe(true);
    expect(message.en.startsWith('CPC: clicks (argument 2), row 4, column 2: "x" is')).toBe(true);
  });

  it('says "the value" for a single value', () => {
    const message = invalidValueMessage({ functionName: 'CPC', parameter: cost, argumentIndex: 0 }, 'x', 'not_a_number');
    expect(message.ja.startsWith('CPC: 費用（1番目の引数）の値「x」は')).toBe(true);
    expect(message.en.startsWith('CPC: cost (argument 1): "x" is')).toBe(true);
  });

  it('shows booleans as TRUE/FALSE and leaves dates unquoted', () => {
    const position = { functionName: 'CPC', parameter: cost, argumentIndex: 0, row: 2 };
    expect(invalidValueMessage(position, false, 'boolean').en).toBe(
      'CPC: cost (argument 1), row 2: FALSE is TRUE/FALSE, not a number. Use a count or an amount, not a checkbox or TRUE/FALSE.'
    );
    expect(invalidValueMessage(position, new Date(2025, 0, 1), 'date').ja).toBe(
      'CPC: 費用（1番目の引数）の2行目の値は日付になっていて、数値として使えません。数値を入れるか、セルの表示形式を「数値」にしてください。'
    );
  });

  it('quotes text with quotes inside safely', () => {
    const message = invalidValueMessage({ functionName: 'CPC', parameter: cost, argumentIndex: 0 }, 'say "hi"', 'not_a_number');
    expect(message.en).toContain('"say \\"hi\\""');
  });
});

describe('shapeMismatchMessage', () => {
  it('names both arguments and both shapes', () => {
    const message = shapeMismatchMessage(
      'CPC',
      { parameter: cost, argumentIndex: 0, shape: '3×1' },
      { parameter: clicks, argumentIndex: 1, shape: '4×1' }
    );
    expect(message.ja).toBe(
      'CPC: 範囲の大きさがそろっていません。費用（1番目の引数）は 3×1、クリック数（2番目の引数）は 4×1（行×列）です。同じ行数・列数の範囲にするか、1つのセルを指定してください。'
    );
    expect(message.en).toBe(
      'CPC: the ranges differ in size: cost (argument 1) is 3×1 but clicks (argument 2) is 4×1 (rows × columns). Use ranges with the same rows and columns, or a single cell.'
    );
  });
});

describe('notARangeMessage', () => {
  it('asks for a rectangular range', () => {
    expect(notARangeMessage({ functionName: 'CPC', parameter: cost, argumentIndex: 0 }).ja).toBe(
      'CPC: 費用（1番目の引数）はセル範囲として読めません（行ごとの列数がそろっていません）。セルか長方形の範囲を指定してください。'
    );
  });
});

describe('missingArgumentMessage', () => {
  it('names the missing argument', () => {
    expect(missingArgumentMessage({ functionName: 'CPC', parameter: clicks, argumentIndex: 1 }).ja).toBe(
      'CPC: クリック数（2番目の引数）が指定されていません。セルか範囲を指定してください。'
    );
  });
});

describe('tooManyArgumentsMessage', () => {
  it('gives both counts', () => {
    expect(tooManyArgumentsMessage('CPC', 2, 3).en).toBe('CPC: takes at most 2 arguments, but 3 were given. Remove the extra ones.');
  });
});

describe('resultOutOfRangeMessage', () => {
  it('gives the cell of the result when there is one', () => {
    expect(resultOutOfRangeMessage('CPC', { row: 2, column: 3 }).ja).toBe(
      'CPC: 2行目3列目の結果が大きすぎて表せません。入力の値が正しいか確認してください。'
    );
    expect(resultOutOfRangeMessage('CPC', {}).en).toBe('CPC: the result is too large to represent. Check the input values.');
  });
});

describe('infiniteLifetimeMessage', () => {
  it('explains the infinite lifetime and suggests max_periods', () => {
    const message = infiniteLifetimeMessage({ functionName: 'LTV', parameter: churnRate, argumentIndex: 2, row: 5 }, maxPeriods, 3);
    expect(message.ja).toBe(
      'LTV: 解約率（3番目の引数）の5行目が 0 なので、顧客が解約せず LTV が無限大になります。4番目の引数 max_periods（上限期間）に上限（例: 月次なら 36）を指定してください。'
    );
    expect(message.en).toBe(
      'LTV: churn rate (argument 3), row 5 is 0, so customers never leave and the lifetime value is infinite. Give max_periods (argument 4) a cap, e.g. 36 for monthly inputs.'
    );
  });
});

describe('negativeValueMessage', () => {
  it('names the value and asks for 0 or more', () => {
    expect(negativeValueMessage({ functionName: 'LTV', parameter: churnRate, argumentIndex: 2 }, -0.02).ja).toBe(
      'LTV: 解約率（3番目の引数）が -0.02 です。マイナスの値は使えません。0 以上の値にしてください。'
    );
  });
});

describe('funnelShapeMessage', () => {
  it('asks for one column or one row', () => {
    const stageCounts = parameterNamed('stage_counts', '段階ごとの件数', 'stage counts');
    expect(funnelShapeMessage({ functionName: 'FUNNEL', parameter: stageCounts, argumentIndex: 0 }, '4×2').ja).toBe(
      'FUNNEL: 段階ごとの件数（1番目の引数）は1列（または1行）の範囲にしてください。指定された範囲は 4×2（行×列）です。'
    );
  });
});

describe('unknownFunctionMessage', () => {
  it('names the unknown function', () => {
    expect(unknownFunctionMessage('CVR')).toEqual({ ja: 'CVR という関数はありません。', en: 'There is no function named CVR.' });
  });
});

describe('edge cases', () => {
  it('shortens long text to 40 characters', () => {
    const message = invalidValueMessage({ functionName: 'CPC', parameter: cost, argumentIndex: 0 }, 'あ'.repeat(50), 'not_a_number');
    expect(message.ja).toContain(`「${'あ'.repeat(40)}…」`);
  });
});
