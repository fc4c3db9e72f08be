/**
 * The one mechanism behind every message table (the server's `text/messages.ts`, the sidebar's
 * `i18n.ts`): each key holds a Japanese and an English template, and `{name}` placeholders are
 * filled with values. Values are inserted as plain text; a caller formats numbers and quotes labels
 * before passing them.
 */
import type { Language } from '../model/types';

/** One text in both languages. */
export type Bilingual<T = string> = { readonly [L in Language]: T };

/** Values filled into `{name}` placeholders. */
export type MessageParams = { readonly [name: string]: string | number };

/**
 * Fills the `{name}` placeholders of a template, and the English number choices `{name|one|other}`
 * (the first text when the value is 1, else the second: "1 row was", "3 rows were"). A placeholder
 * without a value is left as written, so a missing value shows up in review rather than as "undefined".
 *
 * @example
 * fillTemplate('{tab}・{row}行目', { tab: 'リード', row: 12 })
 * //=> 'リード・12行目'
 * fillTemplate('{count} {count|row was|rows were} skipped', { count: 1 })
 * //=> '1 row was skipped'
 * fillTemplate('{count} rows', {})
 * //=> '{count} rows'
 */
export function fillTemplate(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)(?:\|([^{}|]*)\|([^{}|]*))?\}/g, (whole, name: string, one?: string, other?: string) =>
    !Object.prototype.hasOwnProperty.call(params, name) ? whole : one === undefined ? String(params[name]) : params[name] === 1 ? one : (other ?? ''),
  );
}

/**
 * The placeholder names a template uses, sorted and without repeats (for checking that both
 * languages of a message take the same values).
 *
 * @example
 * placeholders('{tab}・{row}行目・{tab}')
 * //=> ['row', 'tab']
 */
export function placeholders(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(/\{(\w+)\}/g), (match) => match[1] ?? ''))].sort();
}

/**
 * The language a value names, or `null` (untrusted input from the sidebar, saved setups, the CLI).
 *
 * @example
 * asLanguage('en')
 * //=> 'en'
 * asLanguage('fr')
 * //=> null
 */
export function asLanguage(value: unknown): Language | null {
  return value === 'ja' || value === 'en' ? value : null;
}
