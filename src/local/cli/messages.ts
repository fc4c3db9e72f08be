/** What the CLI itself says (design §9), in Japanese and English: one table, no inline wording. */
import type { Language } from '../../core/model/types';

export const CLI_MESSAGES = {
  outputIsInput: {
    ja: (option: string, file: string, input: string) => `${option} の ${file} は入力ファイル ${input} と同じファイルです。入力を上書きしないよう、別の名前を指定してください。`,
    en: (option: string, file: string, input: string) => `${option} ${file} is the input file ${input}. Give another name so the input is not overwritten.`,
  },
  outputJoinsInputs: {
    ja: (option: string, file: string, folder: string) =>
      `${option} の ${file} は入力フォルダ ${folder} の中の CSV ファイルになり、次の実行で入力として読み込まれてしまいます。フォルダの外に書き出すか、別の拡張子（.json など）にしてください。`,
    en: (option: string, file: string, folder: string) =>
      `${option} ${file} would be a CSV file inside the input folder ${folder}, and the next run would read it as input. Write it outside the folder, or give it another extension (such as .json).`,
  },
  sameOutputs: {
    ja: (file: string) => `--out と --json に同じファイル ${file} が指定されています。別々の名前にしてください。`,
    en: (file: string) => `--out and --json name the same file ${file}. Give them different names.`,
  },
  outputIsFolder: {
    ja: (option: string, file: string) => `${option} の ${file} はフォルダです。ファイル名まで指定してください（例: ${file.replace(/\/+$/, '')}/summary.json）。`,
    en: (option: string, file: string) => `${option} ${file} is a folder. Give a file name (for example ${file.replace(/\/+$/, '')}/summary.json).`,
  },
  cannotWrite: {
    ja: (file: string, reason: string) => `${file} を書き出せません（${reason}）。`,
    en: (file: string, reason: string) => `Cannot write ${file} (${reason}).`,
  },
  diskFull: { ja: 'ディスクの空きがありません。空きを作ってからやり直してください', en: 'the disk is full; free some space and try again' },
  noPermission: { ja: '書き込みの権限がありません', en: 'no permission to write there' },
  notAFolder: { ja: '途中のパスがフォルダではありません', en: 'a part of the path is not a folder' },
  readOnly: { ja: '読み取り専用の場所です', en: 'the location is read-only' },
  period: {
    ja: (from: string, to: string, asOf: string) => `期間: ${from} 〜 ${to}（基準日: ${asOf}）`,
    en: (from: string, to: string, asOf: string) => `Period: ${from} to ${to} (as of ${asOf})`,
  },
  periodUndated: {
    ja: '期間: なし（どのタブにも日付のある行がないため、全行を集計）',
    en: 'Period: none (no tab has dated rows, so every row is counted)',
  },
  reportWritten: { ja: (file: string) => `レポート: ${file}`, en: (file: string) => `Report: ${file}` },
  warningsHeading: { ja: (n: number) => `  確認が必要な点: ${n}件`, en: (n: number) => `  Warnings: ${n}` },
  /** A warning that names no tab itself ("このタブの商談…") gets its tab in front: the console has no tab headings. */
  warningInTab: { ja: (tab: string, message: string) => `「${tab}」: ${message}`, en: (tab: string, message: string) => `Tab "${tab}": ${message}` },
  /** The mark before each warning line: the Japanese middle dot, a hyphen in English. */
  warningBullet: { ja: '・', en: '- ' },
  /**
   * After the first warnings: how many more there are. It counts warnings as the heading does, not
   * rows: one warning may stand for many rows ("ほかに10行で同じ問題…", the rows past the parser's cap).
   */
  warningsMore: {
    ja: (n: number, total: number) => `    ほかに確認が必要な点が${n}件あります（全${total}件は --json で書き出す JSON の warnings で確認できます）`,
    en: (n: number, total: number) => `    ${n} more ${n === 1 ? 'warning' : 'warnings'} not shown (all ${total} are under "warnings" in the --json file)`,
  },
  renamedSheet: {
    ja: (from: string, to: string) => `  シート名「${from}」は .xlsx で使えないため「${to}」として書き出しました。`,
    en: (from: string, to: string) => `  Sheet "${from}" is written as "${to}" (its name is not allowed in .xlsx).`,
  },
  copyLimits: {
    ja: '  入力タブのコピーには、グラフ・画像・コメント・テーブル・ピボット・入力規則・条件付き書式・名前付き範囲は含まれません（README「The copy of an .xlsx input」参照）。',
    en: '  The copy of the input tabs leaves out charts, pictures, comments, tables, pivot tables, data validation, conditional formatting and defined names (README, "The copy of an .xlsx input").',
  },
  unexpected: {
    ja: (detail: string) => `予期しないエラーで止まりました: ${detail}。入力ファイルと実行したコマンドを添えて報告してください。`,
    en: (detail: string) => `Stopped by an unexpected error: ${detail}. Please report it with the input files and the command you ran.`,
  },
} as const;

/** What the argument parser says about the command line (design §9). */
export const ARG_MESSAGES = {
  inputNeedsFile: { ja: '--input のあとに、ファイルかフォルダを1つ以上指定してください', en: '--input needs at least one file or folder' },
  inputRequired: { ja: '--input で入力（.xlsx、.csv、または CSV のフォルダ）を指定してください', en: '--input is required' },
  needsValue: { ja: (option: string) => `${option} のあとに値を指定してください`, en: (option: string) => `${option} needs a value` },
  unknown: {
    ja: (arg: string) => `使えない引数「${arg}」があります（使える引数は下の一覧のとおりです）`,
    en: (arg: string) => `unknown argument "${arg}"`,
  },
  givenTwice: {
    ja: (option: string, first: string, second: string) => `${option} が2回（「${first}」と「${second}」）指定されています。どちらか1つにしてください`,
    en: (option: string, first: string, second: string) => `${option} is given twice ("${first}" and "${second}"); give it once`,
  },
  lang: { ja: (value: string) => `--lang は ja か en で指定してください（指定された値:「${value}」）`, en: (value: string) => `--lang must be ja or en (got "${value}")` },
  view: {
    ja: (value: string) => `--view は cohort か period で指定してください（指定された値:「${value}」）`,
    en: (value: string) => `--view must be cohort or period (got "${value}")`,
  },
  timeZone: {
    ja: (value: string) => `--tz の「${value}」はタイムゾーン名ではありません。Asia/Tokyo や America/Los_Angeles のように指定してください`,
    en: (value: string) => `--tz "${value}" is not a time zone name such as Asia/Tokyo or America/Los_Angeles`,
  },
  locale: {
    ja: (value: string) => `--locale の「${value}」は地域設定ではありません。ja_JP、en_US、en_GB のように指定してください`,
    en: (value: string) => `--locale "${value}" is not a locale such as ja_JP, en_US or en_GB`,
  },
  outNotXlsx: { ja: '--out には .xlsx のファイル名を指定してください', en: '--out must name an .xlsx file' },
} as const;

/**
 * An argument as a message repeats it: control and bidirectional-override characters made visible
 * (a message never moves the cursor or reverses the terminal's text), at most 60 characters.
 *
 * @example
 * shownArgument('a\u202eb\tc')
 * //=> 'a\\u202eb\\u0009c'
 */
export function shownArgument(arg: string): string {
  // eslint-disable-next-line no-control-regex
  const visible = arg.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const characters = [...visible];
  return characters.length > 60 ? `${characters.slice(0, 60).join('')}…` : visible;
}

export type CliLanguage = Language;

/** Wording for a file-system error code when writing. */
export function writeFailureReason(code: string | undefined, language: Language): string {
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return CLI_MESSAGES.diskFull[language];
    case 'EACCES':
    case 'EPERM':
      return CLI_MESSAGES.noPermission[language];
    case 'ENOTDIR':
      return CLI_MESSAGES.notAFolder[language];
    case 'EROFS':
      return CLI_MESSAGES.readOnly[language];
    default:
      return code ?? 'error';
  }
}

/** What `--channels mapping.csv` says about a bad file (design §9). */
export const CHANNEL_MAPPING_MESSAGES = {
  tooManyColumns: {
    ja: (file: string, row: number, columns: number) => `${file} の${row}行目に${columns}列あります。1行に「チャネルの値,グループ」の2列だけを書いてください。`,
    en: (file: string, row: number, columns: number) => `${file} row ${row} has ${columns} columns. Write two per row: channel value,group.`,
  },
  missingCell: {
    ja: (file: string, row: number) => `${file} の${row}行目には、チャネルの値とグループの両方を書いてください。`,
    en: (file: string, row: number) => `${file} row ${row} needs both a channel value and a group.`,
  },
  valueTooLong: {
    ja: (file: string, row: number, max: number) => `${file} の${row}行目のチャネルの値が長すぎます（${max}文字まで）。`,
    en: (file: string, row: number, max: number) => `${file} row ${row}: the channel value is too long (at most ${max} characters).`,
  },
  unknownGroup: {
    ja: (file: string, row: number, group: string, groups: string) => `${file} の${row}行目のグループ${group}はありません。次のどれかを書いてください: ${groups}`,
    en: (file: string, row: number, group: string, groups: string) => `${file} row ${row}: ${group} is not a channel group. Use one of: ${groups}.`,
  },
  duplicate: {
    ja: (file: string, row: number, value: string, earlier: number) => `${file} の${row}行目の${value}は${earlier}行目と同じチャネルです。1つのチャネルには1行だけ書いてください。`,
    en: (file: string, row: number, value: string, earlier: number) => `${file} row ${row}: ${value} is the same channel as row ${earlier}. Map each channel once.`,
  },
  empty: {
    ja: (file: string) => `${file} に対応づけがありません。1行に「チャネルの値,グループ」を書いてください（例: Google Ads,有料検索）。`,
    en: (file: string) => `${file} has no mappings. Write one "channel value,group" per row (for example: Google Ads,paid_search).`,
  },
  tooMany: {
    ja: (file: string, count: number, max: number) => `${file} には${count}件の対応づけがあります。保存できるのは${max}件までです。`,
    en: (file: string, count: number, max: number) => `${file} has ${count} mappings; at most ${max} can be kept.`,
  },
  more: { ja: (count: number) => `ほか${count}件の問題があります。`, en: (count: number) => `and ${count} more problems.` },
  noSuchFile: { ja: 'ファイルがありません', en: 'no such file' },
  isFolder: { ja: 'フォルダです。CSV ファイルを指定してください', en: 'it is a folder; give a CSV file' },
  unreadable: {
    ja: (file: string, reason: string) => `--channels の ${file} を読めません（${reason}）。`,
    en: (file: string, reason: string) => `Cannot read --channels ${file} (${reason}).`,
  },
} as const;
