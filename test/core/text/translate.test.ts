import { asLanguage, fillTemplate, placeholders } from '../../../src/core/text/translate';
import { joinList, joinQuoted, listLabels, quoteLabel } from '../../../src/core/text/wording';

describe('fillTemplate', () => {
  it('fills each placeholder, as often as it appears', () => {
    expect(fillTemplate('{a}+{a}={b}', { a: 1, b: 2 })).toBe('1+1=2');
  });
  it('leaves a placeholder without a value as written', () => {
    expect(fillTemplate('{count} rows', {})).toBe('{count} rows');
  });
  it('inserts values as plain text, even when they look like placeholders or patterns', () => {
    expect(fillTemplate('{tab}', { tab: '{row} $& $1' })).toBe('{row} $& $1');
  });
  it('chooses the English form for the number: {name|one|other} gives the first text for 1, the second otherwise', () => {
    const template = '{count} {count|row was|rows were} skipped ({list}); if {count|it|one of them} is data, fix it';
    expect(fillTemplate(template, { count: 1, list: 'row 4' })).toBe('1 row was skipped (row 4); if it is data, fix it');
    expect(fillTemplate(template, { count: 3, list: 'rows 4, 5, 6' })).toBe('3 rows were skipped (rows 4, 5, 6); if one of them is data, fix it');
    expect(fillTemplate('{count|row|rows}', { count: 0 })).toBe('rows');
    expect(fillTemplate('{count|row|rows}', {})).toBe('{count|row|rows}');
  });
  it('does not count a number choice as a value the template writes', () => {
    expect(placeholders('{count|row|rows} {rows}')).toEqual(['rows']);
  });
  it('leaves braces that are not a name alone', () => {
    expect(fillTemplate('{ "view": "cohort" }', { view: 'x' })).toBe('{ "view": "cohort" }');
  });
});

describe('placeholders', () => {
  it('lists names sorted, once each', () => {
    expect(placeholders('{tab}・{row}行目・{tab}')).toEqual(['row', 'tab']);
  });
});

describe('asLanguage', () => {
  it('accepts only ja and en', () => {
    expect(asLanguage('ja')).toBe('ja');
    expect(asLanguage('en')).toBe('en');
    expect(asLanguage('JA')).toBeNull();
    expect(asLanguage(undefined)).toBeNull();
  });
});

describe('wording', () => {
  it('quotes labels in each language', () => {
    expect(quoteLabel('展示会', 'ja')).toBe('「展示会」');
    expect(quoteLabel('Events', 'en')).toBe('"Events"');
  });
  it('joins lists with the language separator', () => {
    expect(joinList(['a', 'b'], 'ja')).toBe('a、b');
    expect(joinList(['a', 'b'], 'en')).toBe('a, b');
    expect(joinQuoted(['a', 'b'], 'en')).toBe('"a", "b"');
  });
  it('names at most the limit and counts the rest', () => {
    expect(listLabels(['a', 'b', 'c'], 'en', 2)).toBe('a, b and 1 more');
    expect(listLabels(['a', 'b', 'c'], 'ja', 2)).toBe('a、b ほか1件');
    expect(listLabels(['a'], 'ja', 2)).toBe('a');
  });
});
