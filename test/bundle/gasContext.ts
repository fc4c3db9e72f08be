/**
 * Loads the built dist/ folder through gas-local in a fresh context, the way Apps Script runs it:
 * every execution starts from a clean global scope.
 */
import { DIST } from '../paths';

export { DIST };

// gas-local ships no types.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const gas = require('gas-local') as { require: (folder: string, globals?: object) => Record<string, unknown> };


export type GasContext = Record<string, unknown> & { AddOn: Record<string, (...args: unknown[]) => unknown> };

export function loadDist(globals: Record<string, unknown>): GasContext {
  return gas.require(DIST, { console, ...globals }) as GasContext;
}
