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

/** Builds a kana → rōmaji table from a string of kana and the readings in the same order. */
function readings(kana: readonly string[], romaji: string): ReadonlyMap<string, string> {
  const words = romaji.split(' ');
  return new Map(kana.map((key, index) => [key, words[index] ?? '']));
}

/** Hepburn-style readings of single kana (small vowels and ャュョ read on their own too). */
const SINGLE = readings(
  Array.from('アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポヴァィゥェォャュョ'),
  'a i u e o ka ki ku ke ko sa shi su se so ta chi tsu te to na ni nu ne no ha hi fu he ho ma mi mu me mo ya yu yo ra ri ru re ro wa o n ga gi gu ge go za ji zu ze zo da ji zu de do ba bi bu be bo pa pi pu pe po vu a i u e o ya yu yo',
);

/** Readings of two-kana sounds (キャ, ウェ), read before single kana. */
const DIGRAPHS = readings(
  'キャ キュ キョ シャ シュ ショ シェ チャ チュ チョ チェ ニャ ニュ ニョ ヒャ ヒュ ヒョ ミャ ミュ ミョ リャ リュ リョ ギャ ギュ ギョ ジャ ジュ ジョ ジェ ビャ ビュ ビョ ピャ ピュ ピョ ウィ ウェ ウォ ヴァ ヴィ ヴェ ヴォ ファ フィ フェ フォ ティ ディ トゥ ドゥ デュ'.split(' '),
  'kya kyu kyo sha shu sho she cha chu cho che nya nyu nyo hya hyu hyo mya myu myo rya ryu ryo gya gyu gyo ja ju jo je bya byu byo pya pyu pyo wi we wo va vi ve vo fa fi fe fo ti di tu du dyu',
);

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
    let reading = DIGRAPHS.get(pair);
    if (reading !== undefined) index += 1;
    else reading = SINGLE.get(char);
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
