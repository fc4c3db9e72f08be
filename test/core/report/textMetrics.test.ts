import { headerWidth, isWideCharacter, rowHeightForLines, textUnits, textWidth, wrappedLines } from '../../../src/core/report/textMetrics';

describe('textUnits', () => {
  it('counts a full-width glyph double a half-width one', () => {
    expect(textUnits('リード')).toBe(6);
    expect(textUnits('CTR')).toBe(3);
    expect(textUnits('CVR（セッション→リード）')).toBe(3 + 2 * 11);
  });

  describe('edge cases', () => {
    it('counts half-width katakana narrow and the empty string as nothing', () => {
      expect(textUnits('ｶﾅ')).toBe(2);
      expect(textUnits('')).toBe(0);
      expect(isWideCharacter('〜')).toBe(true);
      expect(isWideCharacter('a')).toBe(false);
    });
  });
});

describe('textWidth', () => {
  it('gives each half-width unit 7.5 px plus the cell padding', () => {
    expect(textWidth('リード')).toBe(16 + 6 * 7.5);
    expect(textWidth('CTR')).toBe(Math.ceil(16 + 3 * 7.5));
    expect(textWidth('商談化率の前月差')).toBe(16 + 16 * 7.5);
  });

  describe('edge cases', () => {
    it('keeps the padding for an empty header', () => {
      expect(textWidth('')).toBe(16);
    });
  });
});

describe('wrappedLines', () => {
  it('counts the lines of a text wrapped at a width, rounding up', () => {
    expect(wrappedLines('リード獲得単価（CPL）', 100)).toBe(2);
    expect(wrappedLines('Leads', 100)).toBe(1);
    // 40 full-width glyphs = 600 px of text; a 316 px column leaves 300 px of room a line.
    expect(wrappedLines('あ'.repeat(40), 316)).toBe(2);
    expect(wrappedLines('あ'.repeat(40), 315)).toBe(3);
  });

  describe('edge cases', () => {
    it('starts a new line at each line break and survives a column narrower than its padding', () => {
      expect(wrappedLines('a\nb\nc', 300)).toBe(3);
      expect(wrappedLines('abc', 4)).toBe(3);
      expect(wrappedLines('', 100)).toBe(1);
    });
  });
});

describe('rowHeightForLines', () => {
  it('gives 20 px a line, never less than the 21 px of a plain row', () => {
    expect(rowHeightForLines(1)).toBe(21);
    expect(rowHeightForLines(2)).toBe(40);
    expect(rowHeightForLines(5)).toBe(100);
  });
});

describe('headerWidth', () => {
  it('keeps a short header on one line', () => {
    expect(headerWidth('CPL')).toBe(textWidth('CPL'));
    expect(headerWidth('受注金額')).toBe(textWidth('受注金額'));
  });

  it('splits a long Japanese header into two halves of nearly equal length', () => {
    // 15 full-width glyphs: 8 on the first line (16 units × 7.5 + 16 padding = 136 px), 7 on the second.
    expect(headerWidth('エンゲージのあったセッション数')).toBe(136);
    expect(wrappedLines('エンゲージのあったセッション数', 136)).toBe(2);
  });

  it('breaks English only at spaces and after hyphens, never inside a word', () => {
    // 'Engaged' | 'sessions': the longer word (8 characters = 60 + 16 px) sets the width.
    expect(headerWidth('Engaged sessions')).toBe(76);
    // Latin-only headers may take three lines, broken at spaces and after hyphens: 'Opportunity-' | 'rate change vs' | 'previous month'.
    expect(headerWidth('Opportunity-rate change vs previous month')).toBe(textWidth('rate change vs'));
    expect(wrappedLines('Opportunity-rate change vs previous month', textWidth('rate change vs'))).toBe(3);
  });

  describe('edge cases', () => {
    it('keeps a long word without a break opportunity whole', () => {
      expect(headerWidth('Opportunitytowinratebychannelgroup')).toBe(textWidth('Opportunitytowinratebychannelgroup'));
    });

    it('leaves a header with its own line break as written', () => {
      expect(headerWidth('受注率\n（結果の出た商談のうち受注した割合）')).toBe(textWidth('受注率\n（結果の出た商談のうち受注した割合）'));
    });
  });
});
