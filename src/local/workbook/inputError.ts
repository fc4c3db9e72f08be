/**
 * Why an input file could not be used, in Japanese and English (the CLI exits 2 on these, design §9).
 */
import type { Language } from '../../core/model/types';

export type InputErrorCode =
  | 'not_found'
  | 'unreadable'
  | 'unsupported_type'
  | 'corrupt_xlsx'
  | 'bad_csv'
  | 'empty_folder'
  | 'mixed_inputs'
  /** The same file given twice (by name, link or folder). */
  | 'duplicate_input'
  | 'no_input'
  /** Beyond a spreadsheet's rows, columns, cells or characters per cell (limits.ts). */
  | 'too_large'
  /** --out or --json would overwrite an input file. */
  | 'output_is_input'
  /** --out or --json cannot be written (a folder, no permission, disk full). */
  | 'unwritable_output';

export class InputError extends Error {
  override readonly name = 'InputError';

  constructor(
    readonly code: InputErrorCode,
    /** The file or folder concerned, as the user gave it (or `null` for the whole input). */
    readonly file: string | null,
    readonly messages: Readonly<Record<Language, string>>,
  ) {
    super(messages.en);
  }

  /**
   * The message in one language.
   *
   * @example
   * new InputError('not_found', 'a.csv', { ja: 'a.csv が見つかりません', en: 'a.csv was not found' }).messageIn('ja')
   * //=> 'a.csv が見つかりません'
   */
  messageIn(language: Language): string {
    return this.messages[language];
  }
}
