/**
 * The project's HTML files as the core's assets (design §10): tables kept out of Code.js, read with
 * HtmlService when an execution first needs them. Every entry point that may word a message calls
 * `useProjectFiles()` first; installing reads nothing, so an execution that needs no text reads no file.
 */
import { useAssetReader } from '../core/text/assets';

/** The content of the project file `<name>.html`. */
export function readProjectFile(name: string): string {
  return HtmlService.createHtmlOutputFromFile(name).getContent();
}

/** Lets the core read its texts from the project's files in this execution. */
export function useProjectFiles(): void {
  useAssetReader(readProjectFile);
}
