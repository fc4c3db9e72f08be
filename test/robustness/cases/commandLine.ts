/**
 * Issue 16 on the command line, each with the exit code and the words it must produce and every
 * input left byte for byte as it was: outputs naming an input (class 4), outputs that cannot be
 * written (class 11), inputs given twice, and the exit-3 message of a headerless export, which must
 * not print its first row (class 7). Whole argument vectors are fuzzed in test/local/cli/argvFuzz.
 */
import type { RobustnessCase } from '../corpusCase';

const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8');
const LEADS = { name: 'リード.csv', bytes: utf8('リードID,作成日,流入元\r\nL1,2025/04/01,展示会\r\nL2,2025/04/02,Web\r\n') };
const ADS = { name: '広告.csv', bytes: utf8('日付,媒体,費用\r\n2025/04/01,展示会,1000\r\n') };

export const commandLineCases: readonly RobustnessCase[] = [
  {
    name: '--json naming an input file is refused (exit 2) and the input is unchanged',
    covers: ['cli:json-is-input'],
    input: { files: [LEADS, ADS] },
    expect: { cli: { argv: ['--input', '{input}', '--json', '{input}/リード.csv'], exit: 2, words: ['--json', '入力ファイル'] } },
  },
  {
    name: '--json naming the input CSV through "..", in English: exit 2 and the input is unchanged',
    covers: ['cli:json-is-input-relative'],
    language: 'en',
    input: { files: [LEADS, ADS] },
    expect: { cli: { argv: ['--input', '{input}/リード.csv', '--json', '{input}/../input/リード.csv'], exit: 2, words: ['is the input file'] } },
  },
  {
    name: '--json writing a new CSV into the input folder is refused (exit 2): the next run would read it as a tab',
    covers: ['cli:json-joins-input-folder'],
    input: { files: [LEADS, ADS] },
    expect: { cli: { argv: ['--input', '{input}', '--json', '{input}/summary.csv'], exit: 2, words: ['入力フォルダ', '次の実行'] } },
  },
  {
    name: '--json naming a folder is refused (exit 2) before any work',
    covers: ['cli:json-is-folder'],
    input: { files: [LEADS] },
    expect: { cli: { argv: ['--input', '{input}', '--json', '{scratch}'], exit: 2, words: ['フォルダです'] } },
  },
  {
    name: 'an output under a file is refused (exit 2) before the other output is written',
    covers: ['cli:output-under-file'],
    language: 'en',
    input: { files: [LEADS] },
    expect: { cli: { argv: ['--input', '{input}', '--out', '{scratch}/r.xlsx', '--json', '{input}/リード.csv/summary.json'], exit: 2, words: ['a part of the path is not a folder'] } },
  },
  {
    name: 'the same CSV given by its folder and by its name is refused (exit 2): its rows would count twice',
    covers: ['cli:input-twice'],
    input: { files: [LEADS] },
    expect: { cli: { argv: ['--input', '{input}', '{input}/リード.csv'], exit: 2, words: ['同じファイル', '1回だけ'] } },
  },
  {
    name: 'an option given twice with two values is refused (exit 2) naming both',
    covers: ['cli:option-twice'],
    language: 'en',
    input: { files: [LEADS] },
    expect: { cli: { argv: ['--input', '{input}', '--from', '2025-04-01', '--from', '2025-04-02'], exit: 2, words: ['--from is given twice', '2025-04-01', '2025-04-02'] } },
  },
  {
    name: '--to 9999-12-31 is refused (exit 2): the monthly tables would need more cells than a spreadsheet holds',
    covers: ['cli:period-far'],
    input: { files: [LEADS] },
    expect: { cli: { argv: ['--input', '{input}', '--to', '9999-12-31'], exit: 2, words: ['終了日（to）「9999-12-31」', '1900年〜2200年'] } },
  },
  {
    name: 'a headerless export of people exits 3 without printing its first row',
    covers: ['cli:headerless-exit-3'],
    input: { files: [{ name: '名簿.csv', bytes: utf8('山田太郎,taro@example.co.jp,株式会社ヤマダ商事\r\n鈴木花子,hanako@example.jp,例示工業\r\n') }] },
    personal: ['山田太郎', 'taro@example.co.jp', '株式会社ヤマダ商事', '鈴木花子'],
    expect: { cli: { argv: ['--input', '{input}'], exit: 3, words: ['名簿', 'メールアドレス'] } },
  },
];
