/**
 * `serverMessage`: how the server side words a message from the table in `serverMessageTexts.ts`
 * (keys, both languages, placeholders checked by the compiler).
 *
 * The table itself is not in Code.js (design §10): each language's templates are the project file
 * `MESSAGE_ASSETS[language]`, read once per execution when the first message of that language is
 * worded — never by a custom function, which words its errors from `functions/messages.ts`.
 */
import type { Language } from '../model/types';
import { assetJson, isRecord, readAsset } from './assets';
import type { SERVER_MESSAGES } from './serverMessageTexts';
import { fillTemplate } from './translate';

export type ServerMessageKey = keyof typeof SERVER_MESSAGES;

/** The project files (without `.html`) holding each language's templates. */
export const MESSAGE_ASSETS: { readonly [L in Language]: string } = { ja: 'Messages_ja', en: 'Messages_en' };

/**
 * `{name}` placeholders and `{name|one|other}` number choices of a template, as a union of names
 * (text such as `{"view": …}` is not one).
 */
type PlaceholdersOf<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? (Name extends `${infer Chosen}|${string}` ? Chosen : Name extends `${string}${' ' | '"' | ':'}${string}` ? never : Name) | PlaceholdersOf<Rest>
  : never;

type Template<K extends ServerMessageKey> = (typeof SERVER_MESSAGES)[K];

/** The values a message needs: one per placeholder of either language. */
export type ServerMessageParams<K extends ServerMessageKey> = {
  readonly [P in PlaceholdersOf<Template<K>['ja']> | PlaceholdersOf<Template<K>['en']>]: string | number;
};

/**
 * Reads a message asset's content: an object of templates by key. A file that is not one stops
 * with a message naming it (a missing key is reported when it is asked for).
 *
 * @example
 * parseMessageTemplates('Messages_en', '{"pipeline.noTabs":"The workbook has no tabs."}')['pipeline.noTabs']
 * //=> 'The workbook has no tabs.'
 */
export function parseMessageTemplates(name: string, content: string): Readonly<Record<string, unknown>> {
  const parsed = assetJson(content);
  if (!isRecord(parsed)) throw new Error(`${name}.html is not the add-on's message table; rebuild and push the add-on (npm run build).`);
  return parsed;
}

/**
 * One parser per language, made once: the asset reader remembers what a parser made of a file by the
 * parser itself, so a parser made per call would parse the templates again on every message.
 */
const TEMPLATE_PARSERS: { readonly [L in Language]: (content: string) => Readonly<Record<string, unknown>> } = {
  ja: (content) => parseMessageTemplates(MESSAGE_ASSETS.ja, content),
  en: (content) => parseMessageTemplates(MESSAGE_ASSETS.en, content),
};

/**
 * The message for a key in a language, with its placeholders filled.
 *
 * @example
 * serverMessage('en', 'parse.missingTab', { tab: '旧リード' })
 * //=> 'Tab "旧リード" was not found, so it was not read. If it was renamed, set up the renamed tab in the sidebar.'
 */
export function serverMessage<K extends ServerMessageKey>(
  language: Language,
  key: K,
  ...params: keyof ServerMessageParams<K> extends never ? [] : [ServerMessageParams<K>]
): string {
  const name = MESSAGE_ASSETS[language];
  const template = readAsset(name, TEMPLATE_PARSERS[language])[key];
  if (typeof template !== 'string') throw new Error(`${name}.html lacks the message ${key}; rebuild and push the add-on (npm run build).`);
  return fillTemplate(template, params[0] ?? {});
}
