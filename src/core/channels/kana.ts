/**
 * Kana folding for the hygiene audit: two channel names that differ only in hiragana/katakana,
 * small/large kana (ウェ/ウエ) or a long-vowel mark are one name, and katakana read as rōmaji can be
 * compared with a name in Latin letters (ウェビナー ≈ webinar).
 */

const SMALL_TO_LARGE: Readonly<Record<string, string>> = {
  ァ: 'ア', ィ: 'イ', ゥ: 'ウ', ェ: 'エ', ォ: 'オ', ッ: 'ツ', ャ: 'ヤ', ュ: 'ユ', ョ: 'ヨ', ヮ: 'ワ', ヵ: 'カ', ヶ: 'ケ',
};

/**
 * Katakana for hiragana, large kana for small ones, and no long-vowel marks.
 *
 * @example
 * foldKana('うぇびなー')
 * //=> 'ウエビナ'
 */
export function foldKana(text: string): string {
  let result = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    const katakana = code >= 0x3041 && code <= 0x3096 ? String.fromCharCode(code + 0x60) : char;
    if (katakana === 'ー') continue;
    result += SMALL_TO_LARGE[katakana] ?? katakana;
  }
  return result;
}

/** Hepburn-style readings; digraphs (キャ, ウェ) are read before single kana. */
const DIGRAPHS: Readonly<Record<string, string>> = {
  キャ: 'kya', キュ: 'kyu', キョ: 'kyo', シャ: 'sha', シュ: 'shu', ショ: 'sho', シェ: 'she', チャ: 'cha', チュ: 'chu',
  チョ: 'cho', チェ: 'che', ニャ: 'nya', ニュ: 'nyu', ニョ: 'nyo', ヒャ: 'hya', ヒュ: 'hyu', ヒョ: 'hyo', ミャ: 'mya',
  ミュ: 'myu', ミョ: 'myo', リャ: 'rya', リュ: 'ryu', リョ: 'ryo', ギャ: 'gya', ギュ: 'gyu', ギョ: 'gyo', ジャ: 'ja',
  ジュ: 'ju', ジョ: 'jo', ジェ: 'je', ビャ: 'bya', ビュ: 'byu', ビョ: 'byo', ピャ: 'pya', ピュ: 'pyu', ピョ: 'pyo',
  ウィ: 'wi', ウェ: 'we', ウォ: 'wo', ヴァ: 'va', ヴィ: 'vi', ヴェ: 've', ヴォ: 'vo', ファ: 'fa', フィ: 'fi', フェ: 'fe',
  フォ: 'fo', ティ: 'ti', ディ: 'di', トゥ: 'tu', ドゥ: 'du', デュ: 'dyu',
};

const SINGLE: Readonly<Record<string, string>> = {
  ア: 'a', イ: 'i', ウ: 'u', エ: 'e', オ: 'o', カ: 'ka', キ: 'ki', ク: 'ku', ケ: 'ke', コ: 'ko', サ: 'sa', シ: 'shi',
  ス: 'su', セ: 'se', ソ: 'so', タ: 'ta', チ: 'chi', ツ: 'tsu', テ: 'te', ト: 'to', ナ: 'na', ニ: 'ni', ヌ: 'nu', ネ: 'ne',
  ノ: 'no', ハ: 'ha', ヒ: 'hi', フ: 'fu', ヘ: 'he', ホ: 'ho', マ: 'ma', ミ: 'mi', ム: 'mu', メ: 'me', モ: 'mo', ヤ: 'ya',
  ユ: 'yu', ヨ: 'yo', ラ: 'ra', リ: 'ri', ル: 'ru', レ: 're', ロ: 'ro', ワ: 'wa', ヲ: 'o', ン: 'n', ガ: 'ga', ギ: 'gi',
  グ: 'gu', ゲ: 'ge', ゴ: 'go', ザ: 'za', ジ: 'ji', ズ: 'zu', ゼ: 'ze', ゾ: 'zo', ダ: 'da', ヂ: 'ji', ヅ: 'zu', デ: 'de',
  ド: 'do', バ: 'ba', ビ: 'bi', ブ: 'bu', ベ: 'be', ボ: 'bo', パ: 'pa', ピ: 'pi', プ: 'pu', ペ: 'pe', ポ: 'po', ヴ: 'vu',
  ァ: 'a', ィ: 'i', ゥ: 'u', ェ: 'e', ォ: 'o', ャ: 'ya', ュ: 'yu', ョ: 'yo',
};

/**
 * Reads katakana (and hiragana) as rōmaji; other characters stay. A small ッ doubles the next
 * consonant; long-vowel marks are dropped. `null` when the text has no kana at all.
 *
 * @example
 * kanaToRomaji('ウェビナー')
 * //=> 'webina'
 * kanaToRomaji('マーケティング')
 * //=> 'maketingu'
 */
export function kanaToRomaji(text: string): string | null {
  const chars = Array.from(text, (char) => {
    const code = char.charCodeAt(0);
    return code >= 0x3041 && code <= 0x3096 ? String.fromCharCode(code + 0x60) : char;
  });
  let hasKana = false;
  let result = '';
  let doubleNext = false;
  for (let index = 0; index < chars.length; index += 1) {
    const char = chars[index] as string;
    if (char === 'ー') continue;
    if (char === 'ッ') {
      hasKana = true;
      doubleNext = true;
      continue;
    }
    const pair = char + (chars[index + 1] ?? '');
    let reading = DIGRAPHS[pair];
    if (reading !== undefined) index += 1;
    else reading = SINGLE[char];
    if (reading === undefined) {
      result += char;
      doubleNext = false;
      continue;
    }
    hasKana = true;
    if (doubleNext) result += reading.startsWith('ch') ? 't' : (reading[0] ?? '');
    doubleNext = false;
    result += reading;
  }
  return hasKana ? result : null;
}
