/**
 * Names that mean one source however they are written — the brand in katakana, in Latin letters,
 * abbreviated or under an old name — for the hygiene audit's likely duplicates (design §4.6).
 * A value matches an entry when, without spaces and punctuation, it is one of the spellings,
 * optionally followed by 広告 / ads / ad (so `Google Ads`, `Google広告`, `AdWords` and `グーグル広告` are one).
 */
export const SAME_NAMES: readonly (readonly string[])[] = [
  ['google', 'グーグル', 'adwords', 'アドワーズ', 'googleads', 'gads'],
  ['yahoo', 'yahoo!', 'ヤフー', 'yahoojapan', 'ヤフージャパン', 'ysa', 'yss'],
  ['yda', 'ydn', 'yahooディスプレイ', 'ヤフーディスプレイ', 'yahoodisplay'],
  ['gdn', 'googleディスプレイ', 'グーグルディスプレイ', 'googledisplay'],
  ['facebook', 'fb', 'フェイスブック', 'フェースブック', 'meta', 'メタ'],
  ['instagram', 'insta', 'ig', 'インスタ', 'インスタグラム'],
  ['twitter', 'x', 'ツイッター', 'エックス', 'x(旧twitter)', 'x旧twitter'],
  ['linkedin', 'リンクトイン', 'リンクドイン'],
  ['line', 'ライン'],
  ['tiktok', 'ティックトック'],
  ['youtube', 'ユーチューブ', 'yt'],
  ['microsoft', 'bing', 'マイクロソフト', 'ビング', 'msads'],
  ['smartnews', 'スマートニュース'],
  ['note', 'ノート'],
  ['sansan', 'サンサン'],
  ['eight', 'エイト'],
  ['webinar', 'ウェビナー', 'ウエビナー'],
  ['seminar', 'セミナー'],
  ['event', 'イベント'],
  ['newsletter', 'メルマガ', 'メールマガジン', 'ニュースレター'],
];

/** Suffixes that do not change which source a name is (compared without spaces). */
export const SAME_NAME_SUFFIXES: readonly string[] = ['広告', 'ads', 'ad', '経由', '流入'];
