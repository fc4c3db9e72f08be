/** gas-local 1.3.1 ships no types; only what the runtime uses is declared. */
declare module 'gas-local' {
  import type { Context } from 'node:vm';

  interface GasLocal {
    /** Runs every matching file of `folderPath` in one vm context built from `globalObject` (contextified in place). */
    require(folderPath: string, globalObject?: object, options?: { filter?: (fullPath: string) => boolean }): Context;
    readonly globalMockDefault: object;
  }

  const gasLocal: GasLocal;
  export default gasLocal;
}
