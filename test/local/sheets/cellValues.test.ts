import { isAnyRealmDate, textWriteRisk } from '../../../src/local/sheets/cellValues';
import vm from 'node:vm';

describe('textWriteRisk', () => {
  it('flags strings Sheets would turn into formulas, numbers, dates or booleans', () => {
    expect(['-foo', '@x', '＝1+1', '+a'].map(textWriteRisk)).toEqual(['formula-trigger', 'formula-trigger', 'formula-trigger', 'formula-trigger']);
    expect(['1,234', '12%', '¥1,200', '-5'].map(textWriteRisk)).toEqual(['number-like', 'number-like', 'number-like', 'number-like']);
    expect(['2025-04', '2025/4/1', '4/1', '2025年4月'].map(textWriteRisk)).toEqual(['date-like', 'date-like', 'date-like', 'date-like']);
    expect(textWriteRisk('true')).toBe('boolean-like');
  });

  it('leaves ordinary labels alone', () => {
    expect(['展示会', 'Google 広告', '—', '-', '(not set)', 'リード→受注率'].map(textWriteRisk)).toEqual([null, null, null, null, null, null]);
  });
});

describe('isAnyRealmDate', () => {
  it('recognises Dates of another realm', () => {
    const OtherDate = vm.runInNewContext('Date') as DateConstructor;
    expect(isAnyRealmDate(new OtherDate(0))).toBe(true);
    expect(isAnyRealmDate('2025-04-01')).toBe(false);
  });
});

describe('edge cases', () => {
  it('treats a single trigger character as harmless text', () => {
    expect([textWriteRisk('+'), textWriteRisk('@')]).toEqual([null, null]);
  });
});
