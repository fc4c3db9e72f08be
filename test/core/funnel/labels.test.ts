import { BLANK_KEY, compareCodeUnits, labelKey, LabelBook } from '../../../src/core/funnel/labels';

describe('labelKey', () => {
  it('matches spellings that differ in case, width and surrounding spaces', () => {
    expect(labelKey('Google広告')).toBe('google広告');
    expect(labelKey('google広告')).toBe('google広告');
    expect(labelKey(' Google広告 ')).toBe('google広告');
    expect(labelKey('Ｇｏｏｇｌｅ広告')).toBe('google広告');
  });

  it('gives blanks and exported "(not set)" the blank key', () => {
    expect(labelKey(null)).toBe(BLANK_KEY);
    expect(labelKey('   ')).toBe(BLANK_KEY);
    expect(labelKey('(not set)')).toBe(BLANK_KEY);
    expect(labelKey('(未設定)')).toBe(BLANK_KEY);
  });
});

describe('LabelBook', () => {
  it('labels a channel with its most frequent spelling, counting " Google広告 " as "Google広告"', () => {
    const book = new LabelBook('(未設定)');
    for (const raw of ['google広告', 'Google広告', ' Google広告 ']) book.add(raw);
    // "Google広告" twice (once with spaces), "google広告" once.
    expect(book.labelOf('google広告')).toBe('Google広告');
  });

  it('breaks a tie by code-unit order, whatever order the rows came in', () => {
    const forward = new LabelBook('(未設定)');
    const backward = new LabelBook('(未設定)');
    for (const raw of ['google広告', 'Google広告']) forward.add(raw);
    for (const raw of ['Google広告', 'google広告']) backward.add(raw);
    // 'G' (U+0047) sorts before 'g' (U+0067).
    expect(forward.labelOf('google広告')).toBe('Google広告');
    expect(backward.labelOf('google広告')).toBe('Google広告');
  });

  it('shows blanks with the label given for the language', () => {
    const book = new LabelBook('(not set)');
    const key = book.add('');
    expect(book.labelOf(key)).toBe('(not set)');
  });

  it('lists keys in code-unit order', () => {
    const book = new LabelBook('(未設定)');
    for (const raw of ['展示会', 'Google広告', null]) book.add(raw);
    expect(book.keys()).toEqual(['', 'google広告', '展示会']);
  });
});

describe('compareCodeUnits', () => {
  it('orders upper case before lower case', () => {
    expect(['b', 'B', 'a'].sort(compareCodeUnits)).toEqual(['B', 'a', 'b']);
  });
});

describe('edge cases', () => {
  it('shows a key that was never added as its own text', () => {
    expect(new LabelBook('(未設定)').labelOf('unknown')).toBe('unknown');
  });

  it('collapses inner runs of spaces for matching but keeps the original spelling for the label', () => {
    const book = new LabelBook('(未設定)');
    const key = book.add('Yahoo!  広告');
    expect(key).toBe('yahoo! 広告');
    expect(book.labelOf(key)).toBe('Yahoo!  広告');
  });
});
