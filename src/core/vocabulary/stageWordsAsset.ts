/**
 * The status and deal-stage values (`statusWords.ts`) travel outside Code.js (design §10), in the
 * project file of the header vocabulary: only the executions that read tabs (a report, the JSON
 * summary, a sidebar state) classify statuses, while every custom-function cell loads the whole
 * script file. The build writes the table as JSON under `statusValues` in `VOCABULARY_ASSET`, beside
 * recognition's tables (`recognition/vocabularyAsset.ts`, which reads its own part of the same
 * file); the file is read once per execution. A stale or damaged file stops with a message naming it.
 */
import { LEAD_STAGES } from '../model/types';
import { assetJson, isRecord, readAsset } from '../text/assets';
import type { StatusClass, StatusValues } from './statusWords';

/** The project file (without `.html`) holding the header vocabulary and the status values. */
export const VOCABULARY_ASSET = 'Vocabulary';

const CLASSES: readonly StatusClass[] = [...LEAD_STAGES, 'lost'];

function isTextList(value: unknown): boolean {
  return Array.isArray(value) && value.every((text) => typeof text === 'string' && text !== '');
}

/**
 * Reads the status values from the file's content: a list of words for every class, no other class.
 *
 * @example
 * parseStatusWords('{"statusValues":{"leads":["リード"],"mql":[],"sql":[],"opportunities":[],"won":["受注"],"lost":[]}}').won
 * //=> ['受注']
 */
export function parseStatusWords(content: string): StatusValues {
  const parsed = assetJson(content);
  const values = isRecord(parsed) ? parsed.statusValues : undefined;
  const valid = isRecord(values) && Object.keys(values).length === CLASSES.length && CLASSES.every((name) => isTextList(values[name]));
  if (!valid) throw new Error(`${VOCABULARY_ASSET}.html is not the add-on's header vocabulary; rebuild and push the add-on (npm run build).`);
  return values as StatusValues;
}

/** The status values of this execution, read from the project file on first use. */
export function statusWords(): StatusValues {
  return readAsset(VOCABULARY_ASSET, parseStatusWords, 'statusValues');
}
