import { editDistance } from '../../../src/core/channels/editDistance';
import { foldKana, kanaToRomaji } from '../../../src/core/channels/kana';
import { anyWord, compactText, wordTest } from '../../../src/core/channels/matchText';

describe('compactText', () => {
  it('drops spaces and punctuation after normalising', () => {
    expect(compactText(' Ｙａｈｏｏ！広告 ')).toBe('yahoo広告');
    expect(compactText('SNS（自然）')).toBe('sns自然');
    expect(compactText('organic_search')).toBe('organicsearch');
  });
});

describe('wordTest', () => {
  const check = (word: string, value: string): boolean => wordTest(word)(value, compactText(value));

  it('matches Latin words only as whole words', () => {
    expect(check('pr', 'pr times')).toBe(true);
    expect(check('pr', 'product')).toBe(false);
    expect(check('seo', 'seo対策')).toBe(true);
    expect(check('seo', 'seoul')).toBe(false);
  });

  it('lets a space in a word be a hyphen, an underscore or nothing', () => {
    expect(check('trade show', 'trade-show')).toBe(true);
    expect(check('trade show', 'tradeshow 2025')).toBe(true);
    expect(check('trade show', 'trade_show')).toBe(true);
  });

  it('finds Japanese words anywhere, whatever the spacing', () => {
    expect(check('展示会', '秋の 展示 会')).toBe(true);
    expect(check('オンラインセミナー', 'オンライン・セミナー')).toBe(true);
  });

  it('matches an =word only as the whole value', () => {
    expect(check('=x', 'x')).toBe(true);
    expect(check('=x', 'x (旧twitter)')).toBe(false);
    expect(check('=x', 'box')).toBe(false);
  });

  it('combines words with anyWord', () => {
    const test = anyWord(['webinar', 'ウェビナー']);
    expect(test('webinar 3月', compactText('webinar 3月'))).toBe(true);
    expect(test('webinars', 'webinars')).toBe(false);
  });
});

describe('foldKana', () => {
  it('folds hiragana, small kana and long-vowel marks', () => {
    expect(foldKana('うぇびなー')).toBe('ウエビナ');
    expect(foldKana('ウェビナー')).toBe(foldKana('ウエビナー'));
    expect(foldKana('google広告')).toBe('google広告');
  });
});

describe('kanaToRomaji', () => {
  it.each([
    ['ウェビナー', 'webina'],
    ['セミナー', 'semina'],
    ['グーグル', 'guguru'],
    ['マーケティング', 'maketingu'],
    ['ショップ', 'shoppu'],
    ['マッチ', 'matchi'],
    ['フェイスブック', 'feisubukku'],
  ])('%s reads %s', (kana, romaji) => {
    expect(kanaToRomaji(kana)).toBe(romaji);
  });

  it('is null without kana', () => {
    expect(kanaToRomaji('webinar')).toBeNull();
    expect(kanaToRomaji('展示会')).toBeNull();
  });
});

describe('editDistance', () => {
  it.each([
    ['google', 'google', 0],
    ['google', 'googel', 1],
    ['google', 'gogle', 1],
    ['seo', 'sem', 1],
    ['webinar', 'seminar', 2],
    ['展示会', '展示回', 1],
    ['', 'abc', 3],
  ])('%s ↔ %s = %d', (a, b, expected) => {
    expect(editDistance(a, b, 5)).toBe(expected);
    expect(editDistance(b, a, 5)).toBe(expected);
  });

  it('stops at limit + 1', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('a', 'abcdefgh', 2)).toBe(3);
  });
});
