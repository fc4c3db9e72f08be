/**
 * Texts that travel outside Code.js (design §10). Every execution of the add-on loads the whole
 * script file, a custom function per cell included, so tables that only a report, the sidebar or a
 * message needs live in HTML files of the project (`dist/<name>.html`, JSON inside) and are read
 * when first needed. The core does no I/O: the host installs the reader — the add-on reads the
 * project's files with HtmlService, the local runtime reads `dist/`, the tests serve the TypeScript
 * tables (`src/core/docs/projectAssets.ts` builds every file from them).
 *
 * Each asset is read and parsed at most once per execution (once per installed reader).
 */

/** The content of a project HTML file, by its name without `.html`. */
export type AssetReader = (name: string) => string;

let reader: AssetReader | null = null;
/** Each file's content, read once per execution, and what each parser made of it. */
const contents = new Map<string, string>();
/** What was made of each file, by the table a caller names, else by the parser itself. */
const parsed = new Map<string, Map<unknown, unknown>>();

/**
 * Installs how assets are read. Installing the same reader again keeps what was already read.
 *
 * @example
 * useAssetReader((name) => HtmlService.createHtmlOutputFromFile(name).getContent());
 */
export function useAssetReader(next: AssetReader): void {
  if (next === reader) return;
  reader = next;
  contents.clear();
  parsed.clear();
}

/**
 * The asset `name`, read with the installed reader and turned into a value by `parse` on first use;
 * later calls return that value. The file is read once however many parsers use it (the header
 * vocabulary and the status words share one). A caller that names a `table` is answered by that
 * name (the status values, asked for per row, build nothing per call); else by its parser. `parse`
 * throws a clear message for a stale or damaged file.
 *
 * @example
 * readAsset('Messages_en', (content) => parseMessageTemplates('Messages_en', content))['pipeline.noTabs']
 * //=> 'The workbook has no tabs.'
 */
export function readAsset<T>(name: string, parse: (content: string) => T, table?: string): T {
  const key: unknown = table ?? parse;
  const tables = parsed.get(name);
  if (tables?.has(key)) return tables.get(key) as T;
  if (reader === null) {
    throw new Error(`The add-on's texts are not available (${name}): no asset reader is installed (src/core/text/assets.ts).`);
  }
  let content = contents.get(name);
  if (content === undefined) {
    content = reader(name);
    contents.set(name, content);
  }
  const value = parse(content);
  if (tables) tables.set(key, value);
  else parsed.set(name, new Map([[key, value]]));
  return value;
}

/**
 * An asset's JSON, or `undefined` when the content is not JSON (each parser then names its file).
 *
 * @example
 * [assetJson('{"a":1}'), assetJson('<html>')]
 * //=> [{ a: 1 }, undefined]
 */
export function assetJson(content: string): unknown {
  try {
    return JSON.parse(content) as unknown;
  } catch {
    return undefined;
  }
}

/** A plain object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
